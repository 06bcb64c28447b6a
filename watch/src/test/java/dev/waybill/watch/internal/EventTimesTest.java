package dev.waybill.watch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

    @Test
    void aTimeStoredAsTextAloneIsReadAsParseReadsIt() {
        List<String> texts = List.of("2026-11-06T09:00+08:00", "2026-11-06T09:00:07+08:00",
                "2026-11-06T09:00:07.5+08:00", "2026-11-06T09:00:07.125Z", "2026-11-06T01:00Z",
                "2026-11-06T09:00:07.123456+05:30", "2026-11-06T09:00:07.123456789-03:00",
                "1969-12-31T23:59:59.999-00:30", "2026-11-06T09:00+08:00:30", "2026-11-06T09:00:07-09:30",
                "+12026-11-06T09:00Z", "2024-02-29T23:59:59.000000001+14:00", "2026-11-06T09:00:07.000Z");
        for (String text : texts) {
            OffsetDateTime read = EventTimes.parse(text);
            assertThat(read).as(text).isEqualTo(OffsetDateTime.parse(text));
            assertThat(read.getOffset()).as(text).isEqualTo(OffsetDateTime.parse(text).getOffset());
        }
    }

    @Test
    void aTextParseRefusesIsRefusedInParsesWords() {
        for (String text : List.of("2026-02-30T09:00Z", "2026-11-06T24:00Z", "2026-11-06T09:60+08:00",
                "2026-11-06T09:00+19:00", "2026-11-06T09:00:07.1234567891Z", "2026-11-06T09:00:7Z",
                "2026-11-06 09:00Z", "2026-1x-06T09:00Z", "2026-11-06T09:00:07,5Z")) {
            assertThatThrownBy(() -> EventTimes.parse(text)).as(text).isInstanceOf(DateTimeParseException.class)
                    .hasMessage(catchThrowable(() -> OffsetDateTime.parse(text)).getMessage());
        }
    }
}
