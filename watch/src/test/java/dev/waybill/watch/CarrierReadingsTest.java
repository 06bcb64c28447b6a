package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carriers.aftership.AfterShipSettings;
import dev.waybill.carriers.aftership.AfterShipTracking;
import dev.waybill.carriers.dhl.DhlSettings;
import dev.waybill.carriers.dhl.DhlTracking;
import dev.waybill.delay.Status;
import dev.waybill.delay.Verdict;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TimeBasis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store keeps what the carrier said of the whole shipment and how each event was read, so that a
 * verdict from the store after a restart is the verdict before it (real recorded bodies, bodies/SOURCES.md).
 */
class CarrierReadingsTest {

    static final Waybill WAYBILL = DefaultPolicies.waybill().build();

    @TempDir
    Path dir;

    static Shipment parse(CarrierAdapter adapter, String body) throws IOException {
        try (InputStream in = CarrierReadingsTest.class.getResourceAsStream("bodies/" + body)) {
            List<Shipment> shipments = adapter.parse(in.readAllBytes());
            assertThat(shipments).hasSize(1);
            return shipments.get(0);
        }
    }

    @Test
    void aShipmentLostByTheCarriersStatusAloneIsStillLostAfterTheStoreIsReopened() throws IOException {
        Shipment parsed = parse(AfterShipTracking.of(AfterShipSettings.builder().build()),
                "aftership-sdk-go-mark-completed-lost-info-only.json");
        Instant now = Instant.parse("2018-08-17T06:00:00Z");
        // by hand: subtag Exception_013 "Shipment lost" on the whole shipment, only an info-received checkpoint
        assertThat(parsed.carrierStatus().orElseThrow()).extracting(CarrierStatus::progress).isEqualTo(CarrierStatus.Progress.LOST);
        Verdict before = WAYBILL.assess(parsed, now).verdict();
        assertThat(before.status()).isEqualTo(Status.LOST);

        Path file = dir.resolve("shop");
        try (ShipmentStore store = ShipmentStores.open(file.toString())) {
            store.merge(parsed, now);
        }
        try (ShipmentStore store = ShipmentStores.open(file.toString())) {
            Shipment stored = store.find(parsed.id()).orElseThrow().shipment();
            assertThat(stored.carrierStatus()).isEqualTo(parsed.carrierStatus());
            assertThat(WAYBILL.assess(stored, now).verdict()).isEqualTo(before);
        }
    }

    @Test
    void eventsReadFromGermanTextKeepTheirReadingAndTimeBasisAcrossARestart() throws IOException {
        Shipment parsed = parse(DhlTracking.of(DhlSettings.builder().build()), "mailytica-parcel-de-delivered-german.json");
        Instant now = Instant.parse("2023-03-13T18:00:00Z");
        // by hand: DHL Paket's German texts have no event codes, and its timestamps no offset
        assertThat(parsed.events()).anySatisfy(e -> assertThat(e.reading()).isPresent());
        assertThat(parsed.events()).allSatisfy(e -> assertThat(e.timeBasis()).isNotEqualTo(TimeBasis.OFFSET_GIVEN));
        Verdict before = WAYBILL.assess(parsed, now).verdict();
        assertThat(before.status()).isEqualTo(Status.DELIVERED);

        Path file = dir.resolve("shop");
        try (ShipmentStore store = ShipmentStores.open(file.toString())) {
            store.merge(parsed, now);
        }
        try (ShipmentStore store = ShipmentStores.open(file.toString())) {
            Shipment stored = store.find(parsed.id()).orElseThrow().shipment();
            assertThat(stored).isEqualTo(parsed);
            assertThat(WAYBILL.assess(stored, now).verdict()).isEqualTo(before);
        }
    }
}
