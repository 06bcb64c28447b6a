package dev.waybill.learn.internal;

/**
 * Shrinks a lane's estimate toward its parent's by how much history is behind it: the lane's own
 * figure counts {@code n} times, the parent's counts {@code strength} times,
 * {@code (n * lane + strength * parent) / (n + strength)}. A lane with no history keeps the parent's
 * figure; one with a thousand deliveries keeps almost exactly its own.
 */
public final class Shrinkage {

    /** How many deliveries the parent's figure is worth by default. */
    public static final double DEFAULT_STRENGTH = 20;

    private Shrinkage() {
    }

    /**
     * The shrunk estimate.
     *
     * @param lane     the lane's own estimate (ignored when {@code n} is 0; may then be NaN)
     * @param n        the (weighted) number of observations behind it, at least 0
     * @param parent   the parent's estimate
     * @param strength the parent's weight in observations, at least 0
     */
    public static double toward(double lane, double n, double parent, double strength) {
        if (n < 0 || strength < 0 || n + strength == 0) {
            throw new IllegalArgumentException("need n >= 0, strength >= 0 and not both 0, got " + n + ", " + strength);
        }
        if (n == 0 || Double.isNaN(lane)) {
            return parent;
        }
        return (n * lane + strength * parent) / (n + strength);
    }
}
