package dev.waybill.watch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTimesTest {

    @Test
    void anEventTimeReadBackFromItsInstantAndTextEqualsTheParsedText() {
        List<String> texts = List.of("2026-11-06T09:00+08:00", "2026-11-06T09:00:07+08:00",
                "2026-11-06T09:00:07.5+08:00", "2026-11-06T09:00:07.125Z", "2026-11-06T01:00Z",
                "2026-11-06T09:00:07.123456+05:30", "2026-11-06T09:00:07.123456789-03:00",
                "2026-03-29T01:59:59.999+01:00", "1969-12-31T23:59:59.999-00:30", "2026-11-06T09:00+08:00:30",
                "2026-11-06T09:00:07-09:30", "+12026-11-06T09:00Z");
        for (String text : texts) {
            OffsetDateTime parsed = OffsetDateTime.parse(text);
            OffsetDateTime read = EventTimes.read(parsed.toInstant().toEpochMilli(), parsed.toString());
            assertThat(read).as(text).isEqualTo(parsed);
            assertThat(read.toString()).as(text).isEqualTo(parsed.toString());
        }
    }
}
