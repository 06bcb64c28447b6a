package dev.waybill.learn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.delay.PromiseBand;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting promised leads into bands of about equal counts, worked by hand. */
class PromiseBandsTest {

    private static long[] bins(int... countsFromBinZero) {
        long[] bins = new long[21];
        for (int i = 0; i < countsFromBinZero.length; i++) {
            bins[i] = countsFromBinZero[i];
        }
        return bins;
    }

    @Test
    void fiveBandsOfAHundredDeliveriesEndWhereTheRunningCountReachesEachFifth() {
        // 3-day bins: 10 promised 15-17 days, 30 18-20, 20 21-23, 20 24-26, 10 27-29, 10 30-32
        long[] bins = bins(0, 0, 0, 0, 0, 10, 30, 20, 20, 10, 10);
        // running 10, 40 (reaches 20 and 40: one edge at 21), 60 (edge 24), 80 (edge 27)
        List<int[]> bands = PromiseBands.cut(bins, 3, 5, 100);
        assertThat(bands).containsExactly(new int[] {0, 21}, new int[] {21, 24}, new int[] {24, 27},
                new int[] {27, PromiseBand.UNBOUNDED});
    }

    @Test
    void theLastBinHoldsEveryLongerLeadAndIsNeverCutInside() {
        long[] bins = new long[21];
        bins[3] = 100;
        bins[20] = 100;
        assertThat(PromiseBands.cut(bins, 3, 5, 100)).containsExactly(new int[] {0, 12},
                new int[] {12, PromiseBand.UNBOUNDED});
    }

    @Test
    void oneBandOrTooFewDeliveriesGiveNoBands() {
        assertThat(PromiseBands.cut(bins(0, 0, 0, 0, 0, 0, 500), 3, 5, 100)).isEmpty();
        assertThat(PromiseBands.cut(bins(0, 0, 0, 0, 0, 40, 59), 3, 5, 100)).isEmpty();
        assertThat(PromiseBands.cut(bins(0, 0, 0, 0, 0, 40, 60), 3, 5, 100)).hasSize(2);
        assertThat(PromiseBands.cut(new long[21], 3, 5, 0)).isEmpty();
    }
}
