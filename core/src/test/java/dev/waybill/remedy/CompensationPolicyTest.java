package dev.waybill.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.delay.Cause;
import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompensationPolicyTest {

    private static final CompensationPolicy LADDER = CompensationEngineTest.LADDER;

    @Test
    void theStepForADelayIsTheLastOneReached() {
        assertThat(LADDER.stepFor(0)).isEmpty();
        assertThat(LADDER.stepFor(3)).map(LatenessStep::percent).contains(new BigDecimal("5"));
        assertThat(LADDER.stepFor(8)).map(LatenessStep::kind).contains(RemedyKind.PARTIAL_REFUND);
    }

    @Test
    void aCopyCanChangeOneThreshold() {
        CompensationPolicy generous = LADDER.toBuilder().returnCost(Money.of("USD", "25.00")).build();

        assertThat(generous.returnCost(Money.currency("USD"))).contains(Money.of("USD", "25.00"));
        assertThat(LADDER.returnCost(Money.currency("USD"))).contains(Money.of("USD", "15.00"));
        assertThat(generous.fault(Fault.LOST)).isEqualTo(LADDER.fault(Fault.LOST));
        assertThat(generous.lateness()).isEqualTo(LADDER.lateness());
    }

    @Test
    void everyFaultMustBeSettled() {
        assertThatThrownBy(() -> CompensationPolicy.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not say how to settle");
    }

    @Test
    void theGestureMustGrowWithDaysLate() {
        assertThatThrownBy(() -> LADDER.toBuilder().lateness(List.of(LatenessStep.of(1, RemedyKind.COUPON, "10"),
                LatenessStep.of(5, RemedyKind.COUPON, "5"))).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("less generous than the previous step");
        assertThatThrownBy(() -> LADDER.toBuilder().lateness(List.of(LatenessStep.of(5, RemedyKind.COUPON, "10"),
                LatenessStep.of(5, RemedyKind.COUPON, "15"))).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("starts at 5 days");
        assertThatThrownBy(() -> LADDER.toBuilder().lateness(List.of(LatenessStep.of(1, RemedyKind.PARTIAL_REFUND, "10"),
                LatenessStep.of(5, RemedyKind.COUPON, "15"))).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("less generous");
    }

    @Test
    void anOpenProblemEarnsOnlyAnApologyOrNothing() {
        assertThatThrownBy(() -> LADDER.toBuilder().atRisk(RemedyKind.COUPON).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("APOLOGY or NONE");
    }

    @Test
    void aCauseCannotBeBothTheBuyersAndTheCarriers() {
        assertThatThrownBy(() -> LADDER.toBuilder().carrierCauses(EnumSet.of(Cause.CARRIER, Cause.ADDRESS)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[ADDRESS]");
    }

    @Test
    void stepsAndSettlementsRefuseWhatDoesNotFit() {
        assertThatThrownBy(() -> LatenessStep.of(1, RemedyKind.FULL_REFUND, "100"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not FULL_REFUND");
        assertThatThrownBy(() -> LatenessStep.of(1, RemedyKind.APOLOGY, "5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no percent");
        assertThatThrownBy(() -> LatenessStep.of(0, RemedyKind.COUPON, "5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> LatenessStep.of(1, RemedyKind.COUPON, "120"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> FaultRemedy.of(Fault.LOST, RemedyKind.EXCHANGE, RemedyKind.RESHIP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOST is settled by one of");
        assertThatThrownBy(() -> LADDER.toBuilder().returnCost(Money.of("USD", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
