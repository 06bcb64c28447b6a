package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fast readings of timestamps and zone labels against the general ones they stand in for. */
class EventTimeTest {

    private static final List<String> DATES = List.of("2026-11-12", "2026-02-28", "2026-02-29", "2024-02-29",
            "2026-04-31", "2026-12-31", "0000-01-01", "0001-01-01", "9999-12-28", "2026-13-01", "2026-00-10",
            "2026-1x-12", "2026/11/12");
    private static final List<String> SEPARATORS = List.of("T", " ", "t");
    private static final List<String> TIMES = List.of("07:10:00", "00:00:00", "23:59:59", "24:00:00",
            "12:60:00", "12:00:60", "07:10", "7:10:00");
    private static final List<String> FRACTIONS = List.of("", ".0", ".000", ".5", ".123", ".123456",
            ".123456789", ".1234567891", ".", ".12a");
    private static final List<String> OFFSETS = List.of("", "Z", "z", "+08:00", "-03:30", "-00:00", "+0800",
            "-0330", "+0000", "+08", "+8", "+14:00", "+1400", "+15:00", "+18:00", "+19:00", "+08:60", "+0860",
            "+08:0", "08:00", " +08:00", "+08:00:00", "GMT");

    @Test
    void everyShapeReadsExactlyAsTheGeneralFormatterReadsIt() {
        int fast = 0;
        for (String date : DATES) {
            for (String offset : OFFSETS) {
                assertThat(EventTime.tryParse(date + offset)).as(date + offset)
                        .isEqualTo(EventTime.tryParseGeneral(date + offset));
            }
            for (String separator : SEPARATORS) {
                for (String time : TIMES) {
                    for (String fraction : FRACTIONS) {
                        for (String offset : OFFSETS) {
                            String text = date + separator + time + fraction + offset;
                            Optional<EventTime> general = EventTime.tryParseGeneral(text);
                            assertThat(EventTime.tryParse(" " + text + " ")).as(text).isEqualTo(general);
                            fast += general.isPresent() ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertThat(fast).as("readable shapes among those tried").isGreaterThan(1_000);
    }

    @Test
    void fractionsAndColonlessOffsetsAreRead() {
        assertThat(EventTime.tryParse("2024-09-05T18:18:00.000+0000")).hasValue(
                EventTime.of(OffsetDateTime.parse("2024-09-05T18:18:00Z")));
        assertThat(EventTime.tryParse("2024-09-05 18:18:00.25-0330")).hasValue(
                EventTime.of(OffsetDateTime.parse("2024-09-05T18:18:00.25-03:30")));
        assertThat(EventTime.tryParse("0000-01-01T00:00:00Z")).isEmpty();
    }

    @Test
    void zoneLabelsReadAsZoneOffsetReadsThemAfterTheirPrefix() {
        List<String> labels = new ArrayList<>(List.of("GMT+8", "GMT+08:00", "UTC+08:00", "utc-03:00", "+0000",
                "GMT", "UTC", "gmt", " GMT-3 ", "UTC+14:00", "UTC+15:00", "UTC+18:00", "UTC+19:00", "GMT+08:60",
                "GMT+8:00", "GMT+0830", "Z", "GMTZ", "CST", "GMT+08:00:00", "+8", "-08", "GMT+", "+", "UTC 8",
                "Asia/Shanghai", ""));
        labels.add(null);
        for (String label : labels) {
            assertThat(EventTime.offsetOf(label)).as(label).isEqualTo(byZoneOffset(label));
        }
        assertThat(EventTime.offsetOf("GMT+8")).isEqualTo(ZoneOffset.ofHours(8));
    }

    /** The label read as {@link ZoneOffset#of} reads what follows a {@code GMT} or {@code UTC} prefix. */
    private static ZoneOffset byZoneOffset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String text = label.strip().toUpperCase(Locale.ROOT).replaceFirst("^(GMT|UTC)", "");
        try {
            return text.isEmpty() ? ZoneOffset.UTC : ZoneOffset.of(text);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
