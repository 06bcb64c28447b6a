package dev.waybill.delay;

import static dev.waybill.delay.Lanes.assess;
import static dev.waybill.delay.Lanes.parcel;
import static dev.waybill.shipment.EventCode.DELIVERED;
import static dev.waybill.shipment.EventCode.DEPARTED_ORIGIN;
import static dev.waybill.shipment.EventCode.HUB_SCAN;
import static dev.waybill.shipment.EventCode.IMPORT_CLEARED;
import static dev.waybill.shipment.EventCode.IN_TRANSIT;
import static dev.waybill.shipment.EventCode.LABEL_CREATED;
import static dev.waybill.shipment.EventCode.PICKED_UP;
import static dev.waybill.shipment.EventCode.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.liability.Party;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CarrierStatus.Progress;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TextReading;
import dev.waybill.shipment.TrackingEvent;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules that make verdicts hold on what carriers really send: the shipment-level status beside
 * the events, scans that imply a pickup or an arrival, the label date, customs unions and events
 * read from text. Now is 2026-11-20T12:00Z on the {@link Lanes#CN_US} profile unless a lane says
 * otherwise.
 */
class RealCarrierDataRulesTest {

    private static CarrierStatus status(Progress progress, String at, String said) {
        return CarrierStatus.of(progress, at == null ? null : OffsetDateTime.parse(at), said);
    }

    @Nested
    class ShipmentLevelStatus {
        @Test
        void aDeliveredShipmentStatusBeyondAGenericLastEventIsDelivered() {
            Verdict verdict = assess(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                    .event("2026-11-14T02:00:00Z", IN_TRANSIT)
                    .carrierStatus(status(Progress.DELIVERED, "2026-11-18T10:00:00-05:00",
                            "EasyPost status 'delivered'")).build());

            assertThat(verdict.status()).isEqualTo(Status.DELIVERED);
            assertThat(verdict.stage()).isEqualTo(Stage.DELIVERED);
            assertThat(verdict.eta()).isEmpty();
            assertThat(verdict.explanation()).anyMatch(line -> line.contains("EasyPost status 'delivered'")
                    && line.contains("further along") && line.contains("taken as DELIVERED on 2026-11-18"));
        }

        @Test
        void aStatusBehindTheEventsLosesToThemAndTheExplanationSaysSo() {
            Verdict verdict = assess(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                    .event("2026-11-19T09:00:00-05:00", DELIVERED)
                    .carrierStatus(status(Progress.IN_TRANSIT, "2026-11-15T00:00:00Z", "DHL status 'transit'"))
                    .build());

            assertThat(verdict.status()).isEqualTo(Status.DELIVERED);
            assertThat(verdict.explanation()).noneMatch(line -> line.contains("further along"));
        }

        @Test
        void aStatusThatTheEventsAlreadyShowIsSaidToAgree() {
            Verdict verdict = assess(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                    .event("2026-11-19T09:00:00-05:00", DELIVERED)
                    .carrierStatus(status(Progress.DELIVERED, "2026-11-18T00:00:00Z", "DHL status 'delivered'"))
                    .build());

            assertThat(verdict.explanation()).anyMatch(line -> line.contains("DHL status 'delivered'")
                    && line.contains("agrees with its events"));
        }

        @Test
        void aReturnStatusMakesTheParcelReturning() {
            Verdict verdict = assess(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                    .event("2026-11-16T02:00:00Z", DEPARTED_ORIGIN)
                    .carrierStatus(status(Progress.RETURNING, "2026-11-19T00:00:00Z",
                            "AfterShip tag 'Exception' subtag 'Exception_010'")).build());

            assertThat(verdict.status()).isEqualTo(Status.RETURNING);
            assertThat(verdict.stage()).isEqualTo(Stage.RETURN);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.RETURN_TO_SENDER);
        }

        @Test
        void anExceptionStatusOlderThanTheLatestEventIsOvertakenByIt() {
            Verdict verdict = assess(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                    .event("2026-11-19T02:00:00Z", DEPARTED_ORIGIN)
                    .carrierStatus(status(Progress.DELIVERY_FAILED, "2026-11-15T00:00:00Z", "old failure"))
                    .build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
            assertThat(verdict.explanation()).anyMatch(line -> line.contains("old failure")
                    && line.contains("the events win"));
        }

        @Test
        void aCustomsHoldStatusOpensACustomsHold() {
            Verdict verdict = assess(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                    .event("2026-11-16T02:00:00Z", DEPARTED_ORIGIN)
                    .carrierStatus(status(Progress.CUSTOMS_HOLD, "2026-11-19T00:00:00Z", "17TRACK latest_status 'Exception'")
                            .withReason(Reason.DOCUMENTS)).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.CUSTOMS_HOLD);
            assertThat(verdict.stage()).isEqualTo(Stage.IMPORT_CUSTOMS);
            assertThat(verdict.actions()).contains(Action.REQUEST_DOCUMENTS);
        }

        @Test
        void anExpiredTrackerOfAParcelStillOnItsWayIsLostAndTraced() {
            Verdict verdict = assess(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                    .event("2026-11-16T02:00:00Z", DEPARTED_ORIGIN)
                    .carrierStatus(status(Progress.EXPIRED, null, "AfterShip tag 'Expired'")).build());

            assertThat(verdict.status()).isEqualTo(Status.LOST);
            assertThat(verdict.recoverFrom()).isEqualTo(Party.LINEHAUL_CARRIER);
            assertThat(verdict.actions()).contains(Action.OPEN_CARRIER_TRACE);
        }

        @Test
        void anExpiredTrackerOfADeliveredParcelStaysDelivered() {
            Verdict verdict = assess(parcel().event("2026-11-12T02:00:00Z", PICKED_UP)
                    .event("2026-11-18T02:00:00Z", DELIVERED)
                    .carrierStatus(status(Progress.EXPIRED, null, "AfterShip tag 'Expired'")).build());

            assertThat(verdict.status()).isEqualTo(Status.DELIVERED);
        }

        @Test
        void anUndatedInTransitStatusWithoutEventsMeansTheCarrierHasTheParcelNow() {
            Verdict verdict = assess(parcel().carrierStatus(status(Progress.IN_TRANSIT, null,
                    "17TRACK latest_status 'InTransit'")).build());

            assertThat(verdict.stage()).isEqualTo(Stage.FIRST_MILE);
            assertThat(verdict.status()).isEqualTo(Status.ON_TRACK);
            assertThat(verdict.explanation()).anyMatch(line -> line.contains("(the status is undated)"));
        }

        @Test
        void aPreTransitTrackerWithoutEventsIsJudgedFromItsLabelDate() {
            Verdict verdict = assess(parcel().carrierStatus(status(Progress.PRE_TRANSIT, "2026-11-10T00:00:00Z",
                    "EasyPost status 'pre_transit' (tracker created)")).build());

            assertThat(verdict.stage()).isEqualTo(Stage.LABEL_CREATED);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.NOT_PICKED_UP);
            assertThat(verdict.status()).isEqualTo(Status.AT_RISK);
        }
    }

    @Nested
    class LabelDate {
        @Test
        void aLabelThatNeverMovedIsLostPastTheLossThresholdCountedFromTheLabelAndStaysWithTheSeller() {
            Verdict verdict = assess(parcel().event("2026-10-25T00:00:00Z", LABEL_CREATED).build());

            assertThat(verdict.status()).isEqualTo(Status.LOST);
            assertThat(verdict.stage()).isEqualTo(Stage.LABEL_CREATED);
            assertThat(verdict.recoverFrom()).isEqualTo(Party.SELLER);
            assertThat(verdict.explanation()).anyMatch(line -> line.contains("only a label for 26 days since 2026-10-25"));
        }

        @Test
        void aLabelWithinTheLossThresholdIsOnlyNotPickedUp() {
            Verdict verdict = assess(parcel().event("2026-11-05T00:00:00Z", LABEL_CREATED).build());

            assertThat(verdict.exception()).isEqualTo(ExceptionType.NOT_PICKED_UP);
            assertThat(verdict.status()).isNotEqualTo(Status.LOST);
        }
    }

    @Nested
    class ScansImplyPickup {
        @Test
        void aHubScanAfterTheLabelMeansTheCarrierHasTheParcel() {
            Verdict verdict = assess(parcel().event("2026-11-18T00:00:00Z", LABEL_CREATED)
                    .event("2026-11-19T00:00:00Z", HUB_SCAN).build());

            assertThat(verdict.stage()).isEqualTo(Stage.FIRST_MILE);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
        }

        @Test
        void anUnreadEventDoesNotMoveTheStageButTheScansAroundItDo() {
            Verdict verdict = assess(parcel().event("2026-11-18T00:00:00Z", LABEL_CREATED)
                    .event("2026-11-18T06:00:00Z", UNKNOWN)
                    .event("2026-11-19T00:00:00Z", IN_TRANSIT).build());

            assertThat(verdict.stage()).isEqualTo(Stage.FIRST_MILE);
        }

        @Test
        void aScanInTheDestinationCountryMeansTheParcelArrivedThere() {
            Verdict verdict = assess(parcel().event("2026-11-15T00:00:00Z", PICKED_UP)
                    .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-19T00:00:00Z"), HUB_SCAN)
                            .country(CountryCode.of("US")).location("CINCINNATI HUB").build()).build());

            assertThat(verdict.stage()).isEqualTo(Stage.IMPORT_CUSTOMS);
        }

        @Test
        void aScanInTheDestinationsCustomsTerritoryMeansTheParcelArrivedThere() {
            // Leipzig clears imports for the whole EU: a CN -> PL parcel scanned in DE has arrived
            Verdict verdict = assess(parcel(CountryCode.of("CN"), CountryCode.of("PL"), Mode.AIR)
                    .event("2026-11-15T00:00:00Z", PICKED_UP)
                    .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-19T00:00:00Z"), HUB_SCAN)
                            .country(CountryCode.of("DE")).location("LEIPZIG - GERMANY").build()).build());

            assertThat(verdict.stage()).isEqualTo(Stage.IMPORT_CUSTOMS);
        }

        @Test
        void aScanInAThirdCountryOnTheWayMeansTheLinehaul() {
            Verdict verdict = assess(parcel(CountryCode.of("CN"), CountryCode.of("TW"), Mode.AIR)
                    .event("2026-11-15T00:00:00Z", PICKED_UP)
                    .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-19T00:00:00Z"), HUB_SCAN)
                            .country(CountryCode.of("IT")).location("MILAN - MALPENSA - ITALY").build()).build());

            assertThat(verdict.stage()).isEqualTo(Stage.LINEHAUL);
        }

        @Test
        void aScanInTheOriginCountryDoesNotMoveTheParcelAbroad() {
            Verdict verdict = assess(parcel().event("2026-11-18T00:00:00Z", PICKED_UP)
                    .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-19T00:00:00Z"), HUB_SCAN)
                            .country(CountryCode.of("CN")).build()).build());

            assertThat(verdict.stage()).isEqualTo(Stage.FIRST_MILE);
        }

        @Test
        void aLossAfterImportClearanceIsRecoveredFromTheLastMileCarrier() {
            Verdict verdict = assess(parcel().event("2026-10-20T00:00:00Z", PICKED_UP)
                    .event("2026-10-25T00:00:00Z", IMPORT_CLEARED).build());

            assertThat(verdict.status()).isEqualTo(Status.LOST);
            assertThat(verdict.stage()).isEqualTo(Stage.LAST_MILE);
            assertThat(verdict.recoverFrom()).isEqualTo(Party.LAST_MILE_CARRIER);
        }
    }

    @Nested
    class CustomsUnions {
        private final CountryCode de = CountryCode.of("DE");

        @Test
        void anIntraEuParcelHasNoCustomsStagesAndItsArrivalIsTheLastMile() {
            Verdict verdict = assess(parcel(de, CountryCode.of("FR"), Mode.ROAD)
                    .event("2026-11-18T08:00:00+01:00", PICKED_UP)
                    .event("2026-11-19T08:00:00+01:00", EventCode.IMPORT_HELD)
                    .event("2026-11-19T20:00:00+01:00", EventCode.ARRIVED_DESTINATION).build());

            assertThat(verdict.stage()).isEqualTo(Stage.LAST_MILE);
            assertThat(verdict.exception()).isNotEqualTo(ExceptionType.CUSTOMS_HOLD);
            assertThat(verdict.explanation()).anyMatch(line -> line.contains("share a customs territory"));
        }

        @Test
        void aParcelToASpecialFiscalTerritoryIsDeclared() {
            Verdict verdict = assess(parcel(CountryCode.of("FI"), CountryCode.of("AX"), Mode.ROAD)
                    .event("2026-11-18T08:00:00+02:00", PICKED_UP)
                    .event("2026-11-19T08:00:00+02:00", EventCode.IMPORT_HELD).build());

            assertThat(verdict.stage()).isEqualTo(Stage.IMPORT_CUSTOMS);
            assertThat(verdict.exception()).isEqualTo(ExceptionType.CUSTOMS_HOLD);
        }

        @Test
        void switzerlandAndLiechtensteinShareOneCustomsTerritory() {
            assertThat(dev.waybill.shipment.Lane.of(CountryCode.of("CH"), CountryCode.of("LI"), Mode.ROAD)
                    .crossesCustoms()).isFalse();
            assertThat(dev.waybill.shipment.Lane.of(CountryCode.of("CH"), de, Mode.ROAD)
                    .crossesCustoms()).isTrue();
            assertThat(dev.waybill.shipment.Lane.of(CountryCode.of("FR"), CountryCode.of("MC"), Mode.ROAD)
                    .crossesCustoms()).isFalse();
            assertThat(dev.waybill.shipment.Lane.of(CountryCode.of("RU"), CountryCode.of("KZ"), Mode.ROAD)
                    .crossesCustoms()).isFalse();
        }
    }

    @Nested
    class TextReadings {
        @Test
        void theExplanationShowsARuleAndCertaintyForAnEventReadFromText() {
            Verdict verdict = assess(parcel().event("2026-11-15T00:00:00Z", PICKED_UP)
                    .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-20T08:00:00Z"), EventCode.OUT_FOR_DELIVERY)
                            .detail("transit: In Zustellung").reading(TextReading.of("de.out-for-delivery",
                                    TextReading.Certainty.HIGH)).build()).build());

            assertThat(verdict.stage()).isEqualTo(Stage.LAST_MILE);
            assertThat(verdict.explanation()).anyMatch(line -> line.contains(
                    "OUT_FOR_DELIVERY, read from the carrier's text by rule de.out-for-delivery, certainty HIGH"));
        }
    }
}
