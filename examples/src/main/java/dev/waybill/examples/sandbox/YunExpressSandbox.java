package dev.waybill.examples.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * YunExpress's OMS API: {@code GET /api/Tracking/GetTrackAllInfo?OrderNumber=…} with a Basic credential
 * (any is accepted; none gets a 401), the {@code {Item, Code, Message}} envelope. A parcel handed to a
 * last-mile carrier names its number in {@code TrackingNumber} and the carrier in {@code ProviderName}.
 * A number the sandbox does not know gets {@code Item: null} with {@code Code 0000}: the sandbox's
 * reading of the envelope, as no recorded answer for an unknown number was found.
 */
final class YunExpressSandbox implements SandboxApi {

    private static final DateTimeFormatter PROCESS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @Override
    public String name() {
        return "yunexpress";
    }

    @Override
    public Reply handle(Call call, Map<String, SandboxParcel> parcels) {
        String authorization = call.header("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return new Reply(401, envelope("401", "Unauthorized").putNull("Item"));
        }
        if (!call.method().equals("GET") || !call.path().equals("/api/Tracking/GetTrackAllInfo")) {
            return new Reply(404, envelope("404", "no such API"));
        }
        SandboxParcel parcel = parcels.get(call.query().getOrDefault("OrderNumber", "").strip());
        return new Reply(200, parcel == null ? envelope("0000", "提交成功").putNull("Item") : render(parcel));
    }

    @Override
    public ObjectNode render(SandboxParcel parcel) {
        ObjectNode answer = envelope("0000", "提交成功");
        Shipment recorded = parcel.recorded();
        ObjectNode item = answer.putObject("Item").put("CountryCode", recorded.destination().value())
                .put("WaybillNumber", parcel.trackingNumber());
        HandOver handOver = recorded.handOver().orElse(null);
        item.put("TrackingNumber", handOver == null ? "" : handOver.trackingNumber());
        item.put("ProviderName", handOver == null ? ""
                : handOver.carrier().map(carrier -> carrier.toUpperCase(Locale.ROOT)).orElse(""));
        recorded.latestEvent().ifPresent(latest -> item.put("PackageState", packageState(latest.code()))
                .put("TrackingStatus", trackingStatus(latest.code())));
        ArrayNode details = item.putArray("OrderTrackingDetails");
        for (TrackingEvent event : recorded.events()) {
            ObjectNode detail = details.addObject().put("ProcessDate", PROCESS_DATE.format(event.at()))
                    .put("ProcessContent", text(event.code()))
                    .put("ProcessLocation", event.location().orElse(null))
                    .put("ProcessCountry", event.country().map(CountryCode::value).orElse(null))
                    .put("TrackingStatus", trackingStatus(event.code()));
            String node = node(event);
            if (node != null) {
                detail.put("TrackNodeCode", node);
            }
        }
        return answer;
    }

    private static ObjectNode envelope(String code, String message) {
        return JSON.objectNode().put("Code", code).put("Message", message);
    }

    /** The node YunExpress sends for the event; null where its node table has none (a release, a pickup point). */
    private static String node(TrackingEvent event) {
        return switch (event.code()) {
            case LABEL_CREATED -> "ORDER_CREATION";
            case PICKED_UP -> "FIRST_MILE_ARRIVE";
            case HUB_SCAN, IN_TRANSIT -> "IN_TRANSIT";
            case DEPARTED_ORIGIN -> "INTERNATIONAL_SHIP";
            case ARRIVED_DESTINATION -> "MAIN_LINE_ARRIVE";
            case EXPORT_HELD, IMPORT_HELD -> event.reason().orElse(null) == Reason.INSPECTION ? "CUSTOMS_HOLD" : "CUSTOMS_EXCEPTION";
            case OUT_FOR_DELIVERY -> "LAST_MILE_DELIVERY";
            case DELIVERY_FAILED -> "DELIVERY_FAILURE";
            case DELIVERED -> "DELIVERED";
            case LOST -> "PACKAGE_LOST";
            case RETURN_TO_SENDER -> "RETURNED";
            case EXPORT_CLEARED, IMPORT_CLEARED, AVAILABLE_FOR_PICKUP, DAMAGED, UNKNOWN -> null;
        };
    }

    private static int trackingStatus(EventCode code) {
        return switch (code) {
            case LABEL_CREATED -> 10;
            case AVAILABLE_FOR_PICKUP -> 30;
            case DELIVERY_FAILED -> 40;
            case DELIVERED -> 50;
            case DAMAGED, LOST, UNKNOWN -> 60;
            case RETURN_TO_SENDER -> 90;
            default -> 20;
        };
    }

    private static int packageState(EventCode latest) {
        return switch (latest) {
            case LABEL_CREATED -> 1;
            case PICKED_UP -> 4;
            case DELIVERED -> 3;
            case DELIVERY_FAILED -> 6;
            case RETURN_TO_SENDER -> 7;
            default -> 2;
        };
    }

    private static String text(EventCode code) {
        return switch (code) {
            case LABEL_CREATED -> "Shipment information received";
            case PICKED_UP -> "Arrived at YunExpress facility";
            case HUB_SCAN, IN_TRANSIT -> "In transit";
            case EXPORT_HELD -> "Held by export customs";
            case EXPORT_CLEARED -> "Export customs clearance completed";
            case DEPARTED_ORIGIN -> "Departed from origin country";
            case ARRIVED_DESTINATION -> "Arrived in destination country";
            case IMPORT_HELD -> "Held by import customs";
            case IMPORT_CLEARED -> "Import customs clearance completed";
            case OUT_FOR_DELIVERY -> "Out for delivery";
            case DELIVERY_FAILED -> "Delivery attempted";
            case AVAILABLE_FOR_PICKUP -> "Available for pickup";
            case DELIVERED -> "Delivered";
            case RETURN_TO_SENDER -> "Returned to sender";
            case DAMAGED -> "Package damaged";
            case LOST -> "Package lost";
            case UNKNOWN -> "Carrier update";
        };
    }
}
