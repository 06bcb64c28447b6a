package dev.waybill.examples.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * EasyPost Trackers: {@code POST /v2/trackers} and {@code POST /v2/trackers/batch} answer trackers; a
 * code it has no data for is a tracker with status {@code unknown} and no details.
 */
final class EasyPostSandbox implements SandboxApi {

    private static final BigDecimal OUNCES_PER_KG = new BigDecimal("35.27396195");

    @Override
    public String name() {
        return "easypost";
    }

    @Override
    public Reply handle(Call call, Map<String, SandboxParcel> parcels) {
        String authorization = call.header("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            ObjectNode error = JSON.objectNode();
            error.putObject("error").put("code", "APIKEY.REQUIRED").put("message", "An API key is required.")
                    .putArray("errors");
            return new Reply(401, error);
        }
        JsonNode request = call.json();
        if (call.method().equals("POST") && call.path().equals("/v2/trackers")) {
            return new Reply(201, tracker(request.path("tracker").path("tracking_code").asText(), parcels));
        }
        if (call.method().equals("POST") && call.path().equals("/v2/trackers/batch")) {
            ObjectNode answer = JSON.objectNode();
            ArrayNode trackers = answer.putArray("trackers");
            request.path("tracking_codes").forEach(code -> trackers.add(tracker(code.asText(), parcels)));
            return new Reply(200, answer);
        }
        ObjectNode error = JSON.objectNode();
        error.putObject("error").put("code", "NOT_FOUND").put("message", "The requested resource could not be found.")
                .putArray("errors");
        return new Reply(404, error);
    }

    private ObjectNode tracker(String code, Map<String, SandboxParcel> parcels) {
        SandboxParcel parcel = parcels.get(code);
        if (parcel != null) {
            return render(parcel);
        }
        ObjectNode unknown = JSON.objectNode().put("id", "trk_sandbox_" + code).put("object", "Tracker")
                .put("mode", "test").put("tracking_code", code).put("status", "unknown").put("status_detail", "unknown");
        unknown.putArray("tracking_details");
        return unknown;
    }

    @Override
    public ObjectNode render(SandboxParcel parcel) {
        Shipment recorded = parcel.recorded();
        ObjectNode tracker = JSON.objectNode().put("id", "trk_sandbox_" + parcel.trackingNumber())
                .put("object", "Tracker").put("mode", "test").put("tracking_code", parcel.trackingNumber())
                .put("carrier", recorded.lane().carrier().map(carrier -> carrier.toUpperCase(Locale.ROOT))
                        .orElse("USPS"));
        if (recorded.weightKg().isPresent()) {
            tracker.put("weight", recorded.weightKg().orElseThrow().multiply(OUNCES_PER_KG).setScale(1, RoundingMode.HALF_UP));
        }
        ArrayNode details = tracker.putArray("tracking_details");
        String[] latest = {"unknown", "unknown", ""};
        for (int i = 0; i < recorded.events().size(); i++) {
            TrackingEvent event = recorded.events().get(i);
            latest = status(event);
            CountryCode country = Sites.country(recorded, i);
            ObjectNode detail = details.addObject().put("object", "TrackingDetail").put("message", latest[2])
                    .put("status", latest[0]).put("status_detail", latest[1])
                    .put("datetime", DateTimeFormatter.ISO_INSTANT.format(event.at().withOffsetSameInstant(ZoneOffset.UTC)))
                    .put("source", "sandbox");
            ObjectNode location = detail.putObject("tracking_location").put("object", "TrackingLocation")
                    .put("city", event.location().orElse(null));
            location.put("country", country == null ? null : country.value());
        }
        tracker.put("status", latest[0]).put("status_detail", latest[1]);
        ObjectNode carrierDetail = tracker.putObject("carrier_detail").put("object", "CarrierDetail");
        carrierDetail.putObject("origin_tracking_location").put("country", recorded.origin().value());
        carrierDetail.putObject("destination_tracking_location").put("country", recorded.destination().value());
        return tracker;
    }

    /** Status, status detail and message for an event. */
    private static String[] status(TrackingEvent event) {
        Reason reason = event.reason().orElse(null);
        return switch (event.code()) {
            case LABEL_CREATED -> new String[] {"pre_transit", "label_created", "Shipping label created"};
            case PICKED_UP -> new String[] {"in_transit", "received_at_origin_facility", "Received at origin facility"};
            case HUB_SCAN -> new String[] {"in_transit", "arrived_at_facility", "Arrived at facility"};
            case IN_TRANSIT -> reason == Reason.WEATHER ? new String[] {"in_transit", "weather_delay", "Weather delay"}
                    : new String[] {"in_transit", "in_transit", "In transit"};
            case EXPORT_HELD, IMPORT_HELD -> new String[] {"in_transit", "held", "Held by customs"};
            case EXPORT_CLEARED, IMPORT_CLEARED -> new String[] {"in_transit", "status_update", "Customs cleared"};
            case DEPARTED_ORIGIN -> new String[] {"in_transit", "departed_origin_facility", "Departed origin facility"};
            case ARRIVED_DESTINATION -> new String[] {"in_transit", "arrived_at_destination", "Arrived at destination"};
            case OUT_FOR_DELIVERY -> new String[] {"out_for_delivery", "out_for_delivery", "Out for delivery"};
            case DELIVERY_FAILED -> reason == Reason.REFUSED ? new String[] {"failure", "refused", "Refused"}
                    : new String[] {"failure", "delivery_exception", "Delivery exception"};
            case AVAILABLE_FOR_PICKUP -> new String[] {"available_for_pickup", "arrived_at_pickup_location",
                "Available for pickup"};
            case DELIVERED -> new String[] {"delivered", "status_update", "Delivered"};
            case RETURN_TO_SENDER -> new String[] {"return_to_sender", "return", "Returned to sender"};
            case DAMAGED -> new String[] {"in_transit", "damaged", "Damaged"};
            case LOST -> new String[] {"failure", "lost", "Lost"};
            case UNKNOWN -> new String[] {"unknown", "unknown", "Unknown"};
        };
    }
}
