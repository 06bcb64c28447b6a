package dev.waybill.examples.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * USPS Tracking v3: {@code POST /oauth2/v3/token} (client credentials in the form) and
 * {@code GET /tracking/v3/tracking/{number}?expand=DETAIL} with the bearer token, answered in the
 * recorded {@code TrackingDetails} shape. A number it does not know gets USPS's recorded 400 "A
 * status update is not yet available". Pub 199 has no customs scans, so a parcel with customs events
 * is not carried faithfully.
 */
final class UspsSandbox implements SandboxApi {

    /** The token every client gets. */
    static final String TOKEN = "sandbox-usps-token";

    @Override
    public String name() {
        return "usps";
    }

    @Override
    public Reply handle(Call call, Map<String, SandboxParcel> parcels) {
        if (call.method().equals("POST") && call.path().equals("/oauth2/v3/token")) {
            String form = new String(call.body(), StandardCharsets.UTF_8);
            if (!form.contains("client_id=") || !form.contains("client_secret=")) {
                return new Reply(401, JSON.objectNode().put("error", "invalid_client")
                        .put("error_description", "Client authentication failed."));
            }
            return new Reply(200, JSON.objectNode().put("access_token", TOKEN).put("token_type", "Bearer")
                    .put("expires_in", 28799));
        }
        if (!("Bearer " + TOKEN).equals(call.header("Authorization"))) {
            return new Reply(401, error("401", "Unauthorized: the access token is missing or invalid"));
        }
        String prefix = "/tracking/v3/tracking/";
        if (!call.method().equals("GET") || !call.path().startsWith(prefix)) {
            return new Reply(404, error("404", "Resource not found"));
        }
        SandboxParcel parcel = parcels.get(call.path().substring(prefix.length()));
        if (parcel == null) {
            return new Reply(400, error("400", "12: A status update is not yet available on your package."));
        }
        return new Reply(200, render(parcel));
    }

    private static ObjectNode error(String code, String message) {
        ObjectNode body = JSON.objectNode().put("apiVersion", "/tracking/v3");
        body.putObject("error").put("code", code).put("message", message);
        return body;
    }

    @Override
    public ObjectNode render(SandboxParcel parcel) {
        Shipment recorded = parcel.recorded();
        ObjectNode answer = JSON.objectNode().put("trackingNumber", parcel.trackingNumber())
                .put("originCountry", recorded.origin().value())
                .put("destinationCountryCode", recorded.destination().value());
        ArrayNode events = answer.putArray("trackingEvents");
        for (int i = recorded.events().size() - 1; i >= 0; i--) {
            TrackingEvent event = recorded.events().get(i);
            String[] scan = scan(event);
            ObjectNode node = events.addObject().put("eventType", scan[1])
                    .put("eventTimestamp", event.at().toLocalDateTime().toString())
                    .put("GMTOffset", event.at().getOffset().getId().equals("Z") ? "+00:00" : event.at().getOffset().getId())
                    .put("eventCity", event.location().orElse(null)).put("eventCode", scan[0]);
            CountryCode country = Sites.country(recorded, i);
            node.put("eventCountry", country == null ? null : country.value());
        }
        recorded.latestEvent().ifPresent(latest -> answer.put("statusCategory", category(latest.code()))
                .put("status", scan(latest)[1]));
        return answer;
    }

    /** eventCode and eventType as USPS prints them (Pub 199); plain movement for what it has no scan for. */
    private static String[] scan(TrackingEvent event) {
        Reason reason = event.reason().orElse(null);
        return switch (event.code()) {
            case LABEL_CREATED -> new String[] {"GX", "Shipping Label Created, USPS Awaiting Item"};
            case PICKED_UP -> new String[] {"03", "USPS in possession of item"};
            case HUB_SCAN -> new String[] {"A1", "Arrived at USPS Regional Facility"};
            case DEPARTED_ORIGIN -> new String[] {"T1", "Departed USPS Regional Facility"};
            case ARRIVED_DESTINATION -> new String[] {"07", "Arrived at Post Office"};
            case OUT_FOR_DELIVERY -> new String[] {"OF", "Out for Delivery"};
            case DELIVERY_FAILED -> reason == Reason.ADDRESS ? new String[] {"05", "Undeliverable as Addressed"}
                    : reason == Reason.NO_ACCESS ? new String[] {"55", "Notice Left (No Secure Location Available)"}
                    : new String[] {"02", "Notice Left (No Authorized Recipient Available)"};
            case AVAILABLE_FOR_PICKUP -> new String[] {"16", "Available for Pickup"};
            case DELIVERED -> new String[] {"01", "Delivered, In/At Mailbox"};
            case RETURN_TO_SENDER -> reason == Reason.ADDRESS ? new String[] {"21", "No Such Number, Return to Sender"}
                    : new String[] {"09", "Return to Sender"};
            case LOST -> new String[] {"11", "Dead Letter"};
            case UNKNOWN -> new String[] {"DX", "Delivery Status Not Updated"};
            default -> new String[] {"TL", "In Transit to Next Facility"};
        };
    }

    private static String category(EventCode latest) {
        return switch (latest) {
            case LABEL_CREATED -> "Pre-Shipment";
            case PICKED_UP -> "Accepted";
            case OUT_FOR_DELIVERY -> "Out for Delivery";
            case DELIVERED -> "Delivered";
            case AVAILABLE_FOR_PICKUP -> "Available for Pickup";
            case DELIVERY_FAILED -> "Delivery Attempt";
            case RETURN_TO_SENDER -> "Return to Sender";
            default -> "Moving Through Network";
        };
    }
}
