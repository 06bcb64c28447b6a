package dev.waybill.delay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * The peak seasons the verdict engine adds expected days for. Waybill's defaults live in the
 * policies module; a shop replaces or extends them.
 *
 * <p>Immutable and thread-safe.
 */
public final class PeakCalendar {

    /** A calendar without peak seasons. */
    public static final PeakCalendar NONE = new PeakCalendar(List.of());

    /** The first year whose ranges are kept once computed. */
    private static final int FIRST_KEPT_YEAR = 1900;
    /** How many years from {@link #FIRST_KEPT_YEAR} are kept; ranges of other years are computed each time. */
    private static final int KEPT_YEARS = 300;

    private final List<PeakSeason> seasons;
    /** Each season's ranges by year, in the order of {@link #seasons}. */
    private final List<RangesByYear> byYear;

    private PeakCalendar(List<PeakSeason> seasons) {
        this.seasons = seasons;
        List<RangesByYear> ranges = new ArrayList<>(seasons.size());
        for (PeakSeason season : seasons) {
            ranges.add(new RangesByYear(season.window()));
        }
        this.byYear = List.copyOf(ranges);
    }

    /** A calendar of {@code seasons}. */
    public static PeakCalendar of(Collection<PeakSeason> seasons) {
        return new PeakCalendar(List.copyOf(seasons));
    }

    /** The seasons, in the order given. */
    public List<PeakSeason> seasons() {
        return seasons;
    }

    /**
     * The date ranges of {@code season}, one of this calendar's, that overlap {@code from..to};
     * the same as {@link PeakSeason#occurrences(LocalDate, LocalDate)}, with each year computed once.
     */
    public List<DateRange> occurrences(PeakSeason season, LocalDate from, LocalDate to) {
        for (int i = 0; i < seasons.size(); i++) {
            if (seasons.get(i) == season) {
                return new ArrayList<>(occurrences(i, from, to));
            }
        }
        return season.occurrences(from, to);
    }

    /** The same for the season at {@code index} in {@link #seasons()}; unmodifiable when empty. */
    List<DateRange> occurrences(int index, LocalDate from, LocalDate to) {
        return seasons.get(index).occurrences(from, to, byYear.get(index));
    }

    /** This calendar with {@code more} seasons added. */
    public PeakCalendar plus(Collection<PeakSeason> more) {
        List<PeakSeason> all = new ArrayList<>(seasons);
        all.addAll(more);
        return of(all);
    }

    /**
     * One season's date ranges by year, each year computed once (Hijri conversions are not free) and
     * kept for the years {@link #FIRST_KEPT_YEAR} to {@link #FIRST_KEPT_YEAR} + {@link #KEPT_YEARS} - 1.
     * Thread-safe: two threads may compute the same year at once, and keep equal ranges.
     */
    private static final class RangesByYear implements IntFunction<List<DateRange>> {
        private final PeakWindow window;
        private final AtomicReferenceArray<List<DateRange>> kept = new AtomicReferenceArray<>(KEPT_YEARS);

        RangesByYear(PeakWindow window) {
            this.window = window;
        }

        @Override
        public List<DateRange> apply(int year) {
            int slot = year - FIRST_KEPT_YEAR;
            if (slot < 0 || slot >= KEPT_YEARS) {
                return window.occurrences(year);
            }
            List<DateRange> ranges = kept.get(slot);
            if (ranges == null) {
                ranges = List.copyOf(window.occurrences(year));
                kept.set(slot, ranges);
            }
            return ranges;
        }
    }
}
