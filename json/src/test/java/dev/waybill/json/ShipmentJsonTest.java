package dev.waybill.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TextReading;
import dev.waybill.shipment.TimeBasis;
import dev.waybill.shipment.TrackingEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shipment format of the contract, read and written back. */
class ShipmentJsonTest {

    private static final ObjectMapper MAPPER = WaybillJson.mapper();

    /** Every field of the contract and every extra the command reads and writes, in the order written. */
    static final String EVERY_FIELD = """
            {"id":"SO-1042","origin":"CN","destination":"DE","carrier":"cainiao","trackingNumber":"LP00123456789CN",\
            "mode":"SEA","shippedAt":"2026-11-02T08:00:00+08:00","promisedBy":"2026-11-18",\
            "value":{"amount":"89.00","currency":"EUR"},"weightKg":1.25,"language":"de-AT",\
            "events":[\
            {"at":"2026-11-02T09:00:00+08:00","code":"PICKED_UP","location":"Shenzhen","country":"CN"},\
            {"at":"2026-11-14T11:00:00+01:00","code":"IMPORT_HELD","reason":"DOCUMENTS","location":"Frankfurt",\
            "country":"DE","detail":"Zoll: Dokumente fehlen","timeBasis":"ZONE_OF_LOCATION",\
            "reading":{"rule":"de.customs.held","certainty":"HIGH"}}],\
            "carrierStatus":{"progress":"CUSTOMS_HOLD","reason":"DOCUMENTS","at":"2026-11-14T11:00:00+01:00",\
            "said":"Clearance event"},\
            "handOver":{"carrier":"dhl","trackingNumber":"00340434161094042557","at":"2026-11-13T08:00:00+01:00"},\
            "reports":[{"at":"2026-11-19T10:00:00Z","type":"NOT_RECEIVED"}]}""";

    @Test
    void everyFieldIsReadIntoTheDomain() throws Exception {
        Shipment shipment = WaybillJson.readShipment(MAPPER.readTree(EVERY_FIELD));

        assertThat(shipment.id()).isEqualTo("SO-1042");
        assertThat(shipment.origin().value()).isEqualTo("CN");
        assertThat(shipment.destination().value()).isEqualTo("DE");
        assertThat(shipment.lane().carrier()).hasValue("cainiao");
        assertThat(shipment.lane().mode()).isEqualTo(Mode.SEA);
        assertThat(shipment.trackingNumber()).hasValue("LP00123456789CN");
        assertThat(shipment.shippedAt()).hasValue(OffsetDateTime.parse("2026-11-02T08:00:00+08:00"));
        assertThat(shipment.promisedBy()).hasValue(LocalDate.parse("2026-11-18"));
        assertThat(shipment.value().orElseThrow().amount()).isEqualByComparingTo("89.00");
        assertThat(shipment.value().orElseThrow().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(shipment.weightKg().orElseThrow()).isEqualByComparingTo(new BigDecimal("1.25"));
        assertThat(shipment.language()).hasValue(Locale.forLanguageTag("de-AT"));
        TrackingEvent held = shipment.events().get(1);
        assertThat(held.code()).isEqualTo(EventCode.IMPORT_HELD);
        assertThat(held.reason()).hasValue(Reason.DOCUMENTS);
        assertThat(held.location()).hasValue("Frankfurt");
        assertThat(held.country().orElseThrow().value()).isEqualTo("DE");
        assertThat(held.detail()).hasValue("Zoll: Dokumente fehlen");
        assertThat(held.timeBasis()).isEqualTo(TimeBasis.ZONE_OF_LOCATION);
        assertThat(held.reading()).hasValue(TextReading.of("de.customs.held", TextReading.Certainty.HIGH));
        assertThat(shipment.carrierStatus().orElseThrow().progress()).isEqualTo(CarrierStatus.Progress.CUSTOMS_HOLD);
        assertThat(shipment.carrierStatus().orElseThrow().said()).isEqualTo("Clearance event");
        assertThat(shipment.handOver()).hasValue(new HandOver("dhl", "00340434161094042557",
                OffsetDateTime.parse("2026-11-13T08:00:00+01:00")));
        assertThat(shipment.reports()).singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo(ReportType.NOT_RECEIVED));
    }

    @Test
    void everyFieldIsWrittenBackAsItWasRead() throws Exception {
        Shipment shipment = WaybillJson.readShipment(MAPPER.readTree(EVERY_FIELD));

        assertThat(WaybillJson.writeShipment(shipment).toString()).isEqualTo(EVERY_FIELD);
        assertThat(WaybillJson.readShipment(WaybillJson.writeShipment(shipment))).isEqualTo(shipment);
    }

    @Test
    void theModuleReadsAndWritesShipmentsThroughAnyMapper() throws Exception {
        Shipment shipment = MAPPER.readValue(EVERY_FIELD, Shipment.class);

        assertThat(MAPPER.writeValueAsString(shipment)).isEqualTo(EVERY_FIELD);
    }

    @Test
    void aMinimalShipmentGetsTheDefaultsAndWritesOnlyWhatItHas() throws Exception {
        Shipment shipment = MAPPER.readValue("{\"id\":\"S-1\",\"origin\":\"cn\",\"destination\":\"US\",\"events\":[]}",
                Shipment.class);

        assertThat(shipment.lane().mode()).isEqualTo(Mode.AIR);
        assertThat(MAPPER.writeValueAsString(shipment))
                .isEqualTo("{\"id\":\"S-1\",\"origin\":\"CN\",\"destination\":\"US\",\"mode\":\"AIR\",\"events\":[]}");
    }

    @Test
    void eventsComeOutInTheCanonicalTimeline() throws Exception {
        JsonNode written = MAPPER.valueToTree(MAPPER.readValue("""
                {"id":"S-2","origin":"CN","destination":"US","events":[
                 {"at":"2026-11-05T10:00:00Z","code":"HUB_SCAN"},
                 {"at":"2026-11-02T10:00:00Z","code":"PICKED_UP"},
                 {"at":"2026-11-05T10:00:00Z","code":"HUB_SCAN"}]}""", Shipment.class));

        assertThat(written.get("events")).hasSize(2);
        assertThat(written.get("events").get(0).get("code").asText()).isEqualTo("PICKED_UP");
    }
}
