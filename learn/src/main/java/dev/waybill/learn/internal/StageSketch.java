package dev.waybill.learn.internal;

import com.tdunning.math.stats.Centroid;
import com.tdunning.math.stats.MergingDigest;
import com.tdunning.math.stats.TDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The durations of one stage (or span) of one lane, streamed into t-digests: delivered durations
 * and the start days of parcels still on their way, each by the month it started in (so recent
 * months can weigh more), and the held-back durations the window is calibrated on. Memory is a few
 * digests per month of history, whatever the number of parcels.
 *
 * <p>Not thread-safe.
 */
public final class StageSketch {

    private static final double COMPRESSION = 100;
    private static final double SMALL_COMPRESSION = 50;

    private final double compression;
    private final int bufferSize;

    private final Map<Long, TDigest> completed = new HashMap<>();
    private final Map<Long, TDigest> openSince = new HashMap<>();
    private final Map<Long, TDigest> heldBack = new HashMap<>();
    private long heldBackCount;
    private long completedCount;
    private long openCount;

    /** A sketch of full accuracy (t-digest compression 100): a lane's. */
    public StageSketch() {
        this(COMPRESSION, -1);
    }

    private StageSketch(double compression, int bufferSize) {
        this.compression = compression;
        this.bufferSize = bufferSize;
    }

    /**
     * A sketch at a quarter of the memory (compression 50, the smallest merge buffer), for the many
     * small slices of a lane (its bins of promised lead) that are merged before anything is read.
     */
    public static StageSketch small() {
        return new StageSketch(SMALL_COMPRESSION, (int) (4 * SMALL_COMPRESSION + 20));
    }

    private TDigest digest() {
        return new MergingDigest(compression, bufferSize);
    }

    /** A completed duration of {@code days}, started on epoch day {@code startDay}. */
    public void completed(double startDay, double days) {
        completed.computeIfAbsent(month(startDay), m -> digest()).add(days);
        completedCount++;
    }

    /** A parcel that entered the stage on {@code startDay} and had not left it when the history ended. */
    public void open(double startDay) {
        openSince.computeIfAbsent(month(startDay), m -> digest()).add(startDay);
        openCount++;
    }

    /** A completed duration, started on epoch day {@code startDay}, kept back for calibration. */
    public void heldBack(double startDay, double days) {
        heldBack.computeIfAbsent(month(startDay), m -> digest()).add(days);
        heldBackCount++;
    }

    /** Completed durations learned from. */
    public long completedCount() {
        return completedCount;
    }

    /** Parcels censored in this stage. */
    public long openCount() {
        return openCount;
    }

    /** Held-back durations. */
    public long heldBackCount() {
        return heldBackCount;
    }

    /**
     * The held-back durations weighted by recency, for weighted split conformal calibration
     * (Barber, Candès, Ramdas and Tibshirani, "Conformal prediction beyond exchangeability", Annals of
     * Statistics 2023: fixed weights decaying with age keep the coverage guarantee close when the
     * distribution drifts).
     */
    public Calibration calibration(double endDay, double halfLifeDays) {
        List<double[]> months = new ArrayList<>();
        List<TDigest> digests = new ArrayList<>();
        double total = 0;
        double squares = 0;
        for (Map.Entry<Long, TDigest> month : heldBack.entrySet()) {
            double w = Recency.weight(endDay - monthStart(month.getKey()), halfLifeDays);
            double n = month.getValue().size();
            months.add(new double[] {w * n});
            digests.add(month.getValue());
            total += w * n;
            squares += w * w * n;
        }
        double sum = total;
        return new Calibration(days -> {
            double cdf = 0;
            for (int i = 0; i < digests.size(); i++) {
                cdf += months.get(i)[0] * digests.get(i).cdf(days);
            }
            return sum == 0 ? 0 : cdf / sum;
        }, squares == 0 ? 0 : (long) Math.floor(total * total / squares));
    }

    /**
     * Held-back durations as a distribution function and an effective count (Kish's {@code (sum w)^2 / sum w^2}).
     *
     * @param cdf        the recency-weighted share of held-back durations at most a number of days
     * @param effectiveN the effective number of held-back durations
     */
    public record Calibration(java.util.function.DoubleUnaryOperator cdf, long effectiveN) {
    }

    /** Adds everything of {@code other} to this sketch (a lane into its wider lane). */
    public void addAll(StageSketch other) {
        other.completed.forEach((m, d) -> completed.computeIfAbsent(m, k -> digest()).add(d));
        other.openSince.forEach((m, d) -> openSince.computeIfAbsent(m, k -> digest()).add(d));
        other.heldBack.forEach((m, d) -> heldBack.computeIfAbsent(m, k -> digest()).add(d));
        heldBackCount += other.heldBackCount;
        completedCount += other.completedCount;
        openCount += other.openCount;
    }

    /**
     * The survival curve of the stage's duration: completed durations as deliveries, open parcels
     * censored at {@code endDay}, each weighted by the recency of the month it started in.
     *
     * @return the curve and the weighted number of observations behind it
     */
    public Estimate estimate(double endDay, double halfLifeDays) {
        List<KaplanMeier.Tally> tallies = new ArrayList<>();
        double weight = 0;
        for (Map.Entry<Long, TDigest> month : completed.entrySet()) {
            double w = Recency.weight(endDay - monthStart(month.getKey()), halfLifeDays);
            for (Centroid c : month.getValue().centroids()) {
                tallies.add(new KaplanMeier.Tally(c.mean(), c.count() * w, 0));
                weight += c.count() * w;
            }
        }
        for (Map.Entry<Long, TDigest> month : openSince.entrySet()) {
            double w = Recency.weight(endDay - monthStart(month.getKey()), halfLifeDays);
            for (Centroid c : month.getValue().centroids()) {
                tallies.add(new KaplanMeier.Tally(Math.max(0, endDay - c.mean()), 0, c.count() * w));
                weight += c.count() * w;
            }
        }
        return new Estimate(KaplanMeier.fromTallies(tallies), weight);
    }

    /**
     * A survival curve and the weighted count behind it.
     *
     * @param curve  the Kaplan–Meier curve
     * @param weight the recency-weighted number of observations
     */
    public record Estimate(KaplanMeier curve, double weight) {
    }

    /** Months as 30.4375-day periods since the epoch: the recency weight's granularity. */
    private static long month(double day) {
        return (long) Math.floor(day / 30.4375);
    }

    private static double monthStart(long month) {
        return month * 30.4375 + 15.2;
    }
}
