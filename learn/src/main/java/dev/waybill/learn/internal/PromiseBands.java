package dev.waybill.learn.internal;

import dev.waybill.delay.PromiseBand;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts the promised leads of a lane's deliveries into bands of about equal counts: the deliveries
 * are counted in bins of {@code binDays} days of lead (the last bin holds every longer lead), and
 * band {@code j} of {@code k} ends at the end of the bin where the running count first reaches
 * {@code j / k} of all. Equal counts keep every band's figure backed by as many deliveries as the
 * lane allows. A band no delivery fell in is left out, and so are all bands when fewer than two remain.
 */
public final class PromiseBands {

    private PromiseBands() {
    }

    /**
     * The bands, each {@code {fromDays, toDays}} ({@code toDays} exclusive, the last
     * {@link PromiseBand#UNBOUNDED}), in ascending order; none when there are fewer than
     * {@code minDeliveries} deliveries in all.
     */
    public static List<int[]> cut(long[] binCounts, int binDays, int bands, long minDeliveries) {
        long total = 0;
        for (long count : binCounts) {
            total += count;
        }
        if (total == 0 || total < minDeliveries || bands < 2) {
            return List.of();
        }
        TreeSet<Integer> edges = new TreeSet<>();
        long running = 0;
        int j = 1;
        for (int bin = 0; bin < binCounts.length - 1 && j < bands; bin++) {
            running += binCounts[bin];
            while (j < bands && running * bands >= j * total) {
                edges.add((bin + 1) * binDays);
                j++;
            }
        }
        List<int[]> ranges = new ArrayList<>();
        int from = 0;
        for (int to : edges) {
            addIfSeen(ranges, binCounts, binDays, from, to);
            from = to;
        }
        addIfSeen(ranges, binCounts, binDays, from, PromiseBand.UNBOUNDED);
        return ranges.size() < 2 ? List.of() : List.copyOf(ranges);
    }

    private static void addIfSeen(List<int[]> ranges, long[] binCounts, int binDays, int from, int to) {
        long seen = 0;
        for (int bin = from / binDays; bin < binCounts.length && (long) bin * binDays < to; bin++) {
            seen += binCounts[bin];
        }
        if (seen > 0) {
            ranges.add(new int[] {from, to});
        }
    }
}
