package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TimeBasis;
import dev.waybill.shipment.TrackingEvent;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ShipmentDraftTest {

    private static final CountryCode CN = CountryCode.of("CN");
    private static final CountryCode FR = CountryCode.of("FR");
    private static final CountryCode US = CountryCode.of("US");
    private static final CountryCode DE = CountryCode.of("DE");
    private static final LaneDefaults NONE = LaneDefaults.of(CountryCode.of("US"));

    @Test
    void carrierTimestampsAreReadWithAndWithoutOffsets() {
        assertThat(EventTime.tryParse("2026-11-02T08:00:00+08:00")).hasValue(
                EventTime.of(OffsetDateTime.parse("2026-11-02T08:00:00+08:00")));
        assertThat(EventTime.tryParse("2026-11-02 08:00:00+0800")).hasValue(
                EventTime.of(OffsetDateTime.parse("2026-11-02T08:00:00+08:00")));
        assertThat(EventTime.tryParse("2026-11-02T08:00:00.123Z").orElseThrow().hasOffset()).isTrue();
        assertThat(EventTime.tryParse("2026-11-02T08:00")).hasValue(
                EventTime.ofLocal(LocalDateTime.parse("2026-11-02T08:00")));
        assertThat(EventTime.tryParse("2026-11-02")).hasValue(EventTime.ofLocal(LocalDateTime.parse("2026-11-02T00:00")));
        assertThat(EventTime.tryParse("yesterday")).isEmpty();
        assertThat(EventTime.tryParse(null)).isEmpty();
    }

    @Test
    void theCommonShapesReadExactlyAsTheGeneralFormatterReadsThem() {
        assertThat(EventTime.tryParse(" 2026-11-12T07:10:00-08:00 ")).hasValue(
                EventTime.of(OffsetDateTime.parse("2026-11-12T07:10:00-08:00")));
        assertThat(EventTime.tryParse("2026-11-12T15:10:00Z")).hasValue(
                EventTime.of(OffsetDateTime.parse("2026-11-12T15:10:00Z")));
        assertThat(EventTime.tryParse("2026-11-12T15:30:00")).hasValue(
                EventTime.ofLocal(LocalDateTime.parse("2026-11-12T15:30:00")));
        assertThat(EventTime.tryParse("2026-11-12T15:10:00-00:00")).hasValue(
                EventTime.of(OffsetDateTime.parse("2026-11-12T15:10:00Z")));
        assertThat(EventTime.tryParse("2026-11-12T15:10:00+14:00")).hasValue(
                EventTime.of(OffsetDateTime.parse("2026-11-12T15:10:00+14:00")));
        // outside the common range the general formatter decides, as before: a lenient day, a lower-case z
        assertThat(EventTime.tryParse("2026-02-30T10:00:00Z")).hasValue(
                EventTime.of(OffsetDateTime.parse("2026-02-28T10:00:00Z")));
        assertThat(EventTime.tryParse("2026-11-30T23:59:59z")).hasValue(
                EventTime.of(OffsetDateTime.parse("2026-11-30T23:59:59Z")));
        assertThat(EventTime.tryParse("2026-11-12T24:10:00Z")).isEmpty();
        assertThat(EventTime.tryParse("2026-11-12T15:10:00+19:00")).isEmpty();
        assertThat(EventTime.tryParse("2026-1x-12T15:10:00Z")).isEmpty();
    }

    @Test
    void aLocalTimeIsResolvedByLocationThenByTheLanesSideThenAssumedUtc() {
        Shipment shipment = ShipmentDraft.of("t", "N1").origin(CN).destination(FR)
                .event(EventDraft.of("2026-11-02T08:00:00", StatusMapping.of(EventCode.PICKED_UP), null, CN, "a"))
                .event(EventDraft.of("2026-11-09T10:00:00", StatusMapping.of(EventCode.DELIVERED), null, null, "b"))
                .event(EventDraft.of("2026-11-05T10:00:00", StatusMapping.of(EventCode.IN_TRANSIT), null, null, "c"))
                .build(NONE);

        assertThat(shipment.events()).extracting(e -> e.detail().orElse(null), TrackingEvent::timeBasis).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", TimeBasis.ZONE_OF_LOCATION),
                org.assertj.core.groups.Tuple.tuple("c", TimeBasis.ASSUMED_UTC),
                org.assertj.core.groups.Tuple.tuple("b", TimeBasis.ZONE_OF_LANE));
        assertThat(shipment.events().get(0).at()).isEqualTo(OffsetDateTime.parse("2026-11-02T08:00:00+08:00"));
        assertThat(shipment.events().get(2).at()).isEqualTo(OffsetDateTime.parse("2026-11-09T10:00:00+01:00"));
    }

    @Test
    void customsInACountryTheParcelOnlyPassesThroughIsAHubScanAndInTheDestinationsTerritoryImport() {
        Shipment shipment = ShipmentDraft.of("t", "N1").origin(CN).destination(FR)
                .event(EventDraft.of("2026-11-04T08:00:00Z", StatusMapping.customs(false, null), null,
                        dev.waybill.shipment.CountryCode.of("AE"), "dubai"))
                .event(EventDraft.of("2026-11-05T08:00:00Z", StatusMapping.customs(false, null), null,
                        dev.waybill.shipment.CountryCode.of("DE"), "leipzig"))
                .build(NONE);

        assertThat(shipment.events()).extracting(TrackingEvent::code)
                .containsExactly(EventCode.HUB_SCAN, EventCode.IMPORT_CLEARED);
    }

    @Test
    void eventTextIsReadWhereTheCodeSaysLittleAndTheReadingIsKept() {
        Shipment shipment = ShipmentDraft.of("t", "N1").origin(CN).destination(FR)
                .event(EventDraft.of("2026-11-02T08:00:00Z", StatusMapping.of(EventCode.IN_TRANSIT), null, null, "a")
                        .withText("快件已被签收"))
                .event(EventDraft.of("2026-11-01T08:00:00Z", StatusMapping.of(EventCode.UNKNOWN), null, null, "b")
                        .withText("no words the rules know"))
                .event(EventDraft.of("2026-11-01T09:00:00Z", StatusMapping.of(EventCode.OUT_FOR_DELIVERY), null, null,
                        "c").withText("Delivered"))
                .build(NONE);

        assertThat(shipment.events()).extracting(e -> e.detail().orElse(null), TrackingEvent::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("b", EventCode.UNKNOWN),
                org.assertj.core.groups.Tuple.tuple("c", EventCode.OUT_FOR_DELIVERY),
                org.assertj.core.groups.Tuple.tuple("a", EventCode.DELIVERED));
        assertThat(shipment.events().get(2).reading().orElseThrow().rule()).startsWith("zh.");
        assertThat(shipment.events().get(0).reading()).isEmpty();
    }

    @Test
    void aCustomsEventBeforeTheDepartureIsExportAndAfterItImport() {
        Shipment shipment = ShipmentDraft.of("t", "N1").origin(CN).destination(FR)
                .event(EventDraft.of("2026-11-02T08:00:00Z", StatusMapping.customs(true, null), null, null, "x"))
                .event(EventDraft.of("2026-11-03T08:00:00Z", StatusMapping.of(EventCode.DEPARTED_ORIGIN), null, null, "d"))
                .event(EventDraft.of("2026-11-05T08:00:00Z", StatusMapping.customs(false, null), null, null, "y"))
                .build(NONE);

        assertThat(shipment.events()).extracting(TrackingEvent::code).containsExactly(EventCode.EXPORT_HELD,
                EventCode.DEPARTED_ORIGIN, EventCode.IMPORT_CLEARED);
    }

    @Test
    void theLaneComesFromEventCountriesWhenTheBodyHasNoneAndEventsWithoutReadableTimesAreLeftOut() {
        Shipment shipment = ShipmentDraft.of("t", "N1")
                .event(EventDraft.of("2026-11-02T08:00:00Z", StatusMapping.of(EventCode.PICKED_UP), null, CN, "p"))
                .event(EventDraft.of("2026-11-09T08:00:00Z", StatusMapping.of(EventCode.DELIVERED), null, FR, "d"))
                .event(EventDraft.of("someday", StatusMapping.of(EventCode.HUB_SCAN), null, FR, "h"))
                .build(NONE);

        assertThat(shipment.lane().origin()).isEqualTo(CN);
        assertThat(shipment.lane().destination()).isEqualTo(FR);
        assertThat(shipment.events()).hasSize(2);
        assertThat(shipment.id()).isEqualTo("N1");
        assertThat(shipment.lane().carrier()).hasValue("t");
    }

    @Test
    void configuredDefaultsFillTheLaneAndOneKnownSideIsMirrored() {
        assertThat(ShipmentDraft.of("t", "N").build(new LaneDefaults(CN, FR, CountryCode.of("US"))).lane().destination())
                .isEqualTo(FR);
        assertThat(ShipmentDraft.of("t", "N").origin(CN).build(NONE).lane().destination()).isEqualTo(CN);
    }

    @Test
    void countriesAreReadAsAlpha2OrAlpha3() {
        assertThat(Countries.tryParse("chn")).hasValue(CN);
        assertThat(Countries.tryParse("FR")).hasValue(FR);
        assertThat(Countries.tryParse("XXX")).isEmpty();
        assertThat(Countries.tryParse("")).isEmpty();
    }

    @Test
    void aLocationJoinsCityAndStateAndDropsTheBlankOnes() {
        assertThat(EventDraft.location("Memphis", "TN")).isEqualTo("Memphis, TN");
        assertThat(EventDraft.location("Memphis", " ")).isEqualTo("Memphis");
        assertThat(EventDraft.location(null, "TN")).isEqualTo("TN");
        assertThat(EventDraft.location("", null)).isNull();
    }

    private static EventDraft at(String time, EventCode code, String location, CountryCode country, String detail) {
        return EventDraft.of(time, StatusMapping.of(code), location, country, detail);
    }

    @Test
    void theZoneOfAUsCityDecidesALocalTimeWhereTheCountryAloneCannot() {
        Shipment shipment = ShipmentDraft.of("t", "N1").origin(CN).destination(US)
                .event(at("2026-11-12T15:30:00", EventCode.DELIVERY_FAILED, "LOS ANGELES, CA", US, "coded"))
                .event(at("2026-11-13T09:00:00", EventCode.DELIVERED, "Los Angeles, CA, US", null, "text only"))
                .event(at("2026-11-11T09:00:00", EventCode.IMPORT_CLEARED, null, US, "country only"))
                .build(NONE);

        assertThat(shipment.events()).extracting(e -> e.detail().orElse(null), TrackingEvent::timeBasis, TrackingEvent::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("country only", TimeBasis.ASSUMED_UTC,
                                OffsetDateTime.parse("2026-11-11T09:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple("coded", TimeBasis.ZONE_OF_LOCATION,
                                OffsetDateTime.parse("2026-11-12T15:30:00-08:00")),
                        org.assertj.core.groups.Tuple.tuple("text only", TimeBasis.ZONE_OF_LOCATION,
                                OffsetDateTime.parse("2026-11-13T09:00:00-08:00")));
        assertThat(shipment.events().get(2).country()).hasValue(US);
    }

    @Test
    void anEventWithOnlyALocationTextTakesTheCountryAndZoneItNames() {
        Shipment shipment = ShipmentDraft.of("t", "N1").origin(CN).destination(FR)
                .event(at("2026-11-06T22:00:00", EventCode.IN_TRANSIT, "LEIPZIG - GERMANY", null, "hub"))
                .build(NONE);

        TrackingEvent hub = shipment.events().get(0);
        assertThat(hub.country()).hasValue(DE);
        assertThat(hub.location()).hasValue("LEIPZIG - GERMANY");
        assertThat(hub.timeBasis()).isEqualTo(TimeBasis.ZONE_OF_LOCATION);
        assertThat(hub.at()).isEqualTo(OffsetDateTime.parse("2026-11-06T22:00:00+01:00"));
    }

    @Test
    void anEventsOwnPlaceWinsOverTheLaneEvenWhereItFixesNoOffset() {
        // "Paris, TX" is in the US, which has several zones; the lane's destination France is not asked
        Shipment shipment = ShipmentDraft.of("t", "N1").origin(CN).destination(FR)
                .event(at("2026-11-09T10:00:00", EventCode.DELIVERED, "Paris, TX", null, "d"))
                .event(at("2026-11-08T10:00:00", EventCode.OUT_FOR_DELIVERY, "NOWHERE IN PARTICULAR", null, "o"))
                .build(LaneDefaults.of(US));

        assertThat(shipment.events()).extracting(e -> e.detail().orElse(null), TrackingEvent::timeBasis).containsExactly(
                org.assertj.core.groups.Tuple.tuple("o", TimeBasis.ZONE_OF_LANE),
                org.assertj.core.groups.Tuple.tuple("d", TimeBasis.ASSUMED_UTC));
        assertThat(shipment.events().get(0).at()).isEqualTo(OffsetDateTime.parse("2026-11-08T10:00:00+01:00"));
        assertThat(shipment.events().get(1).country()).hasValue(US);
    }

    @Test
    void theLaneRunsFromTheFirstResolvedPlaceToTheLastOnePreferringDeliverySideEvents() {
        Shipment inTransit = ShipmentDraft.of("t", "N1")
                .event(at("2026-11-02T08:00:00Z", EventCode.PICKED_UP, "中国 深圳", null, "p"))
                .event(at("2026-11-03T08:00:00Z", EventCode.DEPARTED_ORIGIN, "HONG KONG - HONG KONG SAR", null, "d"))
                .event(at("2026-11-04T08:00:00Z", EventCode.IN_TRANSIT, "LEIPZIG - GERMANY", null, "h"))
                .event(at("2026-11-04T09:00:00Z", EventCode.IN_TRANSIT, "somewhere", null, "x"))
                .build(new LaneDefaults(null, FR, US));
        assertThat(inTransit.lane().origin()).isEqualTo(CN);
        assertThat(inTransit.lane().destination()).as("the last country, before the configured default").isEqualTo(DE);

        Shipment delivered = ShipmentDraft.of("t", "N1")
                .event(at("2026-11-02T08:00:00Z", EventCode.PICKED_UP, "Shenzhen, CN", null, "p"))
                .event(at("2026-11-05T08:00:00Z", EventCode.ARRIVED_DESTINATION, "Roissy-Charles-de-Gaulle", null, "a"))
                .event(at("2026-11-06T08:00:00Z", EventCode.IN_TRANSIT, "LEIPZIG - GERMANY", null, "h"))
                .build(NONE);
        assertThat(delivered.lane().origin()).isEqualTo(CN);
        assertThat(delivered.lane().destination()).as("the delivery-side event decides").isEqualTo(FR);
    }

    @Test
    void eventsAllInTheOriginCountryDoNotNameTheDestination() {
        Shipment shipment = ShipmentDraft.of("t", "N1")
                .event(at("2026-11-02T08:00:00Z", EventCode.PICKED_UP, "义乌", null, "p"))
                .event(at("2026-11-03T08:00:00Z", EventCode.IN_TRANSIT, "GUANGZHOU CN", null, "h"))
                .build(new LaneDefaults(null, FR, US));

        assertThat(shipment.lane().origin()).isEqualTo(CN);
        assertThat(shipment.lane().destination()).isEqualTo(FR);
    }

    @Test
    void aBodyWithoutAnyPlaceFallsBackToTheConfiguredLaneAndThenToHome() {
        ShipmentDraft noPlaces = ShipmentDraft.of("t", "N1")
                .event(at("2026-11-02T08:00:00", EventCode.PICKED_UP, "SORT FACILITY", null, "p"))
                .event(at("2026-11-03T08:00:00", EventCode.IN_TRANSIT, null, null, "h"));

        Shipment configured = noPlaces.build(new LaneDefaults(CN, FR, US));
        assertThat(configured.lane().origin()).isEqualTo(CN);
        assertThat(configured.lane().destination()).isEqualTo(FR);
        assertThat(configured.events().get(0).timeBasis()).isEqualTo(TimeBasis.ZONE_OF_LANE);
        assertThat(configured.events().get(0).country()).isEmpty();

        Shipment home = noPlaces.build(NONE);
        assertThat(home.lane().origin()).isEqualTo(US);
        assertThat(home.lane().destination()).isEqualTo(US);
    }
}
