package dev.waybill.learn.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Kaplan–Meier product-limit estimate of a survival curve from right-censored observations:
 * {@code S(t) = prod over event times t_i <= t of (1 - d_i / n_i)}, with {@code d_i} the (weighted)
 * deliveries at {@code t_i} and {@code n_i} those still on their way just before it. A parcel not
 * yet delivered when the history ends is censored there: it counts as at risk up to that time and
 * never as delivered. At equal times deliveries come before censorings (the usual convention).
 *
 * <p>Immutable and thread-safe.
 */
public final class KaplanMeier {

    /**
     * One distinct time of the curve.
     *
     * @param time     the time
     * @param atRisk   the weight still at risk just before {@code time}
     * @param events   the weight delivered at {@code time}
     * @param survival {@code S(time)}, after the deliveries at {@code time}
     */
    public record Step(double time, double atRisk, double events, double survival) {
    }

    /**
     * Observations at one time.
     *
     * @param time     the time
     * @param events   the weight delivered at that time
     * @param censored the weight censored at that time
     */
    public record Tally(double time, double events, double censored) {
    }

    private final List<Step> steps;
    private final double horizon;

    private KaplanMeier(List<Step> steps, double horizon) {
        this.steps = List.copyOf(steps);
        this.horizon = horizon;
    }

    /** The curve of individual observations: {@code times[i]} with {@code delivered[i]} false when censored. */
    public static KaplanMeier of(double[] times, boolean[] delivered) {
        if (times.length != delivered.length) {
            throw new IllegalArgumentException("times and delivered differ in length");
        }
        List<Tally> tallies = new ArrayList<>(times.length);
        for (int i = 0; i < times.length; i++) {
            tallies.add(new Tally(times[i], delivered[i] ? 1 : 0, delivered[i] ? 0 : 1));
        }
        return fromTallies(tallies);
    }

    /** The curve of weighted tallies (any order; equal times are added up). */
    public static KaplanMeier fromTallies(List<Tally> tallies) {
        List<Tally> sorted = new ArrayList<>(tallies);
        sorted.sort(Comparator.comparingDouble(Tally::time));
        double atRisk = 0;
        for (Tally tally : sorted) {
            if (tally.events() < 0 || tally.censored() < 0 || Double.isNaN(tally.time())) {
                throw new IllegalArgumentException("invalid tally " + tally);
            }
            atRisk += tally.events() + tally.censored();
        }
        List<Step> steps = new ArrayList<>();
        double survival = 1;
        int i = 0;
        while (i < sorted.size()) {
            double time = sorted.get(i).time();
            double events = 0;
            double censored = 0;
            while (i < sorted.size() && sorted.get(i).time() == time) {
                events += sorted.get(i).events();
                censored += sorted.get(i).censored();
                i++;
            }
            if (events > 0 && atRisk > 0) {
                survival *= 1 - events / atRisk;
                steps.add(new Step(time, atRisk, events, survival));
            }
            atRisk -= events + censored;
        }
        return new KaplanMeier(steps, sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1).time());
    }

    /** The longest time observed, delivered or censored; NaN without observations. */
    public double horizon() {
        return horizon;
    }

    /**
     * The {@code p}-quantile, or where the curve does not get there the longest time observed (all
     * that is known is that the quantile lies beyond it); NaN without observations.
     */
    public double quantileOrHorizon(double p) {
        double quantile = quantile(p);
        return Double.isNaN(quantile) ? horizon : quantile;
    }

    /** The steps at the delivery times, in time order. */
    public List<Step> steps() {
        return steps;
    }

    /** {@code S(t)}: the estimated share not yet delivered after {@code t}. */
    public double survival(double t) {
        double survival = 1;
        for (Step step : steps) {
            if (step.time() > t) {
                break;
            }
            survival = step.survival();
        }
        return survival;
    }

    /**
     * The {@code p}-quantile of the time to delivery: the first time at which {@code 1 - S(t) >= p},
     * or NaN when the curve never gets there (too much of the history is censored to say).
     */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), got " + p);
        }
        for (Step step : steps) {
            if (1 - step.survival() >= p - 1e-12) {
                return step.time();
            }
        }
        return Double.NaN;
    }
}
