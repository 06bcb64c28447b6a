package dev.waybill.delay;

import static dev.waybill.delay.Lanes.assess;
import static dev.waybill.delay.Lanes.parcel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Stage derivation per the contract's event codes. */
class StageDerivationTest {

    @ParameterizedTest(name = "{0} moves an international parcel to {1}")
    @CsvSource({
            "LABEL_CREATED, LABEL_CREATED",
            "PICKED_UP, FIRST_MILE",
            "EXPORT_HELD, EXPORT_CUSTOMS",
            "EXPORT_CLEARED, LINEHAUL",
            "DEPARTED_ORIGIN, LINEHAUL",
            "ARRIVED_DESTINATION, IMPORT_CUSTOMS",
            "IMPORT_HELD, IMPORT_CUSTOMS",
            "IMPORT_CLEARED, LAST_MILE",
            "OUT_FOR_DELIVERY, LAST_MILE",
            "DELIVERY_FAILED, LAST_MILE",
            "AVAILABLE_FOR_PICKUP, LAST_MILE",
            "DELIVERED, DELIVERED",
            "RETURN_TO_SENDER, RETURN"})
    void eachCodeMovesTheParcelToItsStage(EventCode code, Stage stage) {
        Verdict verdict = assess(parcel().event("2026-11-18T08:00:00Z", code).build());

        assertThat(verdict.stage()).isEqualTo(stage);
    }

    @ParameterizedTest(name = "{0} leaves the stage as it is")
    @EnumSource(value = EventCode.class, names = {"HUB_SCAN", "IN_TRANSIT", "UNKNOWN"})
    void movementWithoutAStageKeepsTheStage(EventCode code) {
        Verdict verdict = assess(parcel().event("2026-11-17T08:00:00Z", EventCode.PICKED_UP)
                .event("2026-11-18T08:00:00Z", EventCode.EXPORT_HELD)
                .event("2026-11-19T08:00:00Z", code).build());

        assertThat(verdict.stage()).isEqualTo(Stage.EXPORT_CUSTOMS);
    }

    @Test
    void aDomesticParcelHasNoCustomsStages() {
        CountryCode us = CountryCode.of("US");
        Verdict verdict = assess(parcel(us, us, Mode.ROAD).event("2026-11-18T08:00:00-05:00", EventCode.PICKED_UP)
                .event("2026-11-19T08:00:00-05:00", EventCode.IMPORT_HELD)
                .event("2026-11-19T09:00:00-05:00", EventCode.EXPORT_HELD).build());

        assertThat(verdict.stage()).isEqualTo(Stage.FIRST_MILE);
        assertThat(verdict.exception()).isNotIn(ExceptionType.CUSTOMS_HOLD, ExceptionType.EXPORT_HOLD);
    }

    @Test
    void aDomesticArrivalIsTheLastMile() {
        CountryCode us = CountryCode.of("US");
        Verdict verdict = assess(parcel(us, us, Mode.AIR).event("2026-11-19T08:00:00-05:00", EventCode.DEPARTED_ORIGIN)
                .event("2026-11-20T01:00:00-05:00", EventCode.ARRIVED_DESTINATION).build());

        assertThat(verdict.stage()).isEqualTo(Stage.LAST_MILE);
    }

    @Test
    void aLateScanFromAnEarlierStageNeverMovesTheParcelBack() {
        Verdict verdict = assess(parcel().event("2026-11-17T08:00:00Z", EventCode.PICKED_UP)
                .event("2026-11-18T08:00:00Z", EventCode.DEPARTED_ORIGIN)
                .event("2026-11-19T08:00:00Z", EventCode.EXPORT_HELD).build());

        assertThat(verdict.stage()).isEqualTo(Stage.LINEHAUL);
        assertThat(verdict.exception()).isEqualTo(ExceptionType.NONE);
    }

    @Test
    void aShipmentWithoutEventsIsAtItsLabel() {
        Verdict verdict = assess(parcel().build());

        assertThat(verdict.stage()).isEqualTo(Stage.LABEL_CREATED);
        assertThat(verdict.status()).isEqualTo(Status.ON_TRACK);
        assertThat(verdict.silentDays()).isZero();
        assertThat(verdict.eta()).isPresent();
    }
}
