package dev.waybill.delay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The calendar keeps each season's ranges by year: what it keeps is always that year's. */
class PeakCalendarTest {

    private static final List<PeakSeason> SEASONS = List.of(
            season("Thanksgiving", new PeakWindow.AroundThanksgiving(1, 4)),
            season("Ramadan", new PeakWindow.Hijri(9, 1, 9, 30)),
            season("year end", new PeakWindow.Fixed(MonthDay.of(12, 20), MonthDay.of(1, 5))),
            season("new year", new PeakWindow.AroundLunarNewYear(Map.of(2026, LocalDate.parse("2026-02-17"),
                    2027, LocalDate.parse("2027-02-06")), 7, 10)));

    private static PeakSeason season(String name, PeakWindow window) {
        return new PeakSeason(name, window, List.of(), List.of(), Set.of(Stage.LINEHAUL), 2, Basis.DEFAULT, "test");
    }

    @Test
    void everyYearGetsItsOwnDatesWhateverYearWasAskedBefore() {
        PeakCalendar calendar = PeakCalendar.of(SEASONS);
        // forwards, then backwards, then jumping: a cache keyed by the wrong year would repeat a neighbour's dates
        List<Integer> years = new ArrayList<>();
        for (int year = 1880; year <= 2230; year++) {
            years.add(year);
        }
        for (int year = 2230; year >= 1880; year--) {
            years.add(year);
        }
        years.addAll(List.of(2026, 2027, 2026, 1999, 2026, 2100, 2025));
        for (int year : years) {
            LocalDate from = LocalDate.of(year, 3, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            for (PeakSeason season : SEASONS) {
                assertThat(calendar.occurrences(season, from, to)).as("%s in %s", season.name(), year)
                        .isEqualTo(season.occurrences(from, to));
            }
        }
    }

    @Test
    void thanksgivingMovesFromYearToYear() {
        PeakCalendar calendar = PeakCalendar.of(SEASONS);
        PeakSeason thanksgiving = SEASONS.get(0);

        assertThat(calendar.occurrences(thanksgiving, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-31")))
                .containsExactly(DateRange.of(LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-30")));
        assertThat(calendar.occurrences(thanksgiving, LocalDate.parse("2027-11-01"), LocalDate.parse("2027-12-31")))
                .containsExactly(DateRange.of(LocalDate.parse("2027-11-26"), LocalDate.parse("2027-11-29")));
        assertThat(calendar.occurrences(thanksgiving, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-31")))
                .containsExactly(DateRange.of(LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-30")));
    }

    @Test
    void threadsSharingOneCalendarAllSeeTheRightYears() throws Exception {
        PeakCalendar calendar = PeakCalendar.of(SEASONS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 400; i++) {
                        int year = 1950 + (i * 7 + offset * 13) % 200;
                        LocalDate from = LocalDate.of(year, 1, 1);
                        LocalDate to = LocalDate.of(year, 12, 31);
                        for (PeakSeason season : SEASONS) {
                            if (!calendar.occurrences(season, from, to).equals(season.occurrences(from, to))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
