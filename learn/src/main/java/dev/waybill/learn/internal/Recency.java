package dev.waybill.learn.internal;

/**
 * Recency weighting: an observation {@code age} days older than the newest counts
 * {@code 0.5^(age / halfLife)} of it, so recent months weigh more than old ones.
 */
public final class Recency {

    /** Half a year: a year-old delivery counts a quarter of today's. */
    public static final double DEFAULT_HALF_LIFE_DAYS = 182.5;

    private Recency() {
    }

    /** The weight of an observation {@code ageDays} older than the newest (negative ages count as 0). */
    public static double weight(double ageDays, double halfLifeDays) {
        if (!(halfLifeDays > 0)) {
            throw new IllegalArgumentException("halfLifeDays must be positive, got " + halfLifeDays);
        }
        return Math.pow(0.5, Math.max(0, ageDays) / halfLifeDays);
    }
}
