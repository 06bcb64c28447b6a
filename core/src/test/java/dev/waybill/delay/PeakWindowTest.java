package dev.waybill.delay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When peak seasons fall, and which lanes they touch. */
class PeakWindowTest {

    @Test
    void blackFridayToCyberMondayFollowsUsThanksgiving() {
        assertThat(PeakWindow.AroundThanksgiving.thanksgiving(2026)).isEqualTo(LocalDate.parse("2026-11-26"));
        assertThat(new PeakWindow.AroundThanksgiving(1, 4).occurrences(2026))
                .containsExactly(DateRange.of(LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-30")));
        assertThat(new PeakWindow.AroundThanksgiving(1, 4).occurrences(2027))
                .containsExactly(DateRange.of(LocalDate.parse("2027-11-26"), LocalDate.parse("2027-11-29")));
    }

    @Test
    void ramadanAndTheEidsComeFromTheUmmAlQuraCalendar() {
        assertThat(new PeakWindow.Hijri(9, 1, 9, 30).occurrences(2026))
                .containsExactly(DateRange.of(LocalDate.parse("2026-02-18"), LocalDate.parse("2026-03-19")));
        assertThat(new PeakWindow.Hijri(10, 1, 10, 1).occurrences(2026))
                .containsExactly(DateRange.of(LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-20")));
        assertThat(new PeakWindow.Hijri(12, 10, 12, 10).occurrences(2026))
                .containsExactly(DateRange.of(LocalDate.parse("2026-05-27"), LocalDate.parse("2026-05-27")));
    }

    @Test
    void aHijriMonthOf29DaysEndsOnItsLastDay() {
        // Ramadan 1446 had 29 days: 1 March to 29 March 2025
        assertThat(new PeakWindow.Hijri(9, 1, 9, 30).occurrences(2025))
                .containsExactly(DateRange.of(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-29")));
    }

    @Test
    void chineseNewYearComesFromTheTableAndAbsentYearsHaveNone() {
        PeakWindow window = new PeakWindow.AroundLunarNewYear(Map.of(2027, LocalDate.parse("2027-02-06")), 7, 10);

        assertThat(window.occurrences(2027))
                .containsExactly(DateRange.of(LocalDate.parse("2027-01-30"), LocalDate.parse("2027-02-16")));
        assertThat(window.occurrences(2040)).isEmpty();
    }

    @Test
    void aFixedWindowOverTheNewYearWrapsIntoTheNextYear() {
        PeakWindow window = new PeakWindow.Fixed(MonthDay.of(12, 20), MonthDay.of(1, 5));

        assertThat(window.occurrences(2026)).contains(
                DateRange.of(LocalDate.parse("2026-12-20"), LocalDate.parse("2027-01-05")));
    }

    @Test
    void aSeasonTouchesOnlyTheLanesItNames() {
        PeakSeason cny = new PeakSeason("cny", new PeakWindow.Fixed(MonthDay.of(2, 1), MonthDay.of(2, 20)),
                List.of(Place.parse("CN")), List.of(), Set.of(Stage.FIRST_MILE), 7, Basis.DEFAULT, "t");

        assertThat(cny.appliesTo(Lane.of(CountryCode.of("CN"), CountryCode.of("US"), Mode.AIR))).isTrue();
        assertThat(cny.appliesTo(Lane.of(CountryCode.of("VN"), CountryCode.of("US"), Mode.AIR))).isFalse();
        assertThat(cny.occurrences(LocalDate.parse("2026-01-25"), LocalDate.parse("2026-02-03"))).hasSize(1);
        assertThat(cny.occurrences(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-30"))).isEmpty();
    }

    @Test
    void aChineseNewYearShutdownSlowsAParcelWaitingForPickupThen() {
        PeakSeason cny = new PeakSeason("Chinese New Year", new PeakWindow.AroundLunarNewYear(
                Map.of(2027, LocalDate.parse("2027-02-06")), 7, 10), List.of(Place.parse("CN")), List.of(),
                Set.of(Stage.FIRST_MILE), 7, Basis.DEFAULT, "t");
        VerdictEngine engine = VerdictEngine.builder(Lanes.PROFILES).peakCalendar(PeakCalendar.of(List.of(cny)))
                .build();
        var shipment = Lanes.parcel().event("2027-02-01T10:00:00+08:00", dev.waybill.shipment.EventCode.LABEL_CREATED)
                .build();

        Verdict verdict = engine.assess(shipment, java.time.Instant.parse("2027-02-08T04:00:00Z"),
                java.time.ZoneOffset.ofHours(8));

        assertThat(verdict.exception()).isEqualTo(ExceptionType.NOT_PICKED_UP);
        assertThat(verdict.cause()).isEqualTo(Cause.PEAK_SEASON);
        assertThat(verdict.explanation()).anyMatch(line -> line.contains("Chinese New Year"));
    }
}
