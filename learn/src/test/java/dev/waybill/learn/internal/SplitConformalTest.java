package dev.waybill.learn.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SplitConformalTest {

    @Test
    void theWideningIsTheRightOrderStatisticOfTheScores() {
        // window [2, 4]; held back 1, 3, 5, 6: scores 1, -1, 1, 2; n = 4, coverage 0.5:
        // k = ceil(5 * 0.5) = 3, the 3rd smallest of -1, 1, 1, 2 is 1
        assertThat(SplitConformal.widening(2, 4, new double[] {1, 3, 5, 6}, 0.5)).isEqualTo(1.0);
    }

    @Test
    void tooFewHeldBackDurationsCannotBeCalibrated() {
        assertThat(SplitConformal.widening(2, 4, new double[] {1, 3}, 0.8)).isInfinite();
    }

    @Test
    void anOverconfidentWindowOnAKnownDistributionIsWidenedToTheTargetCoverage() {
        // durations exponential with mean 5 days; a window of the 40th to 60th percentile holds 20%
        Random random = new Random(42);
        double lo = -5 * Math.log(1 - 0.4);
        double hi = -5 * Math.log(1 - 0.6);
        double[] heldBack = exponential(random, 2_000);
        double q = SplitConformal.widening(lo, hi, heldBack, 0.8);
        double[] fresh = exponential(random, 20_000);
        double covered = Arrays.stream(fresh).filter(y -> y >= lo - q && y <= hi + q).count() / (double) fresh.length;
        assertThat(covered).isCloseTo(0.8, within(0.015));
        assertThat(q).isPositive();
    }

    @Test
    void theSketchedCalibrationAgreesWithTheExactOne() {
        Random random = new Random(7);
        double[] heldBack = exponential(random, 5_000);
        StageSketch sketch = new StageSketch();
        for (double y : heldBack) {
            sketch.heldBack(0, y);
        }
        double exact = SplitConformal.widening(1, 6, heldBack, 0.8);
        StageSketch.Calibration held = sketch.calibration(0, 182.5);
        double sketched = SplitConformal.widening(1, 6, held.cdf(), held.effectiveN(), 0.8);
        assertThat(sketched).isCloseTo(exact, within(0.1));
    }

    @Test
    void aTooWideWindowIsNarrowed() {
        // uniform on [0, 10]: [-5, 15] holds everything; 80% needs [1, 9], so the window narrows by 6
        Random random = new Random(3);
        double[] heldBack = random.doubles(5_000, 0, 10).toArray();
        assertThat(SplitConformal.widening(-5, 15, heldBack, 0.8)).isCloseTo(-6.0, within(0.15));
    }

    private static double[] exponential(Random random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = -5 * Math.log(1 - random.nextDouble());
        }
        return values;
    }
}
