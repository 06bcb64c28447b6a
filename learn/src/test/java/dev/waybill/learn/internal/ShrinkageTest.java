package dev.waybill.learn.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShrinkageTest {

    // a lane median of 4 days against a parent median of 10 days, the parent worth 20 deliveries

    @Test
    void aLaneWithNoHistoryKeepsTheParentsFigure() {
        assertThat(Shrinkage.toward(Double.NaN, 0, 10, 20)).isEqualTo(10.0);
        assertThat(Shrinkage.toward(4, 0, 10, 20)).isEqualTo(10.0);
    }

    @Test
    void oneDeliveryMovesTheFigureOneTwentyFirstOfTheWay() {
        // (1 * 4 + 20 * 10) / 21 = 204 / 21
        assertThat(Shrinkage.toward(4, 1, 10, 20)).isCloseTo(9.714286, within(1e-6));
    }

    @Test
    void aThousandDeliveriesKeepAlmostTheLanesOwnFigure() {
        // (1000 * 4 + 20 * 10) / 1020 = 4200 / 1020
        assertThat(Shrinkage.toward(4, 1000, 10, 20)).isCloseTo(4.117647, within(1e-6));
    }

    @Test
    void noEvidenceAtAllIsAnError() {
        assertThatThrownBy(() -> Shrinkage.toward(4, 0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Shrinkage.toward(4, -1, 10, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
