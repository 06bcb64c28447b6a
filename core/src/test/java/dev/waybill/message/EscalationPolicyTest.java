package dev.waybill.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.delay.Cause;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.delay.Verdict;
import dev.waybill.liability.Party;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

    private static Shipment shipment(Money value) {
        return Shipment.builder("o-1", Lane.of(CountryCode.of("CN"), CountryCode.of("US"), Mode.AIR)).value(value).build();
    }

    private static Verdict verdict(Status status, ExceptionType exception, int daysLate) {
        return new Verdict("o-1", status, Stage.LINEHAUL, exception, Cause.CARRIER, daysLate, Optional.empty(), 3, Party.NONE,
                List.of(), List.of(), "p", List.of());
    }

    @Test
    void aLostParcelAboveOneHundredDollarsGoesToAPersonAndOneBelowDoesNot() {
        EscalationPolicy policy = EscalationPolicy.defaults();
        Verdict lost = verdict(Status.LOST, ExceptionType.LOST, 0);

        assertThat(policy.reasons(shipment(Money.of("USD", "100.01")), lost)).containsExactly(EscalationReason.HIGH_VALUE_LOSS);
        assertThat(policy.reasons(shipment(Money.of("USD", "100.00")), lost)).isEmpty();
    }

    @Test
    void aValueInACurrencyWithoutThresholdEscalatesUnlessTheShopGivesItsEquivalent() {
        Verdict damaged = verdict(Status.DELAYED, ExceptionType.DAMAGED, 0);
        assertThat(EscalationPolicy.defaults().reasons(shipment(Money.of("EUR", "20")), damaged))
                .containsExactly(EscalationReason.UNKNOWN_VALUE_LOSS);
        assertThat(EscalationPolicy.builder().threshold(Money.of("EUR", "90")).build()
                .reasons(shipment(Money.of("EUR", "20")), damaged)).isEmpty();
    }

    @Test
    void moreThanTenDaysLateOrASecondReportGoesToAPerson() {
        EscalationPolicy policy = EscalationPolicy.defaults();
        Shipment reported = shipment(null).toBuilder()
                .report(CustomerReport.of(Instant.parse("2026-11-10T10:00:00Z"), ReportType.NOT_RECEIVED))
                .report(CustomerReport.of(Instant.parse("2026-11-12T10:00:00Z"), ReportType.NOT_RECEIVED)).build();

        assertThat(policy.reasons(shipment(null), verdict(Status.DELAYED, ExceptionType.NONE, 10))).isEmpty();
        assertThat(policy.reasons(shipment(null), verdict(Status.DELAYED, ExceptionType.NONE, 11)))
                .containsExactly(EscalationReason.VERY_LATE);
        assertThat(policy.reasons(reported, verdict(Status.ON_TRACK, ExceptionType.NONE, 0)))
                .containsExactly(EscalationReason.REPEATED_REPORTS);
        assertThat(policy.toBuilder().maxDaysLate(20).build()
                .reasons(shipment(null), verdict(Status.DELAYED, ExceptionType.NONE, 11))).isEmpty();
    }
}
