package dev.waybill.delay;

import java.util.Objects;

/**
 * The days a lane's own history shows its parcels take longer when their journey touches a peak
 * season of the calendar: learned per lane, used by the verdict engine instead of the calendar's
 * {@link PeakSeason#extraDays()} for that lane. Counted once per journey, however many seasons it
 * touches, on any stage of it, since it was learned from whole transits that overlapped a season.
 *
 * <p>Immutable and thread-safe.
 *
 * @param extraDays  the expected extra days, at least 0
 * @param deliveries the peak deliveries behind the figure
 * @param source     how it was learned: the count, the period, the prior it was shrunk toward
 */
public record PeakDays(double extraDays, long deliveries, String source) {

    /** Validates the figures. */
    public PeakDays {
        Objects.requireNonNull(source, "source");
        if (!(extraDays >= 0) || Double.isInfinite(extraDays)) {
            throw new IllegalArgumentException("peak extraDays must be a finite number of days, at least 0, got "
                    + extraDays);
        }
        if (deliveries < 0) {
            throw new IllegalArgumentException("peak deliveries is negative");
        }
    }

    /** The whole days added to an ETA. */
    public int wholeDays() {
        return (int) Math.round(extraDays);
    }
}
