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

        assertThat(shipment.events()).extracting(TrackingEvent::detail, TrackingEvent::timeBasis).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", TimeBasis.ZONE_OF_LOCATION),
                org.assertj.core.groups.Tuple.tuple("c", TimeBasis.ASSUMED_UTC),
                org.assertj.core.groups.Tuple.tuple("b", TimeBasis.ZONE_OF_LANE));
        assertThat(shipment.events().get(0).at()).isEqualTo(OffsetDateTime.parse("2026-11-02T08:00:00+08:00"));
        assertThat(shipment.events().get(2).at()).isEqualTo(OffsetDateTime.parse("2026-11-09T10:00:00+01:00"));
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
        assertThat(shipment.lane().carrier()).isEqualTo("t");
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
}
