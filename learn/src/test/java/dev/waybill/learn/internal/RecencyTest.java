package dev.waybill.learn.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecencyTest {

    @Test
    void aDeliveryOneHalfLifeOldCountsHalf() {
        assertThat(Recency.weight(0, 182.5)).isEqualTo(1.0);
        assertThat(Recency.weight(182.5, 182.5)).isCloseTo(0.5, within(1e-12));
        assertThat(Recency.weight(365, 182.5)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void anObservationNewerThanTheNewestCountsFull() {
        assertThat(Recency.weight(-3, 182.5)).isEqualTo(1.0);
    }

    @Test
    void recentMonthsMoveTheMedianOfASketch() {
        // 100 parcels of 10 days two years before the end, 100 of 4 days in the last month
        StageSketch sketch = new StageSketch();
        double end = 20_000;
        for (int i = 0; i < 100; i++) {
            sketch.completed(end - 730, 10);
            sketch.completed(end - 10, 4);
        }
        StageSketch.Estimate weighted = sketch.estimate(end, 182.5);
        assertThat(weighted.curve().quantile(0.5)).isEqualTo(4.0);
        assertThat(weighted.weight()).isLessThan(200).isGreaterThan(100);
    }
}
