package dev.waybill.delay;

/**
 * How long a parcel normally spends in one stage of a lane, in days, and how long it may stay
 * silent there before it counts as stalled.
 *
 * <p>Immutable and thread-safe. {@code StageTiming.of(1, 3, 7, 6)}: one day at best, three
 * typically, seven at the 90th percentile, stalled after six silent days.
 *
 * @param p10           the 10th percentile of the stage's duration (a fast parcel)
 * @param p50           the median duration
 * @param p90           the 90th percentile
 * @param maxSilentDays the longest normal silence in this stage; more whole days than this is a stall
 */
public record StageTiming(double p10, double p50, double p90, int maxSilentDays) {

    /** Validates {@code 0 <= p10 <= p50 <= p90} and a positive silence allowance. */
    public StageTiming {
        if (!(p10 >= 0 && p10 <= p50 && p50 <= p90) || Double.isNaN(p90) || Double.isInfinite(p90)) {
            throw new IllegalArgumentException(
                    "percentiles must satisfy 0 <= p10 <= p50 <= p90, got " + p10 + ", " + p50 + ", " + p90);
        }
        if (maxSilentDays < 1) {
            throw new IllegalArgumentException("maxSilentDays must be at least 1, got " + maxSilentDays);
        }
    }

    /** The timing with these percentiles and silence allowance. */
    public static StageTiming of(double p10, double p50, double p90, int maxSilentDays) {
        return new StageTiming(p10, p50, p90, maxSilentDays);
    }
}
