package dev.waybill.learn.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The product-limit estimate against the textbook case: the 6-MP arm of the leukaemia remission
 * trial of Freireich et al. (Blood 21, 1963), as tabulated by Kaplan–Meier in Kleinbaum and Klein,
 * <i>Survival Analysis: A Self-Learning Text</i> (3rd ed., Springer 2012), chapter 2, table for
 * group 1: weeks in remission, {@code +} censored.
 */
class KaplanMeierTest {

    // 6, 6, 6, 6+, 7, 9+, 10, 10+, 11+, 13, 16, 17+, 19+, 20+, 22, 23, 25+, 32+, 32+, 34+, 35+
    private static final double[] WEEKS = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
    private static final boolean[] RELAPSED = {true, true, true, false, true, false, true, false, false, true, true,
        false, false, false, true, true, false, false, false, false, false};

    @Test
    void theSixMpArmGivesTheTextbookSurvivalTable() {
        KaplanMeier curve = KaplanMeier.of(WEEKS, RELAPSED);
        // t, n at risk, d, S(t): 6 21 3 .8571; 7 17 1 .8067; 10 15 1 .7529; 13 12 1 .6902; 16 11 1 .6275;
        // 22 7 1 .5378; 23 6 1 .4482
        assertThat(curve.steps()).extracting(KaplanMeier.Step::time)
                .containsExactly(6.0, 7.0, 10.0, 13.0, 16.0, 22.0, 23.0);
        assertThat(curve.steps()).extracting(KaplanMeier.Step::atRisk)
                .containsExactly(21.0, 17.0, 15.0, 12.0, 11.0, 7.0, 6.0);
        double[] expected = {0.8571, 0.8067, 0.7529, 0.6902, 0.6275, 0.5378, 0.4482};
        for (int i = 0; i < expected.length; i++) {
            assertThat(curve.steps().get(i).survival()).isCloseTo(expected[i], within(5e-5));
        }
        assertThat(curve.survival(15)).isCloseTo(0.6902, within(5e-5));
        assertThat(curve.survival(5.9)).isEqualTo(1.0);
    }

    @Test
    void theMedianIsTheFirstTimeSurvivalFallsToOneHalf() {
        KaplanMeier curve = KaplanMeier.of(WEEKS, RELAPSED);
        assertThat(curve.quantile(0.5)).isEqualTo(23.0);
        assertThat(curve.quantile(0.1)).isEqualTo(6.0);
    }

    @Test
    void aQuantileBeyondWhatTheCensoredHistoryShowsIsUnknown() {
        KaplanMeier curve = KaplanMeier.of(WEEKS, RELAPSED);
        assertThat(curve.quantile(0.9)).isNaN();
    }

    @Test
    void censoredParcelsAreNotLearnedAsFastOnes() {
        // three delivered in 2 days, three still out after 10 days: dropping them would say the median is 2
        KaplanMeier curve = KaplanMeier.of(new double[] {2, 2, 2, 10, 10, 10},
                new boolean[] {true, true, true, false, false, false});
        assertThat(curve.quantile(0.5)).isEqualTo(2.0);
        assertThat(curve.quantile(0.6)).isNaN();
        assertThat(curve.survival(3)).isEqualTo(0.5);
    }

    @Test
    void weightedTalliesAtEqualTimesAddUp() {
        KaplanMeier curve = KaplanMeier.fromTallies(List.of(new KaplanMeier.Tally(1, 1.5, 0),
                new KaplanMeier.Tally(1, 0.5, 0), new KaplanMeier.Tally(3, 2, 0)));
        assertThat(curve.steps()).hasSize(2);
        assertThat(curve.survival(1)).isEqualTo(0.5);
        assertThat(curve.survival(3)).isEqualTo(0.0);
    }
}
