package dev.waybill.delay;

import java.util.Collection;
import java.util.List;

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

    private PeakCalendar(List<PeakSeason> seasons) {
        this.seasons = seasons;
    }

    /** A calendar of {@code seasons}. */
    public static PeakCalendar of(Collection<PeakSeason> seasons) {
        return new PeakCalendar(List.copyOf(seasons));
    }

    /** The seasons, in the order given. */
    public List<PeakSeason> seasons() {
        return seasons;
    }

    /** This calendar with {@code more} seasons added. */
    public PeakCalendar plus(Collection<PeakSeason> more) {
        List<PeakSeason> all = new java.util.ArrayList<>(seasons);
        all.addAll(more);
        return of(all);
    }
}
