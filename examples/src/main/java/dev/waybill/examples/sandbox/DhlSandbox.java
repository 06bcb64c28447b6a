package dev.waybill.examples.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.util.Map;

/** DHL Shipment Tracking – Unified: {@code GET /track/shipments?trackingNumber=…}, Express texts. */
final class DhlSandbox implements SandboxApi {

    @Override
    public String name() {
        return "dhl";
    }

    @Override
    public Reply handle(Call call, Map<String, SandboxParcel> parcels) {
        if (call.header("DHL-API-Key") == null) {
            return new Reply(401, problem("Unauthorized", 401, "Missing DHL-API-Key header"));
        }
        if (!call.method().equals("GET") || !call.path().equals("/track/shipments")) {
            return new Reply(404, problem("Not Found", 404, "No such resource"));
        }
        SandboxParcel parcel = parcels.get(call.query().getOrDefault("trackingNumber", ""));
        if (parcel == null) {
            return new Reply(404, problem("No result found", 404, "No shipment with given tracking number found."));
        }
        return new Reply(200, render(parcel));
    }

    private static ObjectNode problem(String title, int status, String detail) {
        return JSON.objectNode().put("title", title).put("status", status).put("detail", detail);
    }

    @Override
    public ObjectNode render(SandboxParcel parcel) {
        Shipment recorded = parcel.recorded();
        ObjectNode shipment = JSON.objectNode().put("id", parcel.trackingNumber()).put("service", "express");
        shipment.putObject("origin").putObject("address").put("countryCode", recorded.origin().value());
        shipment.putObject("destination").putObject("address").put("countryCode", recorded.destination().value());
        if (recorded.weightKg().isPresent()) {
            shipment.putObject("details").putObject("weight").put("value", recorded.weightKg().orElseThrow()).put("unitText", "kg");
        }
        ArrayNode events = shipment.putArray("events");
        for (int i = recorded.events().size() - 1; i >= 0; i--) {
            events.add(event(recorded, i));
        }
        if (!recorded.events().isEmpty()) {
            shipment.set("status", event(recorded, recorded.events().size() - 1));
        }
        ObjectNode answer = JSON.objectNode();
        answer.putArray("shipments").add(shipment);
        return answer;
    }

    private static ObjectNode event(Shipment recorded, int index) {
        TrackingEvent event = recorded.events().get(index);
        String[] status = status(event);
        ObjectNode node = JSON.objectNode().put("timestamp", Sites.time(event)).put("statusCode", status[0])
                .put("status", status[1]).put("description", status[2]);
        CountryCode country = Sites.country(recorded, index);
        if (country != null || event.location().isPresent()) {
            ObjectNode address = node.putObject("location").putObject("address");
            if (country != null) {
                address.put("countryCode", country.value());
            }
            event.location().ifPresent(location -> address.put("addressLocality", location));
        }
        return node;
    }

    /** statusCode, status and description as DHL Express prints them for the event. */
    private static String[] status(TrackingEvent event) {
        Reason reason = event.reason().orElse(null);
        return switch (event.code()) {
            case LABEL_CREATED -> new String[] {"pre-transit", "SHIPMENT INFORMATION RECEIVED", "Shipment information received"};
            case PICKED_UP -> new String[] {"transit", "PICKED UP", "Shipment picked up"};
            case HUB_SCAN -> new String[] {"transit", "PROCESSED", "Processed at DHL facility"};
            case IN_TRANSIT -> reason == Reason.WEATHER
                    ? new String[] {"transit", "DELAYED", "Delayed by adverse weather"}
                    : new String[] {"transit", "IN TRANSIT", "In transit"};
            case EXPORT_HELD, IMPORT_HELD -> new String[] {"transit", "CUSTOMS", held(reason)};
            case EXPORT_CLEARED, IMPORT_CLEARED -> new String[] {"transit", "CLEARANCE PROCESSING COMPLETE",
                "Clearance processing complete"};
            case DEPARTED_ORIGIN -> new String[] {"transit", "DEPARTED", "Departed from origin gateway"};
            case ARRIVED_DESTINATION -> new String[] {"transit", "ARRIVED", "Arrived in destination country"};
            case OUT_FOR_DELIVERY -> new String[] {"transit", "WITH DELIVERY COURIER", "Shipment is out for delivery"};
            case DELIVERY_FAILED -> new String[] {"failure", "DELIVERY ATTEMPTED", failed(reason)};
            case AVAILABLE_FOR_PICKUP -> new String[] {"transit", "AWAITING COLLECTION",
                "Ready for pickup at a DHL service point"};
            case DELIVERED -> new String[] {"delivered", "DELIVERED", "Delivered"};
            case RETURN_TO_SENDER -> new String[] {"transit", "RETURNED", "Being returned to shipper"};
            case DAMAGED -> new String[] {"failure", "DAMAGED", "Shipment damaged"};
            case LOST -> new String[] {"failure", "LOST", "Shipment lost"};
            case UNKNOWN -> new String[] {"unknown", "UNKNOWN", "Status not available"};
        };
    }

    private static String held(Reason reason) {
        if (reason == null) {
            return "Clearance event";
        }
        return switch (reason) {
            case DOCUMENTS -> "Shipment on hold: commercial invoice required";
            case DUTIES -> "Customs duties and taxes due";
            default -> "Customs inspection";
        };
    }

    private static String failed(Reason reason) {
        if (reason == null) {
            return "Delivery attempted";
        }
        return switch (reason) {
            case ADDRESS -> "Delivery attempted; incorrect address";
            case REFUSED -> "Delivery refused by the consignee";
            case NO_ACCESS -> "No access to premises";
            case RECIPIENT_ABSENT -> "Recipient not available";
            default -> "Delivery attempted";
        };
    }
}
