package dev.waybill.delay;

import static dev.waybill.delay.Lanes.NOW;
import static dev.waybill.delay.Lanes.parcel;
import static dev.waybill.shipment.EventCode.ARRIVED_DESTINATION;
import static dev.waybill.shipment.EventCode.AVAILABLE_FOR_PICKUP;
import static dev.waybill.shipment.EventCode.DAMAGED;
import static dev.waybill.shipment.EventCode.DELIVERED;
import static dev.waybill.shipment.EventCode.DELIVERY_FAILED;
import static dev.waybill.shipment.EventCode.DEPARTED_ORIGIN;
import static dev.waybill.shipment.EventCode.EXPORT_CLEARED;
import static dev.waybill.shipment.EventCode.IMPORT_CLEARED;
import static dev.waybill.shipment.EventCode.IMPORT_HELD;
import static dev.waybill.shipment.EventCode.LABEL_CREATED;
import static dev.waybill.shipment.EventCode.LOST;
import static dev.waybill.shipment.EventCode.OUT_FOR_DELIVERY;
import static dev.waybill.shipment.EventCode.PICKED_UP;
import static dev.waybill.shipment.EventCode.RETURN_TO_SENDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.liability.Party;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CarrierStatus.Progress;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each verdict rule applied alone to the facts of one shipment, against {@link Lanes#CN_US} at
 * now = 2026-11-20T12:00Z: whether it fires, what it decides and the line it adds.
 */
class VerdictRuleTest {

    private static Facts facts(Shipment shipment) {
        return Facts.of(shipment, Lanes.CN_US, PeakCalendar.NONE, List.of(),
                VerdictEngine.DEFAULT_ESCALATE_AFTER_REPORTS, NOW, ZoneOffset.UTC);
    }

    private static List<String> lines(Findings findings) {
        List<String> lines = new ArrayList<>();
        for (Supplier<String> line : findings.why) {
            lines.add(line.get());
        }
        return lines;
    }

    private static Lanes.ParcelBuilder inLinehaul() {
        return parcel()
                .event("2026-11-17T02:00:00Z", PICKED_UP)
                .event("2026-11-18T02:00:00Z", EXPORT_CLEARED)
                .event("2026-11-19T02:00:00Z", DEPARTED_ORIGIN);
    }

    private static Lanes.ParcelBuilder cleared() {
        return parcel()
                .event("2026-11-12T02:00:00Z", PICKED_UP)
                .event("2026-11-13T02:00:00Z", EXPORT_CLEARED)
                .event("2026-11-14T02:00:00Z", DEPARTED_ORIGIN)
                .event("2026-11-16T02:00:00Z", ARRIVED_DESTINATION)
                .event("2026-11-19T09:00:00-05:00", IMPORT_CLEARED);
    }

    @Test
    void theRulesApplyInTheOrderOfPrecedence() {
        assertThat(VerdictRule.IN_ORDER).containsExactly(VerdictRule.CONTEXT, VerdictRule.LOSS_DECLARED,
                VerdictRule.RETURN_TO_SENDER, VerdictRule.DELIVERED, VerdictRule.TRACKING_EXPIRED,
                VerdictRule.NOT_PICKED_UP, VerdictRule.LABEL_LOST, VerdictRule.LOSS_PRESUMED, VerdictRule.DAMAGED,
                VerdictRule.CUSTOMS_HOLD, VerdictRule.DELIVERY_FAILED, VerdictRule.AWAITING_PICKUP,
                VerdictRule.STALLED, VerdictRule.ETA, VerdictRule.STATUS, VerdictRule.ESCALATION);
        assertThat(VerdictRule.IN_ORDER).filteredOn(rule -> rule.always)
                .containsExactly(VerdictRule.CONTEXT, VerdictRule.ESCALATION);
    }

    @Test
    void contextNamesTheProfileTheStageAndTheSilence() {
        Findings findings = new Findings();

        assertThat(VerdictRule.CONTEXT.apply(facts(inLinehaul().build()), findings)).isTrue();

        assertThat(lines(findings)).hasSize(2);
        assertThat(lines(findings).get(0)).startsWith("judged against transit profile TEST-CN-US (default) for lane ");
        assertThat(lines(findings).get(1))
                .isEqualTo("stage LINEHAUL since 2026-11-18 (EXPORT_CLEARED); 1 whole day since the latest event");
        assertThat(findings.status).isNull();
    }

    @Test
    void lossDeclaredByTheCarrierIsLostWithoutATrace() {
        Findings findings = new Findings();

        assertThat(VerdictRule.LOSS_DECLARED.apply(facts(inLinehaul()
                .event("2026-11-19T10:00:00Z", LOST).build()), findings)).isTrue();

        assertThat(findings.status).isEqualTo(Status.LOST);
        assertThat(findings.cause).isEqualTo(Cause.CARRIER);
        assertThat(findings.actions).doesNotContain(Action.OPEN_CARRIER_TRACE).contains(Action.FILE_CLAIM);
        assertThat(lines(findings)).last().isEqualTo("the carrier declared the parcel lost on 2026-11-19: LOST");
    }

    @Test
    void lossDeclaredDoesNotFireWithoutADeclaration() {
        Findings findings = new Findings();

        assertThat(VerdictRule.LOSS_DECLARED.apply(facts(inLinehaul().build()), findings)).isFalse();

        assertThat(findings.status).isNull();
        assertThat(findings.why).isEmpty();
    }

    @Test
    void returnToSenderTakesTheCauseOfTheReasonGivenBefore() {
        Findings findings = new Findings();

        assertThat(VerdictRule.RETURN_TO_SENDER.apply(facts(cleared()
                .event("2026-11-19T20:00:00Z", DELIVERY_FAILED, Reason.ADDRESS)
                .event("2026-11-20T02:00:00Z", RETURN_TO_SENDER).build()), findings)).isTrue();

        assertThat(findings.status).isEqualTo(Status.RETURNING);
        assertThat(findings.exception).isEqualTo(ExceptionType.RETURN_TO_SENDER);
        assertThat(findings.cause).isEqualTo(Cause.ADDRESS);
        assertThat(findings.actions).contains(Action.CONFIRM_ADDRESS, Action.RESHIP_OR_REFUND);
        assertThat(lines(findings)).containsExactly("returning to the sender since 2026-11-20, cause ADDRESS: RETURNING");
    }

    @Test
    void deliveredLateThenReportedNotReceivedIsAClaimOnTheLastMile() {
        Findings findings = new Findings();

        assertThat(VerdictRule.DELIVERED.apply(facts(cleared().promisedBy("2026-11-18")
                .event("2026-11-20T08:00:00Z", DELIVERED)
                .report("2026-11-20T10:00:00Z", ReportType.NOT_RECEIVED).build()), findings)).isTrue();

        assertThat(findings.status).isEqualTo(Status.DELIVERED_LATE);
        assertThat(findings.daysLate).isEqualTo(2);
        assertThat(findings.exception).isEqualTo(ExceptionType.NOT_RECEIVED);
        assertThat(lines(findings)).containsExactly(
                "delivered on 2026-11-20, promised by 2026-11-18: 2 days late: DELIVERED_LATE",
                "the buyer reports non-receipt after the delivery scan: NOT_RECEIVED");
    }

    @Test
    void trackingExpiredOnTheWayIsLostFromTheStageLastSeen() {
        Findings findings = new Findings();

        assertThat(VerdictRule.TRACKING_EXPIRED.apply(facts(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                .event("2026-11-16T02:00:00Z", DEPARTED_ORIGIN)
                .carrierStatus(CarrierStatus.of(Progress.EXPIRED, null, "AfterShip tag 'Expired'")).build()),
                findings)).isTrue();

        assertThat(findings.status).isEqualTo(Status.LOST);
        assertThat(findings.recoverFrom).isEqualTo(Party.LINEHAUL_CARRIER);
        assertThat(findings.actions).contains(Action.OPEN_CARRIER_TRACE);
        assertThat(lines(findings)).last().isEqualTo("the carrier stopped tracking a parcel still on its way: LOST");
    }

    @Test
    void notPickedUpOpensTheExceptionAndLeavesTheStatusOpen() {
        Findings findings = new Findings();

        assertThat(VerdictRule.NOT_PICKED_UP.apply(facts(parcel()
                .event("2026-11-15T00:00:00Z", LABEL_CREATED).build()), findings)).isTrue();

        assertThat(findings.exception).isEqualTo(ExceptionType.NOT_PICKED_UP);
        assertThat(findings.status).isNull();
        assertThat(findings.actions).contains(Action.OPEN_CARRIER_TRACE);
        assertThat(lines(findings)).containsExactly("only a label for 5 days, beyond the pickup allowance of 3: NOT_PICKED_UP");
    }

    @Test
    void notPickedUpWaitsOutTheAllowance() {
        Findings findings = new Findings();

        assertThat(VerdictRule.NOT_PICKED_UP.apply(facts(parcel()
                .event("2026-11-19T00:00:00Z", LABEL_CREATED).build()), findings)).isFalse();

        assertThat(findings.exception).isEqualTo(ExceptionType.NONE);
    }

    @Test
    void aLabelNotPickedUpPastTheLossThresholdIsLost() {
        Findings findings = new Findings();
        findings.exception = ExceptionType.NOT_PICKED_UP;

        assertThat(VerdictRule.LABEL_LOST.apply(facts(parcel()
                .event("2026-10-25T00:00:00Z", LABEL_CREATED).build()), findings)).isTrue();

        assertThat(findings.status).isEqualTo(Status.LOST);
        assertThat(lines(findings)).last()
                .isEqualTo("only a label for 26 days since 2026-10-25, beyond the loss threshold of 20: LOST");
    }

    @Test
    void labelLostNeedsANotPickedUpFinding() {
        Findings findings = new Findings();

        assertThat(VerdictRule.LABEL_LOST.apply(facts(parcel()
                .event("2026-10-25T00:00:00Z", LABEL_CREATED).build()), findings)).isFalse();
    }

    @Test
    void silencePastTheLossThresholdPresumesALoss() {
        Findings findings = new Findings();

        assertThat(VerdictRule.LOSS_PRESUMED.apply(facts(parcel()
                .event("2026-10-25T00:00:00Z", PICKED_UP).build()), findings)).isTrue();

        assertThat(findings.status).isEqualTo(Status.LOST);
        assertThat(findings.recoverFrom).isEqualTo(Party.FIRST_MILE_CARRIER);
        assertThat(findings.actions).contains(Action.OPEN_CARRIER_TRACE);
        assertThat(lines(findings)).last().isEqualTo(
                "silent 26 days in FIRST_MILE, beyond the loss threshold of 20 (test: 20 silent days): LOST");
    }

    @Test
    void noLossIsPresumedWhileTheParcelMovesNormally() {
        Findings findings = new Findings();

        assertThat(VerdictRule.LOSS_PRESUMED.apply(facts(inLinehaul().build()), findings)).isFalse();
    }

    @Test
    void damageReportedOnTheWayIsRecoveredFromTheStageItHappenedIn() {
        Findings findings = new Findings();

        assertThat(VerdictRule.DAMAGED.apply(facts(parcel().event("2026-11-17T02:00:00Z", PICKED_UP)
                .event("2026-11-18T02:00:00Z", DAMAGED).build()), findings)).isTrue();

        assertThat(findings.exception).isEqualTo(ExceptionType.DAMAGED);
        assertThat(findings.cause).isEqualTo(Cause.CARRIER);
        assertThat(findings.actions).contains(Action.FILE_CLAIM);
        assertThat(lines(findings)).containsExactly("the carrier reported damage on 2026-11-18: DAMAGED");
    }

    @Test
    void anExceptionRuleDoesNotFireWhenAnExceptionIsAlreadyOpen() {
        Findings findings = new Findings();
        findings.exception = ExceptionType.NOT_PICKED_UP;

        assertThat(VerdictRule.DAMAGED.apply(facts(parcel().event("2026-11-17T02:00:00Z", PICKED_UP)
                .event("2026-11-18T02:00:00Z", DAMAGED).build()), findings)).isFalse();

        assertThat(findings.exception).isEqualTo(ExceptionType.NOT_PICKED_UP);
        assertThat(findings.why).isEmpty();
    }

    @Test
    void aCustomsHoldForDocumentsAsksForThem() {
        Findings findings = new Findings();

        assertThat(VerdictRule.CUSTOMS_HOLD.apply(facts(parcel()
                .event("2026-11-12T02:00:00Z", PICKED_UP)
                .event("2026-11-13T02:00:00Z", EXPORT_CLEARED)
                .event("2026-11-14T02:00:00Z", DEPARTED_ORIGIN)
                .event("2026-11-16T02:00:00Z", ARRIVED_DESTINATION)
                .event("2026-11-19T02:00:00Z", IMPORT_HELD, Reason.DOCUMENTS).build()), findings)).isTrue();

        assertThat(findings.exception).isEqualTo(ExceptionType.CUSTOMS_HOLD);
        assertThat(findings.cause).isEqualTo(Cause.CUSTOMS);
        assertThat(findings.actions).contains(Action.REQUEST_DOCUMENTS);
        assertThat(lines(findings)).containsExactly("destination customs hold since 2026-11-19 (DOCUMENTS): CUSTOMS_HOLD");
    }

    @Test
    void aDeliveryFailedForTheAddressAsksToConfirmIt() {
        Findings findings = new Findings();

        assertThat(VerdictRule.DELIVERY_FAILED.apply(facts(cleared()
                .event("2026-11-20T06:00:00Z", OUT_FOR_DELIVERY)
                .event("2026-11-20T08:00:00Z", DELIVERY_FAILED, Reason.ADDRESS).build()), findings)).isTrue();

        assertThat(findings.exception).isEqualTo(ExceptionType.DELIVERY_FAILED);
        assertThat(findings.cause).isEqualTo(Cause.ADDRESS);
        assertThat(findings.actions).contains(Action.CONFIRM_ADDRESS);
        assertThat(lines(findings)).containsExactly("a delivery attempt failed on 2026-11-20 (ADDRESS): DELIVERY_FAILED");
    }

    @Test
    void aParcelAtAPickupPointWaitsOnTheRecipient() {
        Findings findings = new Findings();

        assertThat(VerdictRule.AWAITING_PICKUP.apply(facts(cleared()
                .event("2026-11-20T08:00:00Z", AVAILABLE_FOR_PICKUP).build()), findings)).isTrue();

        assertThat(findings.exception).isEqualTo(ExceptionType.AWAITING_PICKUP);
        assertThat(findings.cause).isEqualTo(Cause.RECIPIENT);
        assertThat(lines(findings)).containsExactly("waiting at a pickup point since 2026-11-20: AWAITING_PICKUP");
    }

    @Test
    void silenceLongerThanTheStageAllowsIsAStall() {
        Findings findings = new Findings();

        assertThat(VerdictRule.STALLED.apply(facts(parcel()
                .event("2026-11-12T02:00:00Z", PICKED_UP)
                .event("2026-11-13T02:00:00Z", EXPORT_CLEARED)
                .event("2026-11-14T02:00:00Z", DEPARTED_ORIGIN).build()), findings)).isTrue();

        assertThat(findings.exception).isEqualTo(ExceptionType.STALLED);
        assertThat(findings.cause).isEqualTo(Cause.CARRIER);
        assertThat(findings.actions).contains(Action.OPEN_CARRIER_TRACE);
        assertThat(lines(findings)).containsExactly("silent 6 days in LINEHAUL, longer than its normal 4: STALLED");
    }

    @Test
    void aNormalSilenceIsNoStall() {
        Findings findings = new Findings();

        assertThat(VerdictRule.STALLED.apply(facts(inLinehaul().build()), findings)).isFalse();
    }

    @Test
    void theEtaComesFromTheRemainingStages() {
        Findings findings = new Findings();

        assertThat(VerdictRule.ETA.apply(facts(inLinehaul().build()), findings)).isTrue();

        assertThat(findings.eta).isNotNull();
        assertThat(findings.daysLate).isZero();
        assertThat(lines(findings)).singleElement().asString().startsWith("ETA ").endsWith(" from the remaining stages");
        assertThat(findings.status).isNull();
    }

    @Test
    void aPassedPromiseIsDelayedAndEarnsCompensation() {
        Facts facts = facts(inLinehaul().promisedBy("2026-11-19").build());
        Findings findings = new Findings();
        VerdictRule.ETA.apply(facts, findings);
        findings.why.clear();

        assertThat(VerdictRule.STATUS.apply(facts, findings)).isTrue();

        assertThat(findings.status).isEqualTo(Status.DELAYED);
        assertThat(findings.actions).contains(Action.NOTIFY_CUSTOMER, Action.OFFER_COMPENSATION);
        assertThat(lines(findings)).containsExactly("not delivered and the promise of 2026-11-19 has passed: DELAYED");
    }

    @Test
    void aParcelWithinItsWindowIsOnTrackWithoutALine() {
        Facts facts = facts(inLinehaul().build());
        Findings findings = new Findings();
        VerdictRule.ETA.apply(facts, findings);
        findings.why.clear();

        VerdictRule.STATUS.apply(facts, findings);

        assertThat(findings.status).isEqualTo(Status.ON_TRACK);
        assertThat(findings.cause).isEqualTo(Cause.NONE);
        assertThat(findings.why).isEmpty();
    }

    @Test
    void aBuyerWhoReportedTwiceIsHandedToAPerson() {
        Findings findings = new Findings();

        assertThat(VerdictRule.ESCALATION.apply(facts(inLinehaul()
                .report("2026-11-19T10:00:00Z", ReportType.NOT_RECEIVED)
                .report("2026-11-20T10:00:00Z", ReportType.NOT_RECEIVED).build()), findings)).isTrue();

        assertThat(findings.actions).containsExactly(Action.ESCALATE_TO_AGENT);
        assertThat(lines(findings)).containsExactly("the buyer reported 2 times: hand over to a person");
    }

    @Test
    void oneReportIsNoEscalation() {
        Findings findings = new Findings();

        assertThat(VerdictRule.ESCALATION.apply(facts(inLinehaul()
                .report("2026-11-19T10:00:00Z", ReportType.NOT_RECEIVED).build()), findings)).isFalse();
    }
}
