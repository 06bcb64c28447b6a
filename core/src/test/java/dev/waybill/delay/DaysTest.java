package dev.waybill.delay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whole-day arithmetic on epoch days agrees with java.time, in fixed offsets and across DST changes. */
class DaysTest {

    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(8), ZoneOffset.ofHoursMinutes(-9, -30),
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Pacific/Apia"), ZoneId.of("UTC"));

    @Test
    void theDayOfAnInstantIsItsLocalDateInTheZone() {
        SplittableRandom random = new SplittableRandom(6);
        for (ZoneId zone : ZONES) {
            Days days = Days.in(zone);
            for (int i = 0; i < 20_000; i++) {
                Instant instant = Instant.ofEpochSecond(random.nextLong(-4_000_000_000L, 8_000_000_000L),
                        random.nextInt(1_000_000_000));
                assertThat(Days.date(days.of(instant))).as("%s in %s", instant, zone)
                        .isEqualTo(LocalDate.ofInstant(instant, zone));
            }
        }
    }

    @Test
    void wholeDaysBetweenInstantsAreCountedAsDurationCountsThem() {
        SplittableRandom random = new SplittableRandom(7);
        Instant base = Instant.parse("2026-11-20T09:00:00Z");
        for (int i = 0; i < 50_000; i++) {
            Instant from = base.plusSeconds(random.nextLong(-9_000_000, 9_000_000)).plusNanos(random.nextInt(1_000_000_000));
            Instant to = i % 3 == 0 ? from.plusSeconds(random.nextLong(-3, 3) * 86_400).plusNanos(random.nextInt(-2, 2))
                    : base.plusSeconds(random.nextLong(-9_000_000, 9_000_000)).plusNanos(random.nextInt(1_000_000_000));
            assertThat(Days.between(from, to)).as("%s to %s", from, to).isEqualTo(Duration.between(from, to).toDays());
        }
    }
}
