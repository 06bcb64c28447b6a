package dev.waybill.examples.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.util.Map;

/**
 * AfterShip Tracking 2026-07: {@code GET /tracking/2026-07/trackings?tracking_numbers=…} lists the
 * parcels it holds, {@code POST /tracking/2026-07/trackings} creates a pending tracking.
 */
final class AfterShipSandbox implements SandboxApi {

    private static final String TRACKINGS = "/tracking/2026-07/trackings";

    @Override
    public String name() {
        return "aftership";
    }

    @Override
    public Reply handle(Call call, Map<String, SandboxParcel> parcels) {
        if (call.header("as-api-key") == null) {
            return new Reply(401, error(401, "Invalid API key.", "Unauthorized"));
        }
        if (!call.path().equals(TRACKINGS)) {
            return new Reply(404, error(404, "The URI requested is invalid or the resource does not exist.", "NotFound"));
        }
        if (call.method().equals("POST")) {
            JsonNode request = call.json();
            ObjectNode created = JSON.objectNode().put("id", "sandbox-" + request.path("tracking_number").asText())
                    .put("tracking_number", request.path("tracking_number").asText()).put("tag", "Pending")
                    .put("subtag", "Pending_001");
            created.putArray("checkpoints");
            ObjectNode answer = envelope(201, "Created");
            answer.set("data", created);
            return new Reply(201, answer);
        }
        ObjectNode answer = envelope(200, "OK");
        ObjectNode data = answer.putObject("data");
        ArrayNode trackings = data.putArray("trackings");
        for (String number : call.query().getOrDefault("tracking_numbers", "").split(",")) {
            SandboxParcel parcel = parcels.get(number.strip());
            if (parcel != null) {
                trackings.add(tracking(parcel));
            }
        }
        data.putObject("pagination").put("total", trackings.size()).put("has_next_page", false).putNull("next_cursor");
        return new Reply(200, answer);
    }

    private static ObjectNode envelope(int code, String type) {
        ObjectNode answer = JSON.objectNode();
        answer.putObject("meta").put("code", code).put("message", type).put("type", type);
        return answer;
    }

    private static ObjectNode error(int code, String message, String type) {
        ObjectNode answer = JSON.objectNode();
        answer.putObject("meta").put("code", code).put("message", message).put("type", type);
        answer.putObject("data");
        return answer;
    }

    @Override
    public ObjectNode render(SandboxParcel parcel) {
        ObjectNode answer = envelope(200, "OK");
        ObjectNode data = answer.putObject("data");
        data.putArray("trackings").add(tracking(parcel));
        return answer;
    }

    private static ObjectNode tracking(SandboxParcel parcel) {
        Shipment recorded = parcel.recorded();
        ObjectNode tracking = JSON.objectNode().put("id", "sandbox-" + parcel.trackingNumber())
                .put("tracking_number", parcel.trackingNumber())
                .put("slug", recorded.lane().carrier().orElse("china-post"))
                .put("origin_country_region", Sites.alpha3(recorded.origin()))
                .put("destination_country_region", Sites.alpha3(recorded.destination()));
        if (recorded.weightKg().isPresent()) {
            tracking.putObject("shipment_weight").put("value", recorded.weightKg().orElseThrow()).put("unit", "kg");
        }
        ArrayNode checkpoints = tracking.putArray("checkpoints");
        String[] latest = {"Pending", "Pending_001"};
        for (int i = 0; i < recorded.events().size(); i++) {
            TrackingEvent event = recorded.events().get(i);
            latest = tag(event);
            CountryCode country = Sites.country(recorded, i);
            ObjectNode checkpoint = checkpoints.addObject().put("checkpoint_time", Sites.time(event))
                    .put("tag", latest[0]).put("subtag", latest[1]).put("message", latest[2]);
            event.location().ifPresent(location -> checkpoint.put("location", location));
            if (country != null) {
                checkpoint.put("country_region", Sites.alpha3(country));
            }
        }
        return tracking.put("tag", latest[0]).put("subtag", latest[1]);
    }

    /** Tag, sub-tag and message for an event. */
    private static String[] tag(TrackingEvent event) {
        Reason reason = event.reason().orElse(null);
        return switch (event.code()) {
            case LABEL_CREATED -> new String[] {"InfoReceived", "InfoReceived_001", "Shipment information received"};
            case PICKED_UP -> new String[] {"InTransit", "InTransit_002", "Shipment accepted by carrier"};
            case HUB_SCAN -> new String[] {"InTransit", "InTransit_003", "Arrived at sorting centre"};
            case IN_TRANSIT -> reason == Reason.WEATHER
                    ? new String[] {"Exception", "Exception_017", "Delayed by extreme weather"}
                    : reason == Reason.CAPACITY ? new String[] {"Exception", "Exception_019", "Delayed: late flight"}
                    : new String[] {"InTransit", "InTransit_001", "In transit"};
            case EXPORT_HELD, IMPORT_HELD -> held(reason);
            case EXPORT_CLEARED, IMPORT_CLEARED -> new String[] {"InTransit", "InTransit_005", "Customs cleared"};
            case DEPARTED_ORIGIN -> new String[] {"InTransit", "InTransit_007", "Departed from origin airport"};
            case ARRIVED_DESTINATION -> new String[] {"InTransit", "InTransit_004", "Arrived at destination country"};
            case OUT_FOR_DELIVERY -> new String[] {"OutForDelivery", "OutForDelivery_001", "Out for delivery"};
            case DELIVERY_FAILED -> failed(reason);
            case AVAILABLE_FOR_PICKUP -> new String[] {"AvailableForPickup", "AvailableForPickup_001",
                "Available for pickup"};
            case DELIVERED -> new String[] {"Delivered", "Delivered_001", "Delivered"};
            case RETURN_TO_SENDER -> new String[] {"Exception", "Exception_010", "Returning to sender"};
            case DAMAGED -> new String[] {"Exception", "Exception_012", "Shipment damaged"};
            case LOST -> new String[] {"Exception", "Exception_013", "Shipment lost"};
            case UNKNOWN -> new String[] {"Exception", "Exception_001", "Exception"};
        };
    }

    private static String[] held(Reason reason) {
        if (reason == null) {
            return new String[] {"InTransit", "InTransit_006", "Handed over to customs"};
        }
        return switch (reason) {
            case DOCUMENTS -> new String[] {"Exception", "Exception_018", "Incorrect or missing documents"};
            case DUTIES -> new String[] {"Exception", "Exception_006", "Held for payment of duties"};
            default -> new String[] {"Exception", "Exception_004", "Customs clearance delay"};
        };
    }

    private static String[] failed(Reason reason) {
        if (reason == null) {
            return new String[] {"AttemptFail", "AttemptFail_001", "Delivery attempt failed"};
        }
        return switch (reason) {
            case ADDRESS -> new String[] {"Exception", "Exception_007", "Incorrect address"};
            case REFUSED -> new String[] {"Exception", "Exception_003", "Refused by recipient"};
            case RECIPIENT_ABSENT -> new String[] {"AttemptFail", "AttemptFail_002", "Recipient not available"};
            default -> new String[] {"AttemptFail", "AttemptFail_001", "Delivery attempt failed"};
        };
    }
}
