package dev.waybill.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipment model: a canonical timeline and validated value types. */
class ShipmentTest {

    private static final Lane CN_FR = Lane.of(CountryCode.of("CN"), CountryCode.of("FR"), Mode.AIR);

    private static TrackingEvent event(String at, EventCode code) {
        return TrackingEvent.of(OffsetDateTime.parse(at), code);
    }

    @Test
    void theTimelineIsSortedByInstantWhateverTheOffsetsItWasWrittenIn() {
        TrackingEvent departed = event("2026-11-03T01:00:00+08:00", EventCode.DEPARTED_ORIGIN); // 02 Nov 17:00Z
        TrackingEvent picked = event("2026-11-02T10:00:00Z", EventCode.PICKED_UP);
        TrackingEvent arrived = event("2026-11-04T08:00:00+01:00", EventCode.ARRIVED_DESTINATION);

        Shipment shipment = Shipment.builder("s", CN_FR).events(List.of(arrived, departed, picked)).build();

        assertThat(shipment.events()).containsExactly(picked, departed, arrived);
    }

    @Test
    void exactDuplicatesAreDroppedEvenWhenWrittenInAnotherOffset() {
        TrackingEvent once = event("2026-11-02T10:00:00Z", EventCode.PICKED_UP);
        TrackingEvent again = event("2026-11-02T18:00:00+08:00", EventCode.PICKED_UP);

        Shipment shipment = Shipment.builder("s", CN_FR).events(List.of(once, again, once)).build();

        assertThat(shipment.events()).hasSize(1);
    }

    @Test
    void eventsThatDifferInAnythingButTheOffsetAreKept() {
        TrackingEvent plain = event("2026-11-02T10:00:00Z", EventCode.HUB_SCAN);
        TrackingEvent located = plain.toBuilder().location("Shenzhen").build();

        assertThat(Shipment.builder("s", CN_FR).events(List.of(plain, located)).build().events()).hasSize(2);
    }

    @Test
    void anAbsentPartSortsBeforeAPresentOneAndBlankTextIsAbsent() {
        TrackingEvent plain = event("2026-11-02T10:00:00Z", EventCode.IMPORT_HELD);
        TrackingEvent held = plain.toBuilder().reason(Reason.DOCUMENTS).build();
        TrackingEvent heldIn = held.toBuilder().location(" Frankfurt ").build();
        TrackingEvent blank = plain.toBuilder().location("  ").detail("").build();

        assertThat(Shipment.builder("s", CN_FR).events(List.of(heldIn, held, plain)).build().events())
                .containsExactly(plain, held, heldIn);
        assertThat(heldIn.location()).hasValue("Frankfurt");
        assertThat(blank.location()).isEmpty();
        assertThat(blank.detail()).isEmpty();
        assertThat(blank).isEqualTo(plain);
        assertThat(held.sameHappeningAs(plain)).isFalse();
        assertThat(heldIn.sameHappeningAs(TrackingEvent.builder(OffsetDateTime.parse("2026-11-02T11:00:00+01:00"),
                EventCode.IMPORT_HELD).reason(Reason.DOCUMENTS).location("Frankfurt").build())).isTrue();
    }

    @Test
    void equalInstantsAreOrderedByTheParcelsLifeNotByInputOrder() {
        TrackingEvent delivered = event("2026-11-09T10:00:00Z", EventCode.DELIVERED);
        TrackingEvent out = event("2026-11-09T10:00:00Z", EventCode.OUT_FOR_DELIVERY);

        assertThat(Shipment.builder("s", CN_FR).events(List.of(delivered, out)).build().events())
                .containsExactly(out, delivered);
        assertThat(Shipment.builder("s", CN_FR).events(List.of(out, delivered)).build().events())
                .containsExactly(out, delivered);
    }

    @Test
    void theJourneyStartsAtTheHandOverOrElseTheFirstEvent() {
        Shipment withoutHandOver = Shipment.builder("s", CN_FR)
                .event(event("2026-11-02T10:00:00Z", EventCode.PICKED_UP)).build();

        assertThat(withoutHandOver.startedAt()).contains(java.time.Instant.parse("2026-11-02T10:00:00Z"));
        assertThat(withoutHandOver.toBuilder().shippedAt(OffsetDateTime.parse("2026-11-01T09:00:00+08:00"))
                .build().startedAt()).contains(java.time.Instant.parse("2026-11-01T01:00:00Z"));
    }

    @Test
    void aNegativeValueOrWeightIsRefused() {
        assertThatThrownBy(() -> Shipment.builder("s", CN_FR).value(Money.of("EUR", "-1")).build())
                .hasMessageContaining("value is negative");
        assertThatThrownBy(() -> Shipment.builder("s", CN_FR).weightKg(new BigDecimal("-0.5")).build())
                .hasMessageContaining("weightKg is negative");
        assertThatThrownBy(() -> Shipment.builder(" ", CN_FR).build()).hasMessageContaining("id is blank");
    }

    @Test
    void countryCodesAreParsedWhateverTheCaseAndMustBeAssigned() {
        assertThat(CountryCode.parse(" fr ")).isEqualTo(CountryCode.of("FR"));
        assertThat(CountryCode.tryParse("XX")).isEmpty();
        assertThatThrownBy(() -> CountryCode.parse("France")).hasMessageContaining("'FRANCE'");
    }

    @Test
    void moneyRoundTripsThroughItsTextAndRefusesToMixCurrencies() {
        Money price = Money.of("EUR", "12.50");

        assertThat(Money.parse(price.toString())).isEqualTo(price);
        assertThat(price.plus(Money.of("EUR", "0.50")).amount()).isEqualByComparingTo("13.00");
        assertThatThrownBy(() -> price.plus(Money.of("USD", "1"))).hasMessageContaining("currencies differ");
        assertThatThrownBy(() -> Money.of("EURO", "1")).hasMessageContaining("'EURO'");
        assertThatThrownBy(() -> Money.of("EUR", "1,50")).hasMessageContaining("'1,50'");
    }

    @Test
    void theCarrierCodeOfALaneIsLowerCasedAndBlankMeansNone() {
        assertThat(new Lane(CountryCode.of("CN"), CountryCode.of("FR"), Mode.AIR, " DHL ").carrier()).hasValue("dhl");
        assertThat(new Lane(CountryCode.of("CN"), CountryCode.of("FR"), Mode.AIR, " ").carrier()).isEmpty();
        assertThat(Lane.of(CountryCode.of("FR"), CountryCode.of("FR"), Mode.ROAD).isDomestic()).isTrue();
    }
}
