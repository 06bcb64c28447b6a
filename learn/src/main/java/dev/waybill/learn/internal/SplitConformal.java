package dev.waybill.learn.internal;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Split-conformal calibration of a window {@code [lo, hi]} learned on one part of the history to a
 * target coverage on another, held-back part (conformalised quantile regression, Romano, Patterson
 * and Candès, NeurIPS 2019): each held-back duration {@code y} scores {@code max(lo - y, y - hi)};
 * the window widens (or narrows, for a negative score) on both sides by the
 * {@code ceil((n + 1) * coverage)}-th smallest score, which holds at least {@code coverage} of new
 * durations from the same distribution.
 */
public final class SplitConformal {

    private SplitConformal() {
    }

    /**
     * The widening from individual held-back durations.
     *
     * @return the amount to subtract from {@code lo} and add to {@code hi}; +infinity when there are too
     *         few durations to reach {@code coverage}
     */
    public static double widening(double lo, double hi, double[] heldBack, double coverage) {
        checkCoverage(coverage);
        int n = heldBack.length;
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = Math.max(lo - heldBack[i], heldBack[i] - hi);
        }
        Arrays.sort(scores);
        int k = (int) Math.ceil((n + 1) * coverage);
        return k > n ? Double.POSITIVE_INFINITY : scores[k - 1];
    }

    /**
     * The widening from a sketch of the held-back durations: the smallest {@code q} for which
     * {@code cdf(hi + q) - cdf(lo - q)} reaches {@code ceil((n + 1) * coverage) / n}.
     *
     * @param cdf the held-back durations' distribution function
     * @param n   how many held-back durations
     * @return the widening, or +infinity when {@code n} is too small
     */
    public static double widening(double lo, double hi, DoubleUnaryOperator cdf, long n, double coverage) {
        checkCoverage(coverage);
        double k = Math.ceil((n + 1) * coverage);
        if (n == 0 || k > n) {
            return Double.POSITIVE_INFINITY;
        }
        double target = k / n;
        double low = -(hi - lo) / 2;
        double high = 1;
        while (cdf.applyAsDouble(hi + high) - cdf.applyAsDouble(lo - high) < target - 1e-9) {
            high *= 2;
            if (high > 10_000) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (cdf.applyAsDouble(hi + mid) - cdf.applyAsDouble(lo - mid) >= target - 1e-9) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static void checkCoverage(double coverage) {
        if (!(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("coverage must be in (0, 1), got " + coverage);
        }
    }
}
