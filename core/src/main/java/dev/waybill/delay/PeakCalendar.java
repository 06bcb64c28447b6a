package dev.waybill.delay;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The peak seasons the verdict engine adds expected days for. Waybill's defaults live in the
 * policies module; a shop replaces or extends them.
 *
 * <p>Immutable and thread-safe.
 */
public final class PeakCalendar {

    /** A calendar without peak seasons. */
    public static final PeakCalendar NONE = new PeakCalendar(List.of());

    private final List<PeakSeason> seasons;
    /** Each season's ranges by year, computed once (Hijri conversions are not free). */
    private final Map<PeakSeason, Map<Integer, List<DateRange>>> byYear = new HashMap<>();

    private PeakCalendar(List<PeakSeason> seasons) {
        this.seasons = seasons;
        for (PeakSeason season : seasons) {
            byYear.put(season, new ConcurrentHashMap<>());
        }
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
        Map<Integer, List<DateRange>> cache = byYear.get(season);
        if (cache == null) {
            return season.occurrences(from, to);
        }
        return season.occurrences(from, to,
                year -> cache.computeIfAbsent(year, y -> List.copyOf(season.window().occurrences(y))));
    }

    /** This calendar with {@code more} seasons added. */
    public PeakCalendar plus(Collection<PeakSeason> more) {
        List<PeakSeason> all = new java.util.ArrayList<>(seasons);
        all.addAll(more);
        return of(all);
    }
}
