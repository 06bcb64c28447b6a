package dev.waybill.watch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final QuietHours QUIET = QuietHours.DEFAULT;

    @Test
    void middayIsNotQuiet() {
        Instant at = Instant.parse("2026-11-14T11:00:00Z");
        assertThat(QUIET.releaseAt(at, ZoneId.of("Europe/Berlin"))).isEqualTo(at);
    }

    @Test
    void theSameInstantIsQuietInTokyoAndNotInNewYork() {
        Instant at = Instant.parse("2026-11-14T14:00:00Z");  // 23:00 Tokyo, 09:00 New York
        assertThat(QUIET.releaseAt(at, ZoneId.of("Asia/Tokyo"))).isEqualTo(Instant.parse("2026-11-14T23:00:00Z"));
        assertThat(QUIET.releaseAt(at, ZoneId.of("America/New_York"))).isEqualTo(at);
    }

    @Test
    void earlyMorningWaitsUntilEightTheSameDay() {
        Instant at = Instant.parse("2026-11-14T04:00:00Z");  // 05:00 Berlin
        assertThat(QUIET.releaseAt(at, ZoneId.of("Europe/Berlin"))).isEqualTo(Instant.parse("2026-11-14T07:00:00Z"));
    }

    @Test
    void eightOClockItselfIsNotQuietAndNineInTheEveningIs() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(QUIET.releaseAt(Instant.parse("2026-11-14T07:00:00Z"), berlin))
                .isEqualTo(Instant.parse("2026-11-14T07:00:00Z"));
        assertThat(QUIET.releaseAt(Instant.parse("2026-11-14T20:00:00Z"), berlin))
                .isEqualTo(Instant.parse("2026-11-15T07:00:00Z"));
    }

    @Test
    void theNightTheClocksGoBackEndsAtEightLocalWinterTime() {
        // Berlin leaves summer time at 03:00 CEST on 25 October 2026: 22:00 CEST the evening before
        Instant at = Instant.parse("2026-10-24T20:00:00Z");
        assertThat(QUIET.releaseAt(at, ZoneId.of("Europe/Berlin"))).isEqualTo(Instant.parse("2026-10-25T07:00:00Z"));
    }

    @Test
    void theNightTheClocksGoForwardEndsAtEightLocalSummerTime() {
        // New York enters daylight time on 8 March 2026: 23:00 EST the evening before
        Instant at = Instant.parse("2026-03-08T04:00:00Z");
        assertThat(QUIET.releaseAt(at, ZoneId.of("America/New_York")))
                .isEqualTo(Instant.parse("2026-03-08T12:00:00Z"));
    }

    @Test
    void aWindowInsideOneDayIsHonoured() {
        QuietHours siesta = new QuietHours(LocalTime.of(13, 0), LocalTime.of(16, 0));
        assertThat(siesta.contains(LocalTime.of(14, 0))).isTrue();
        assertThat(siesta.contains(LocalTime.of(21, 0))).isFalse();
        assertThat(siesta.releaseAt(Instant.parse("2026-07-01T12:00:00Z"), ZoneId.of("Europe/Madrid")))
                .isEqualTo(Instant.parse("2026-07-01T14:00:00Z"));
    }
}
