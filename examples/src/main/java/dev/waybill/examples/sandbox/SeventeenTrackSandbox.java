package dev.waybill.examples.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * 17TRACK v2.4: {@code POST /track/v2.4/register} accepts the numbers it has data for and rejects the
 * others as carrier-not-detected ({@code -18019903}); {@code POST /track/v2.4/gettrackinfo} answers
 * the track info.
 */
final class SeventeenTrackSandbox implements SandboxApi {

    /** 17TRACK carrier keys of the demo's carriers (17TRACK carrier list). */
    private static final Map<String, Integer> KEYS = Map.of("yunexpress", 190107, "cainiao", 190271,
            "yanwen", 190012, "dhl", 100001, "china-post", 3011);

    @Override
    public String name() {
        return "17track";
    }

    @Override
    public Reply handle(Call call, Map<String, SandboxParcel> parcels) {
        if (call.header("17token") == null) {
            return new Reply(401, failure(-18010002, "The access key is invalid."));
        }
        boolean register = call.path().equals("/track/v2.4/register");
        if (!call.method().equals("POST") || !(register || call.path().equals("/track/v2.4/gettrackinfo"))) {
            return new Reply(404, failure(-18010013, "Unknown endpoint."));
        }
        ObjectNode answer = JSON.objectNode().put("code", 0);
        ObjectNode data = answer.putObject("data");
        ArrayNode accepted = data.putArray("accepted");
        ArrayNode rejected = data.putArray("rejected");
        for (JsonNode item : call.json()) {
            String number = item.path("number").asText();
            SandboxParcel parcel = parcels.get(number);
            if (parcel == null) {
                rejected.addObject().put("number", number).putObject("error").put("code", -18019903)
                        .put("message", "The carrier of '" + number + "' cannot be detected.");
            } else if (register) {
                accepted.addObject().put("origin", 1).put("number", number);
            } else {
                accepted.add(item(parcel));
            }
        }
        return new Reply(200, answer);
    }

    private static ObjectNode failure(int code, String message) {
        ObjectNode answer = JSON.objectNode().put("code", code);
        answer.putObject("data").putArray("errors").addObject().put("code", code).put("message", message);
        return answer;
    }

    @Override
    public ObjectNode render(SandboxParcel parcel) {
        ObjectNode answer = JSON.objectNode().put("code", 0);
        ObjectNode data = answer.putObject("data");
        data.putArray("accepted").add(item(parcel));
        data.putArray("rejected");
        return answer;
    }

    private static ObjectNode item(SandboxParcel parcel) {
        Shipment recorded = parcel.recorded();
        ObjectNode item = JSON.objectNode().put("number", parcel.trackingNumber());
        Integer key = recorded.lane().carrier().map(KEYS::get).orElse(null);
        if (key != null) {
            item.put("carrier", key);
        }
        ObjectNode info = item.putObject("track_info");
        ObjectNode shipping = info.putObject("shipping_info");
        shipping.putObject("shipper_address").put("country", recorded.origin().value());
        shipping.putObject("recipient_address").put("country", recorded.destination().value());
        if (recorded.weightKg().isPresent()) {
            info.putObject("misc_info").put("weight_kg", recorded.weightKg().orElseThrow().toPlainString());
        }
        ArrayNode events = JSON.arrayNode();
        String[] latest = {"NotFound", "NotFound_Other"};
        for (int i = recorded.events().size() - 1; i >= 0; i--) {
            TrackingEvent event = recorded.events().get(i);
            String[] status = status(event);
            if (i == recorded.events().size() - 1) {
                latest = status;
            }
            CountryCode country = Sites.country(recorded, i);
            ObjectNode node = events.addObject().put("time_iso", Sites.time(event))
                    .put("time_utc", DateTimeFormatter.ISO_INSTANT.format(event.at().withOffsetSameInstant(ZoneOffset.UTC)))
                    .put("description", status[2]).put("sub_status", status[1]);
            node.putObject("time_raw").put("date", event.at().toLocalDate().toString())
                    .put("time", event.at().toLocalTime().toString()).put("timezone", event.at().getOffset().getId());
            event.location().ifPresent(location -> node.put("location", location));
            node.putObject("address").put("country", country == null ? null : country.value());
        }
        info.putObject("latest_status").put("status", latest[0]).put("sub_status", latest[1]);
        ObjectNode provider = info.putObject("tracking").putArray("providers").addObject();
        provider.putObject("provider").put("key", key == null ? 0 : key).put("name", recorded.lane().carrier().orElse(null));
        provider.set("events", events);
        return item;
    }

    /** Main status, sub-status and description for an event. */
    private static String[] status(TrackingEvent event) {
        Reason reason = event.reason().orElse(null);
        return switch (event.code()) {
            case LABEL_CREATED -> new String[] {"InfoReceived", "InfoReceived", "Shipment information received"};
            case PICKED_UP -> new String[] {"InTransit", "InTransit_PickedUp", "Picked up"};
            case HUB_SCAN, IN_TRANSIT -> new String[] {"InTransit", "InTransit_Other", "In transit"};
            case EXPORT_HELD, IMPORT_HELD -> reason == Reason.DOCUMENTS
                    ? new String[] {"InTransit", "InTransit_CustomsRequiringInformation", "Customs requires information"}
                    : reason == Reason.INSPECTION ? new String[] {"Exception", "Exception_Security", "Held for inspection"}
                    : new String[] {"InTransit", "InTransit_CustomsProcessing", "Customs clearance in progress"};
            case EXPORT_CLEARED, IMPORT_CLEARED -> new String[] {"InTransit", "InTransit_CustomsReleased",
                "Released by customs"};
            case DEPARTED_ORIGIN -> new String[] {"InTransit", "InTransit_Departure", "Departed from origin country"};
            case ARRIVED_DESTINATION -> new String[] {"InTransit", "InTransit_Arrival", "Arrived at destination country"};
            case OUT_FOR_DELIVERY -> new String[] {"OutForDelivery", "OutForDelivery_Other", "Out for delivery"};
            case DELIVERY_FAILED -> reason == Reason.ADDRESS
                    ? new String[] {"DeliveryFailure", "DeliveryFailure_InvalidAddress", "Invalid address"}
                    : reason == Reason.RECIPIENT_ABSENT
                    ? new String[] {"DeliveryFailure", "DeliveryFailure_NoBody", "Recipient not at home"}
                    : reason == Reason.REFUSED
                    ? new String[] {"DeliveryFailure", "DeliveryFailure_Rejected", "Refused by recipient"}
                    : new String[] {"DeliveryFailure", "DeliveryFailure_Other", "Delivery failed"};
            case AVAILABLE_FOR_PICKUP -> new String[] {"AvailableForPickup", "AvailableForPickup_Other",
                "Available for pickup"};
            case DELIVERED -> new String[] {"Delivered", "Delivered_Other", "Delivered"};
            case RETURN_TO_SENDER -> new String[] {"Exception", "Exception_Returning", "Returning to sender"};
            case DAMAGED -> new String[] {"Exception", "Exception_Damage", "Damaged"};
            case LOST -> new String[] {"Exception", "Exception_Lost", "Lost"};
            case UNKNOWN -> new String[] {"Exception", "Exception_Other", "Exception"};
        };
    }
}
