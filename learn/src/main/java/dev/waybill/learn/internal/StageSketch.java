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

    private final Map<Long, TDigest> completed = new HashMap<>();
    private final Map<Long, TDigest> openSince = new HashMap<>();
    private final TDigest heldBack = TDigest.createMergingDigest(COMPRESSION);
    private long completedCount;
    private long openCount;

    /** A completed duration of {@code days}, started on epoch day {@code startDay}. */
    public void completed(double startDay, double days) {
        completed.computeIfAbsent(month(startDay), m -> new MergingDigest(COMPRESSION)).add(days);
        completedCount++;
    }

    /** A parcel that entered the stage on {@code startDay} and had not left it when the history ended. */
    public void open(double startDay) {
        openSince.computeIfAbsent(month(startDay), m -> new MergingDigest(COMPRESSION)).add(startDay);
        openCount++;
    }

    /** A completed duration kept back for calibration. */
    public void heldBack(double days) {
        heldBack.add(days);
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
        return heldBack.size();
    }

    /** The share of held-back durations at most {@code days}. */
    public double heldBackCdf(double days) {
        return heldBack.size() == 0 ? 0 : heldBack.cdf(days);
    }

    /** Adds everything of {@code other} to this sketch (a lane into its wider lane). */
    public void addAll(StageSketch other) {
        other.completed.forEach((m, d) -> completed.computeIfAbsent(m, k -> new MergingDigest(COMPRESSION)).add(d));
        other.openSince.forEach((m, d) -> openSince.computeIfAbsent(m, k -> new MergingDigest(COMPRESSION)).add(d));
        heldBack.add(other.heldBack);
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
