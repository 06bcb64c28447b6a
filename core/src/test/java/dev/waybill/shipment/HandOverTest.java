package dev.waybill.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class HandOverTest {

    private static final CountryCode CN = CountryCode.of("CN");
    private static final CountryCode US = CountryCode.of("US");

    private static TrackingEvent event(String at, EventCode code) {
        return TrackingEvent.of(OffsetDateTime.parse(at), code);
    }

    private static Shipment cainiao(HandOver handOver) {
        return Shipment.builder("order-7", new Lane(CN, US, Mode.AIR, "cainiao")).trackingNumber("LP00123456789")
                .event(event("2026-11-02T09:00:00+08:00", EventCode.PICKED_UP))
                .event(event("2026-11-05T23:00:00+08:00", EventCode.DEPARTED_ORIGIN))
                .handOver(handOver).build();
    }

    private static Shipment ups() {
        return Shipment.builder("1Z999AA10123456784", new Lane(US, US, Mode.ROAD, "ups"))
                .event(event("2026-11-08T07:10:00-05:00", EventCode.HUB_SCAN))
                .event(event("2026-11-09T08:30:00-05:00", EventCode.OUT_FOR_DELIVERY))
                .carrierStatus(CarrierStatus.of(CarrierStatus.Progress.OUT_FOR_DELIVERY, null, "UPS 'I'"))
                .build();
    }

    @Test
    void theNextCarriersEventsJoinTheJourneyAndDateTheHandOverByItsFirstEvent() {
        Shipment joined = cainiao(new HandOver("ups", "1Z999AA10123456784", null)).joinedWith(ups());

        assertThat(joined.events()).extracting(TrackingEvent::code).containsExactly(EventCode.PICKED_UP,
                EventCode.DEPARTED_ORIGIN, EventCode.HUB_SCAN, EventCode.OUT_FOR_DELIVERY);
        assertThat(joined.trackingNumber()).as("the journey keeps the first number").hasValue("LP00123456789");
        assertThat(joined.lane().carrier()).hasValue("cainiao");
        assertThat(joined.handOver().orElseThrow().at()).hasValue(OffsetDateTime.parse("2026-11-08T07:10:00-05:00"));
        assertThat(joined.carrierStatus().orElseThrow().progress()).isEqualTo(CarrierStatus.Progress.OUT_FOR_DELIVERY);
    }

    @Test
    void theCarrierHoldingTheParcelIsTheLanesUntilTheHandOverAndTheNextCarriersFromIt() {
        Shipment joined = cainiao(new HandOver("ups", "1Z999AA10123456784", null)).joinedWith(ups());

        assertThat(joined.carrierAt(Instant.parse("2026-11-06T00:00:00Z"))).hasValue("cainiao");
        assertThat(joined.carrierAt(Instant.parse("2026-11-08T12:10:00Z"))).hasValue("ups");
        assertThat(joined.laneAt(Instant.parse("2026-11-09T13:30:00Z")))
                .isEqualTo(new Lane(CN, US, Mode.AIR, "ups"));
    }

    @Test
    void aHandOverTheFirstBodyDatesKeepsItsDateAndAnUndatedOneHoldsNothingYet() {
        HandOver dated = new HandOver("ups", "1Z999AA10123456784", OffsetDateTime.parse("2026-11-07T10:00:00-05:00"));

        assertThat(cainiao(dated).joinedWith(ups()).handOver()).hasValue(dated);
        assertThat(cainiao(new HandOver("ups", "1Z", null)).carrierAt(Instant.parse("2027-01-01T00:00:00Z")))
                .hasValue("cainiao");
    }

    @Test
    void aShipmentNotHandedOverCannotBeJoinedAndAHandOverNeedsANumber() {
        assertThatThrownBy(() -> cainiao(null).joinedWith(ups())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("order-7");
        assertThat(new HandOver(" ", "1Z", null).carrier()).as("a body may give only the number").isEmpty();
        assertThatThrownBy(() -> new HandOver("ups", "", null)).hasMessageContaining("trackingNumber");
        assertThat(cainiao(new HandOver(" ups ", " 1Z ", null)).toBuilder().build().handOver())
                .hasValue(new HandOver("ups", "1Z", null));
    }
}
