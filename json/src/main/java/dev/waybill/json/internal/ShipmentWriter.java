package dev.waybill.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TimeBasis;
import dev.waybill.shipment.TrackingEvent;

/**
 * Writes a shipment in the contract's input format of {@code assess} (what {@code parse} prints):
 * absent optional fields are left out, {@code timeBasis} only where the offset was not given.
 */
public final class ShipmentWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ShipmentWriter() {
    }

    /** Writes {@code shipment} in the input format of {@code assess}. */
    public static ObjectNode write(Shipment shipment) {
        ObjectNode node = NODES.objectNode();
        node.put("id", shipment.id());
        node.put("origin", shipment.origin().value());
        node.put("destination", shipment.destination().value());
        shipment.lane().carrier().ifPresent(carrier -> node.put("carrier", carrier));
        shipment.trackingNumber().ifPresent(number -> node.put("trackingNumber", number));
        node.put("mode", shipment.lane().mode().name());
        shipment.shippedAt().ifPresent(shipped -> node.put("shippedAt", Instants.format(shipped)));
        shipment.promisedBy().ifPresent(promised -> node.put("promisedBy", promised.toString()));
        shipment.value().ifPresent(declared -> {
            ObjectNode value = node.putObject("value");
            value.put("amount", declared.amount().toPlainString());
            value.put("currency", declared.currency().getCurrencyCode());
        });
        shipment.weightKg().ifPresent(weight -> node.put("weightKg", weight));
        shipment.language().ifPresent(language -> node.put("language", language.toLanguageTag()));
        ArrayNode events = node.putArray("events");
        for (TrackingEvent event : shipment.events()) {
            ObjectNode e = events.addObject();
            e.put("at", Instants.format(event.at()));
            e.put("code", event.code().name());
            event.reason().ifPresent(reason -> e.put("reason", reason.name()));
            event.location().ifPresent(location -> e.put("location", location));
            event.country().ifPresent(country -> e.put("country", country.value()));
            event.detail().ifPresent(detail -> e.put("detail", detail));
            if (event.timeBasis() != TimeBasis.OFFSET_GIVEN) {
                e.put("timeBasis", event.timeBasis().name());
            }
            event.reading().ifPresent(read -> {
                ObjectNode reading = e.putObject("reading");
                reading.put("rule", read.rule());
                reading.put("certainty", read.certainty().name());
            });
        }
        if (shipment.carrierStatus().isPresent()) {
            CarrierStatus status = shipment.carrierStatus().orElseThrow();
            ObjectNode s = node.putObject("carrierStatus");
            s.put("progress", status.progress().name());
            status.reason().ifPresent(reason -> s.put("reason", reason.name()));
            status.at().ifPresent(at -> s.put("at", Instants.format(at)));
            s.put("said", status.said());
        }
        if (shipment.handOver().isPresent()) {
            HandOver handOver = shipment.handOver().orElseThrow();
            ObjectNode h = node.putObject("handOver");
            handOver.carrier().ifPresent(carrier -> h.put("carrier", carrier));
            h.put("trackingNumber", handOver.trackingNumber());
            handOver.at().ifPresent(at -> h.put("at", Instants.format(at)));
        }
        if (!shipment.reports().isEmpty()) {
            ArrayNode reports = node.putArray("reports");
            for (CustomerReport report : shipment.reports()) {
                ObjectNode r = reports.addObject();
                r.put("at", report.at().toString());
                r.put("type", report.type().name());
            }
        }
        return node;
    }
}
