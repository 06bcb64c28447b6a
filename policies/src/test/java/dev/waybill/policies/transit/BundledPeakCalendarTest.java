package dev.waybill.policies.transit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.delay.Basis;
import dev.waybill.delay.DateRange;
import dev.waybill.delay.PeakCalendar;
import dev.waybill.delay.PeakSeason;
import dev.waybill.delay.PeakWindow;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bundled {@code peak-calendar.json}: the seasons it knows and the dates they fall on. */
class BundledPeakCalendarTest {

    private static final PeakCalendar CALENDAR = TransitPolicies.defaultPeakCalendar();

    private static PeakSeason season(String name) {
        return CALENDAR.seasons().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no season named " + name + " in " + CALENDAR.seasons()));
    }

    private static DateRange days(String from, String to) {
        return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void theCalendarHasTheSeasonsCrossBorderShopsPlanAround() {
        assertThat(CALENDAR.seasons()).extracting(PeakSeason::name).contains("Black Friday to Cyber Monday",
                "December holiday run", "11.11 Singles' Day", "Chinese New Year shutdown", "Ramadan",
                "Eid al-Fitr", "Eid al-Adha");
        assertThat(CALENDAR.seasons()).allSatisfy(season -> {
            assertThat(season.source()).as(season.name()).isNotBlank();
            assertThat(season.basis()).as(season.name()).isEqualTo(Basis.DEFAULT);
            assertThat(season.stages()).as(season.name()).isNotEmpty();
        });
    }

    @Test
    void chineseNewYearIsTabledForEveryYearFrom2024To2035() {
        PeakWindow window = season("Chinese New Year shutdown").window();

        assertThat(window).isInstanceOfSatisfying(PeakWindow.AroundLunarNewYear.class, lunar -> {
            // The first day of the lunar year by the official Chinese calendar.
            assertThat(lunar.newYearDays()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(2024, LocalDate.of(2024, 2, 10)), Map.entry(2025, LocalDate.of(2025, 1, 29)),
                    Map.entry(2026, LocalDate.of(2026, 2, 17)), Map.entry(2027, LocalDate.of(2027, 2, 6)),
                    Map.entry(2028, LocalDate.of(2028, 1, 26)), Map.entry(2029, LocalDate.of(2029, 2, 13)),
                    Map.entry(2030, LocalDate.of(2030, 2, 3)), Map.entry(2031, LocalDate.of(2031, 1, 23)),
                    Map.entry(2032, LocalDate.of(2032, 2, 11)), Map.entry(2033, LocalDate.of(2033, 1, 31)),
                    Map.entry(2034, LocalDate.of(2034, 2, 19)), Map.entry(2035, LocalDate.of(2035, 2, 8))));
        });
        IntStream.rangeClosed(2024, 2035).forEach(year ->
                assertThat(window.occurrences(year)).as("%d", year).hasSize(1));
    }

    @Test
    void chineseNewYear2026ShutsTheFirstMileFromAWeekBeforeToTenDaysAfter() {
        PeakSeason shutdown = season("Chinese New Year shutdown");

        assertThat(shutdown.window().occurrences(2026)).containsExactly(days("2026-02-10", "2026-02-27"));
        assertThat(shutdown.stages()).contains(Stage.FIRST_MILE, Stage.EXPORT_CUSTOMS);
        assertThat(shutdown.appliesTo(Lane.of(CountryCode.of("CN"), CountryCode.of("US"), Mode.AIR))).isTrue();
        assertThat(shutdown.appliesTo(Lane.of(CountryCode.of("DE"), CountryCode.of("US"), Mode.AIR))).isFalse();
    }

    @Test
    void blackFriday2026IsNovember27AndCyberMondayNovember30() {
        PeakSeason blackFriday = season("Black Friday to Cyber Monday");

        assertThat(blackFriday.window().occurrences(2026)).containsExactly(days("2026-11-27", "2026-11-30"));
        assertThat(blackFriday.window().occurrences(2027)).containsExactly(days("2027-11-26", "2027-11-29"));
        assertThat(blackFriday.appliesTo(Lane.of(CountryCode.of("CN"), CountryCode.of("US"), Mode.AIR))).isTrue();
    }

    @Test
    void ramadan2026RunsFromFebruary18ToMarch19ByTheUmmAlQuraCalendar() {
        PeakSeason ramadan = season("Ramadan");

        // java.time's HijrahChronology: 1 Ramadan 1447 is 2026-02-18, and the month has 30 days.
        assertThat(ramadan.window().occurrences(2026)).containsExactly(days("2026-02-18", "2026-03-19"));
        assertThat(season("Eid al-Fitr").window().occurrences(2026).get(0).from()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void ramadanSlowsMiddleEastDeliveriesOnly() {
        PeakSeason ramadan = season("Ramadan");

        assertThat(ramadan.appliesTo(Lane.of(CountryCode.of("CN"), CountryCode.of("SA"), Mode.AIR))).isTrue();
        assertThat(ramadan.appliesTo(Lane.of(CountryCode.of("CN"), CountryCode.of("AE"), Mode.AIR))).isTrue();
        assertThat(ramadan.appliesTo(Lane.of(CountryCode.of("CN"), CountryCode.of("US"), Mode.AIR))).isFalse();
        assertThat(ramadan.stages()).contains(Stage.LAST_MILE);
    }

    @Test
    void hijriSeasonsHaveNoOccurrenceOutsideTheYearsTheChronologyCovers() {
        PeakWindow ramadan = season("Ramadan").window();

        assertThat(ramadan.occurrences(1850)).isEmpty();
        assertThat(ramadan.occurrences(2300)).isEmpty();
        assertThat(ramadan.occurrences(2174)).hasSize(1);
    }

    @Test
    void singlesDayAndTheDecemberRunAreFixedEveryYear() {
        assertThat(season("11.11 Singles' Day").window().occurrences(2026))
                .containsExactly(days("2026-11-11", "2026-11-20"));
        assertThat(season("December holiday run").window().occurrences(2031))
                .containsExactly(days("2031-12-01", "2031-12-24"));
    }
}
