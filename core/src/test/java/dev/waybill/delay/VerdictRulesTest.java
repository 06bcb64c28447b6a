package dev.waybill.delay;

import static dev.waybill.delay.Lanes.assess;
import static dev.waybill.delay.Lanes.parcel;
import static dev.waybill.shipment.EventCode.ARRIVED_DESTINATION;
import static dev.waybill.shipment.EventCode.AVAILABLE_FOR_PICKUP;
import static dev.waybill.shipment.EventCode.DAMAGED;
import static dev.waybill.shipment.EventCode.DELIVERED;
import static dev.waybill.shipment.EventCode.DELIVERY_FAILED;
import static dev.waybill.shipment.EventCode.DEPARTED_ORIGIN;
import static dev.waybill.shipment.EventCode.EXPORT_CLEARED;
import static dev.waybill.shipment.EventCode.EXPORT_HELD;
import static dev.waybill.shipment.EventCode.HUB_SCAN;
import static dev.waybill.shipment.EventCode.IMPORT_CLEARED;
import static dev.waybill.shipment.EventCode.IMPORT_HELD;
import static dev.waybill.shipment.EventCode.LABEL_CREATED;
import static dev.waybill.shipment.EventCode.LOST;
import static dev.waybill.shipment.EventCode.OUT_FOR_DELIVERY;
import static dev.waybill.shipment.EventCode.PICKED_UP;
import static dev.waybill.shipment.EventCode.RETURN_TO_SENDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.liability.Evidence;
import dev.waybill.liability.Party;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Stage;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per verdict rule, against the hand-checkable {@link Lanes#CN_US} profile and
 * now = 2026-11-20T12:00Z (today 2026-11-20).
 */
class VerdictRulesTest {

    /** Picked up 17 Nov, cleared export 18 Nov, departed 19 Nov: in linehaul, 1.4 days in. */
    private static Lanes.ParcelBuilder inLinehaul() {
        return parcel()
                .event("2026-11-17T02:00:00Z", PICKED_UP)
                .event("2026-11-18T02:00:00Z", EXPORT_CLEARED)
                .event("2026-11-19T02:00:00Z", DEPARTED_ORIGIN);
    }

    /** Cleared import 19 Nov: in the destination, ready for the last mile. */
    private static Lanes.ParcelBuilder cleared() {
        return parcel()
                .event("2026-11-12T02:00:00Z", PICKED_UP)
                .event("2026-11-13T02:00:00Z", EXPORT_CLEARED)
                .event("2026-11-14T02:00:00Z", DEPARTED_ORIGIN)
                .event("2026-11-16T02:00:00Z", ARRIVED_DESTINATION)
                .event("2026-11-19T09:00:00-05:00", IMPORT_CLEARED);
    }

    @Nested
    class OnTrack {
        @Test
        void parcelMovingWithinNormalTimesIsOnTrackAndAsksForNothing() {
            Verdict verdict = assess(inLinehaul().promisedBy("2026-12-01").build());

            assertThat(verdict.status()).isEqualTo(Status.ON_TRACK);
            assertThat(verdict.stage()).isEqualTo(Stage.LINEHAUL);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
            assertThat(verdict.cause()).isEqualTo(Cause.NONE);
            assertThat(verdict.actions()).isEmpty();
            assertThat(verdict.recoverFrom()).isEqualTo(Party.NONE);
            assertThat(verdict.evidence()).isEmpty();
            assertThat(verdict.daysLate()).isZero();
            assertThat(verdict.silentDays()).isEqualTo(1);
        }

        @Test
        void etaAddsTheRemainingStagesToTheCurrentOnesRemainder() {
            // linehaul since export clearance, 2.4 of p10/p50/p90 1/3/6 days done; then import 0.5/1/3, last mile 1/2/4
            Verdict verdict = assess(inLinehaul().build());

            assertThat(verdict.eta()).contains(Eta.of(LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-24"),
                    LocalDate.parse("2026-12-01")));
        }
    }

    @Nested
    class Delivered {
        @Test
        void deliveredByThePromiseIsDelivered() {
            Verdict verdict = assess(cleared().promisedBy("2026-11-20")
                    .event("2026-11-20T10:00:00-05:00", DELIVERED).build());

            assertThat(verdict.status()).isEqualTo(Status.DELIVERED);
            assertThat(verdict.stage()).isEqualTo(Stage.DELIVERED);
            assertThat(verdict.daysLate()).isZero();
            assertThat(verdict.eta()).isEmpty();
            assertThat(verdict.actions()).isEmpty();
            assertThat(verdict.cause()).isEqualTo(Cause.NONE);
        }

        @Test
        void deliveredAfterThePromiseIsDeliveredLateByTheDaysPastItAndAsksForFollowUp() {
            Verdict verdict = assess(cleared().promisedBy("2026-11-17")
                    .event("2026-11-20T10:00:00-05:00", DELIVERED).build());

            assertThat(verdict.status()).isEqualTo(Status.DELIVERED_LATE);
            assertThat(verdict.daysLate()).isEqualTo(3);
            assertThat(verdict.actions()).containsExactly(Action.FOLLOW_UP);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
        }

        @Test
        void deliveryDateIsTheCarriersLocalDateNotTheUtcDate() {
            // 23:30 in New York on the 19th is already the 20th in UTC
            Verdict verdict = assess(cleared().promisedBy("2026-11-19")
                    .event("2026-11-19T23:30:00-05:00", DELIVERED).build());

            assertThat(verdict.status()).isEqualTo(Status.DELIVERED);
            assertThat(verdict.daysLate()).isZero();
        }

        @Test
        void deliveredWithoutAPromiseIsNeverLate() {
            Verdict verdict = assess(cleared().event("2026-11-20T10:00:00-05:00", DELIVERED).build());

            assertThat(verdict.status()).isEqualTo(Status.DELIVERED);
            assertThat(verdict.daysLate()).isZero();
        }

        @Test
        void aLaterScanNeverTakesADeliveredParcelBackOnTheRoad() {
            Verdict verdict = assess(cleared().event("2026-11-19T10:00:00-05:00", DELIVERED)
                    .event("2026-11-19T12:00:00-05:00", OUT_FOR_DELIVERY).build());

            assertThat(verdict.stage()).isEqualTo(Stage.DELIVERED);
            assertThat(verdict.status()).isEqualTo(Status.DELIVERED);
        }
    }

    @Nested
    class NotPickedUp {
        @Test
        void onlyALabelPastThePickupAllowanceIsNotPickedUp() {
            Verdict verdict = assess(parcel().event("2026-11-15T12:00:00Z", LABEL_CREATED).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.NOT_PICKED_UP);
            assertThat(verdict.stage()).isEqualTo(Stage.LABEL_CREATED);
            assertThat(verdict.status()).isEqualTo(Status.AT_RISK);
            assertThat(verdict.cause()).isEqualTo(Cause.CARRIER);
            assertThat(verdict.actions()).containsExactly(Action.NOTIFY_CUSTOMER, Action.OPEN_CARRIER_TRACE);
            assertThat(verdict.recoverFrom()).isEqualTo(Party.NONE);
        }

        @Test
        void aLabelWithinThePickupAllowanceIsOnTrack() {
            Verdict verdict = assess(parcel().event("2026-11-18T12:00:00Z", LABEL_CREATED).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
            assertThat(verdict.status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void aHandOverTheCarrierNeverScannedIsNotPickedUp() {
            Verdict verdict = assess(parcel().shippedAt("2026-11-10T08:00:00+08:00").build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.NOT_PICKED_UP);
        }

        @Test
        void aPickupScanEndsIt() {
            Verdict verdict = assess(parcel().event("2026-11-15T12:00:00Z", LABEL_CREATED)
                    .event("2026-11-19T12:00:00Z", PICKED_UP).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
            assertThat(verdict.stage()).isEqualTo(Stage.FIRST_MILE);
        }
    }

    @Nested
    class CustomsHolds {
        @Test
        void aHoldAtOriginCustomsIsAnExportHoldCausedByCustoms() {
            Verdict verdict = assess(parcel().event("2026-11-17T02:00:00Z", PICKED_UP)
                    .event("2026-11-18T02:00:00Z", EXPORT_HELD, Reason.INSPECTION).build());

            assertThat(verdict.stage()).isEqualTo(Stage.EXPORT_CUSTOMS);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.EXPORT_HOLD);
            assertThat(verdict.cause()).isEqualTo(Cause.CUSTOMS);
            assertThat(verdict.status()).isEqualTo(Status.AT_RISK);
            assertThat(verdict.actions()).contains(Action.NOTIFY_CUSTOMER).doesNotContain(Action.REQUEST_DOCUMENTS);
        }

        @Test
        void aHoldAtDestinationForDocumentsIsACustomsHoldThatRequestsDocuments() {
            Verdict verdict = assess(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                    .event("2026-11-14T02:00:00Z", DEPARTED_ORIGIN)
                    .event("2026-11-16T02:00:00Z", ARRIVED_DESTINATION)
                    .event("2026-11-18T02:00:00Z", IMPORT_HELD, Reason.DOCUMENTS).build());

            assertThat(verdict.stage()).isEqualTo(Stage.IMPORT_CUSTOMS);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.CUSTOMS_HOLD);
            assertThat(verdict.cause()).isEqualTo(Cause.CUSTOMS);
            assertThat(verdict.actions()).startsWith(Action.NOTIFY_CUSTOMER).contains(Action.REQUEST_DOCUMENTS);
        }

        @Test
        void aHoldWithoutAReasonIsStillCausedByCustoms() {
            Verdict verdict = assess(parcel().event("2026-11-16T02:00:00Z", ARRIVED_DESTINATION)
                    .event("2026-11-18T02:00:00Z", IMPORT_HELD).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.CUSTOMS_HOLD);
            assertThat(verdict.cause()).isEqualTo(Cause.CUSTOMS);
        }

        @Test
        void clearanceAfterTheHoldClosesIt() {
            Verdict verdict = assess(parcel().event("2026-11-16T02:00:00Z", ARRIVED_DESTINATION)
                    .event("2026-11-17T02:00:00Z", IMPORT_HELD, Reason.DUTIES)
                    .event("2026-11-19T02:00:00Z", IMPORT_CLEARED).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
        }
    }

    @Nested
    class LastMile {
        @Test
        void aFailedAttemptForTheAddressAsksToConfirmIt() {
            Verdict verdict = assess(cleared().event("2026-11-20T09:00:00-05:00", OUT_FOR_DELIVERY)
                    .event("2026-11-20T14:00:00-05:00", DELIVERY_FAILED, Reason.ADDRESS).build());

            assertThat(verdict.stage()).isEqualTo(Stage.LAST_MILE);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.DELIVERY_FAILED);
            assertThat(verdict.cause()).isEqualTo(Cause.ADDRESS);
            assertThat(verdict.actions()).containsSubsequence(Action.NOTIFY_CUSTOMER, Action.CONFIRM_ADDRESS);
        }

        @Test
        void aFailedAttemptWithNobodyHomeIsCausedByTheRecipient() {
            Verdict verdict = assess(cleared().event("2026-11-20T14:00:00-05:00", DELIVERY_FAILED,
                    Reason.RECIPIENT_ABSENT).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.DELIVERY_FAILED);
            assertThat(verdict.cause()).isEqualTo(Cause.RECIPIENT);
            assertThat(verdict.actions()).doesNotContain(Action.CONFIRM_ADDRESS);
        }

        @Test
        void aNewAttemptAfterAFailureClosesIt() {
            Verdict verdict = assess(cleared().event("2026-11-19T14:00:00-05:00", DELIVERY_FAILED, Reason.ADDRESS)
                    .event("2026-11-20T09:00:00-05:00", OUT_FOR_DELIVERY).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
            assertThat(verdict.eta().orElseThrow().likely()).isEqualTo(LocalDate.parse("2026-11-20"));
        }

        @Test
        void aParcelWaitingAtAPickupPointIsAwaitingPickup() {
            Verdict verdict = assess(cleared().event("2026-11-20T09:00:00-05:00", AVAILABLE_FOR_PICKUP).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.AWAITING_PICKUP);
            assertThat(verdict.cause()).isEqualTo(Cause.RECIPIENT);
            assertThat(verdict.actions()).contains(Action.NOTIFY_CUSTOMER);
        }
    }

    @Nested
    class Silence {
        @Test
        void silenceLongerThanTheStageAllowsIsAStallBlamedOnTheCarrier() {
            // linehaul allows 4 silent days; 6 have passed
            Verdict verdict = assess(parcel().event("2026-11-13T12:00:00Z", PICKED_UP)
                    .event("2026-11-14T12:00:00Z", DEPARTED_ORIGIN).build());

            assertThat(verdict.silentDays()).isEqualTo(6);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.STALLED);
            assertThat(verdict.cause()).isEqualTo(Cause.CARRIER);
            assertThat(verdict.status()).isEqualTo(Status.AT_RISK);
            assertThat(verdict.actions()).contains(Action.NOTIFY_CUSTOMER, Action.OPEN_CARRIER_TRACE);
            assertThat(verdict.recoverFrom()).isEqualTo(Party.NONE);
        }

        @Test
        void silenceUpToTheStagesMaximumIsNormal() {
            Verdict verdict = assess(parcel().event("2026-11-15T12:00:00Z", PICKED_UP)
                    .event("2026-11-16T12:00:00Z", DEPARTED_ORIGIN).build());

            assertThat(verdict.silentDays()).isEqualTo(4);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
        }

        @Test
        void silenceBeyondTheLossThresholdIsALossRecoveredFromTheLinehaulCarrier() {
            Verdict verdict = assess(parcel().event("2026-10-29T12:00:00Z", PICKED_UP)
                    .event("2026-10-30T12:00:00Z", DEPARTED_ORIGIN).build());

            assertThat(verdict.silentDays()).isEqualTo(21);
            assertThat(verdict.status()).isEqualTo(Status.LOST);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.LOST);
            assertThat(verdict.stage()).isEqualTo(Stage.LINEHAUL);
            assertThat(verdict.recoverFrom()).isEqualTo(Party.LINEHAUL_CARRIER);
            assertThat(verdict.evidence()).containsExactly(Evidence.TRANSPORT_DOCUMENT, Evidence.HANDOVER_SCAN);
            assertThat(verdict.actions()).contains(Action.NOTIFY_CUSTOMER, Action.FILE_CLAIM, Action.RESHIP_OR_REFUND);
            assertThat(verdict.eta()).isEmpty();
            assertThat(verdict.cause()).isEqualTo(Cause.CARRIER);
        }

        @Test
        void silenceOfExactlyTheThresholdIsNotYetALoss() {
            Verdict verdict = assess(parcel().event("2026-10-31T12:00:00Z", DEPARTED_ORIGIN).build());

            assertThat(verdict.silentDays()).isEqualTo(20);
            assertThat(verdict.status()).isNotEqualTo(Status.LOST);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.STALLED);
        }

        @ParameterizedTest(name = "lost in {0} is recovered from {1}")
        @MethodSource("dev.waybill.delay.VerdictRulesTest#lastSeen")
        void aLossIsRecoveredFromThePartyOfTheStageWhereTheParcelWasLastSeen(Stage stage, Party party,
                                                                            Lanes.ParcelBuilder parcel) {
            Verdict verdict = assess(parcel.build());

            assertThat(verdict.status()).isEqualTo(Status.LOST);
            assertThat(verdict.stage()).isEqualTo(stage);
            assertThat(verdict.recoverFrom()).isEqualTo(party);
            assertThat(verdict.evidence()).isNotEmpty();
        }

        @Test
        void lateDaysOfALostParcelCountToToday() {
            Verdict verdict = assess(parcel().promisedBy("2026-11-15")
                    .event("2026-10-30T12:00:00Z", DEPARTED_ORIGIN).build());

            assertThat(verdict.daysLate()).isEqualTo(5);
        }
    }

    static Stream<Arguments> lastSeen() {
        return Stream.of(
                Arguments.of(Stage.FIRST_MILE, Party.FIRST_MILE_CARRIER,
                        parcel().event("2026-10-20T12:00:00Z", PICKED_UP)),
                Arguments.of(Stage.EXPORT_CUSTOMS, Party.EXPORT_BROKER,
                        parcel().event("2026-10-20T12:00:00Z", EXPORT_HELD)),
                Arguments.of(Stage.LINEHAUL, Party.LINEHAUL_CARRIER,
                        parcel().event("2026-10-20T12:00:00Z", DEPARTED_ORIGIN)),
                Arguments.of(Stage.IMPORT_CUSTOMS, Party.IMPORT_BROKER,
                        parcel().event("2026-10-20T12:00:00Z", IMPORT_HELD)),
                Arguments.of(Stage.LAST_MILE, Party.LAST_MILE_CARRIER,
                        parcel().event("2026-10-20T12:00:00Z", IMPORT_CLEARED)),
                Arguments.of(Stage.LAST_MILE, Party.LAST_MILE_CARRIER,
                        parcel().event("2026-10-20T12:00:00Z", OUT_FOR_DELIVERY)));
    }

    @Nested
    class CarrierDeclarations {
        @Test
        void aLossDeclaredAfterImportClearanceIsRecoveredFromTheLastMileCarrier() {
            Verdict verdict = assess(cleared().event("2026-11-20T08:00:00-05:00", LOST).build());

            assertThat(verdict.status()).isEqualTo(Status.LOST);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.LOST);
            assertThat(verdict.stage()).isEqualTo(Stage.LAST_MILE);
            assertThat(verdict.recoverFrom()).isEqualTo(Party.LAST_MILE_CARRIER);
            assertThat(verdict.actions()).contains(Action.FILE_CLAIM).doesNotContain(Action.OPEN_CARRIER_TRACE);
            assertThat(verdict.cause()).isEqualTo(Cause.CARRIER);
        }

        @Test
        void aParcelScannedAgainAfterALossDeclarationIsNoLongerLost() {
            Verdict verdict = assess(cleared().event("2026-11-19T10:00:00-05:00", LOST)
                    .event("2026-11-20T06:00:00-05:00", HUB_SCAN).build());

            assertThat(verdict.status()).isNotEqualTo(Status.LOST);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
        }

        @Test
        void damageReportedByTheCarrierIsRecoveredFromThePartyOfThatStage() {
            Verdict verdict = assess(inLinehaul().event("2026-11-20T02:00:00Z", DAMAGED).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.DAMAGED);
            assertThat(verdict.recoverFrom()).isEqualTo(Party.LINEHAUL_CARRIER);
            assertThat(verdict.evidence()).startsWith(Evidence.PACKING_PHOTOS).contains(Evidence.TRANSPORT_DOCUMENT);
            assertThat(verdict.actions()).contains(Action.NOTIFY_CUSTOMER, Action.FILE_CLAIM);
            assertThat(verdict.status()).isEqualTo(Status.AT_RISK);
        }

        @Test
        void returnToSenderIsReturningWithoutAnEta() {
            Verdict verdict = assess(cleared().event("2026-11-19T14:00:00-05:00", DELIVERY_FAILED, Reason.ADDRESS)
                    .event("2026-11-20T10:00:00-05:00", RETURN_TO_SENDER).build());

            assertThat(verdict.status()).isEqualTo(Status.RETURNING);
            assertThat(verdict.stage()).isEqualTo(Stage.RETURN);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.RETURN_TO_SENDER);
            assertThat(verdict.cause()).isEqualTo(Cause.ADDRESS);
            assertThat(verdict.eta()).isEmpty();
            assertThat(verdict.actions()).contains(Action.NOTIFY_CUSTOMER, Action.CONFIRM_ADDRESS);
        }

        @Test
        void aReturningParcelStaysReturningWhenItIsDeliveredBackToTheSender() {
            Verdict verdict = assess(cleared().event("2026-11-19T10:00:00-05:00", RETURN_TO_SENDER)
                    .event("2026-11-20T10:00:00-05:00", DELIVERED).build());

            assertThat(verdict.status()).isEqualTo(Status.RETURNING);
        }
    }

    @Nested
    class BuyerReports {
        @Test
        void nonReceiptReportedAfterTheDeliveryScanIsNotReceived() {
            Verdict verdict = assess(cleared().event("2026-11-19T10:00:00-05:00", DELIVERED)
                    .report("2026-11-20T08:00:00-05:00", ReportType.NOT_RECEIVED).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.NOT_RECEIVED);
            assertThat(verdict.status()).isEqualTo(Status.DELIVERED);
            assertThat(verdict.recoverFrom()).isEqualTo(Party.LAST_MILE_CARRIER);
            assertThat(verdict.evidence()).containsExactly(Evidence.PROOF_OF_DELIVERY, Evidence.DELIVERY_SCAN);
            assertThat(verdict.actions()).contains(Action.NOTIFY_CUSTOMER, Action.OPEN_CARRIER_TRACE,
                    Action.RESHIP_OR_REFUND);
        }

        @Test
        void nonReceiptReportedBeforeTheDeliveryScanIsOnlyAnInquiry() {
            Verdict verdict = assess(cleared().report("2026-11-19T08:00:00-05:00", ReportType.NOT_RECEIVED)
                    .event("2026-11-19T10:00:00-05:00", DELIVERED).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
        }

        @Test
        void damageReportedByTheBuyerAfterDeliveryIsRecoveredFromTheLastMileCarrier() {
            Verdict verdict = assess(cleared().event("2026-11-19T10:00:00-05:00", DELIVERED)
                    .report("2026-11-20T08:00:00-05:00", ReportType.DAMAGED).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.DAMAGED);
            assertThat(verdict.recoverFrom()).isEqualTo(Party.LAST_MILE_CARRIER);
            assertThat(verdict.evidence()).contains(Evidence.PACKING_PHOTOS, Evidence.PROOF_OF_DELIVERY);
        }

        @Test
        void aWrongItemIsTheSellersOwnMatter() {
            Verdict verdict = assess(cleared().event("2026-11-19T10:00:00-05:00", DELIVERED)
                    .report("2026-11-20T08:00:00-05:00", ReportType.WRONG_ITEM).build());

            assertThat(verdict.recoverFrom()).isEqualTo(Party.SELLER);
            assertThat(verdict.actions()).contains(Action.RESHIP_OR_REFUND);
        }

        @Test
        void aBuyerWhoReportedMoreThanOnceIsHandedToAPersonFirst() {
            Verdict verdict = assess(inLinehaul().report("2026-11-19T08:00:00Z", ReportType.NOT_RECEIVED)
                    .report("2026-11-20T08:00:00Z", ReportType.NOT_RECEIVED).build());

            assertThat(verdict.actions()).startsWith(Action.ESCALATE_TO_AGENT);
        }

        @Test
        void aSingleReportIsNoReasonToEscalate() {
            Verdict verdict = assess(inLinehaul().report("2026-11-19T08:00:00Z", ReportType.NOT_RECEIVED).build());

            assertThat(verdict.actions()).doesNotContain(Action.ESCALATE_TO_AGENT);
        }
    }

    @Nested
    class PromiseAndLateness {
        @Test
        void likelyArrivalAfterThePromiseIsAtRisk() {
            // likely 2026-11-24 against a promise of the 23rd
            Verdict verdict = assess(inLinehaul().promisedBy("2026-11-23").build());

            assertThat(verdict.status()).isEqualTo(Status.AT_RISK);
            assertThat(verdict.daysLate()).isEqualTo(1);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
            assertThat(verdict.cause()).isEqualTo(Cause.UNKNOWN);
            assertThat(verdict.actions()).containsExactly(Action.NOTIFY_CUSTOMER, Action.SHARE_TRACKING);
        }

        @Test
        void aPassedPromiseIsDelayedAndEarnsCompensation() {
            Verdict verdict = assess(inLinehaul().promisedBy("2026-11-18").build());

            assertThat(verdict.status()).isEqualTo(Status.DELAYED);
            assertThat(verdict.daysLate()).isEqualTo(6);
            assertThat(verdict.actions()).contains(Action.NOTIFY_CUSTOMER, Action.OFFER_COMPENSATION);
        }

        @Test
        void withoutAPromiseAParcelPastTheLanesNormalWindowIsDelayed() {
            // picked up 25 Oct; the lane's p90 total is 19 days, so its window closed on 13 Nov
            Verdict verdict = assess(parcel()
                    .event("2026-10-25T12:00:00Z", PICKED_UP)
                    .event("2026-10-27T12:00:00Z", EXPORT_CLEARED)
                    .event("2026-10-28T12:00:00Z", DEPARTED_ORIGIN)
                    .event("2026-10-31T12:00:00Z", HUB_SCAN)
                    .event("2026-11-03T12:00:00Z", HUB_SCAN)
                    .event("2026-11-06T12:00:00Z", HUB_SCAN)
                    .event("2026-11-09T12:00:00Z", HUB_SCAN)
                    .event("2026-11-12T12:00:00Z", HUB_SCAN)
                    .event("2026-11-15T12:00:00Z", HUB_SCAN)
                    .event("2026-11-18T12:00:00Z", HUB_SCAN).build());

            assertThat(verdict.status()).isEqualTo(Status.DELAYED);
            assertThat(verdict.daysLate()).isZero();
            assertThat(verdict.cause()).isEqualTo(Cause.UNKNOWN);
        }

        @Test
        void aRoadParcelThirtyDaysPastItsPromiseIsPresumedLostUnderCmr() {
            Verdict verdict = assess(parcel(Lanes.DE, CountryCode.of("FR"), Mode.ROAD).promisedBy("2026-10-15")
                    .event("2026-10-12T08:00:00+02:00", PICKED_UP)
                    .event("2026-11-19T08:00:00+01:00", HUB_SCAN).build());

            assertThat(verdict.status()).isEqualTo(Status.LOST);
            assertThat(verdict.explanation()).anyMatch(line -> line.contains("30 days past the promised"));
        }
    }
}
