package dev.waybill.examples.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * PostNL Shipping Status: {@code GET /shipment/v2/status/barcode/{barcode}?detail=true} with the
 * {@code apikey} header, answered as the recorded {@code CompleteStatus}: the latest status and every
 * old one, at Dutch local time (PostNL gives no offset and no place per status). A barcode it does
 * not know gets the recorded "No shipment found" warning. Statuses carry no customs hold or release,
 * so a parcel with those is not carried faithfully.
 */
final class PostNlSandbox implements SandboxApi {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss");

    @Override
    public String name() {
        return "postnl";
    }

    @Override
    public Reply handle(Call call, Map<String, SandboxParcel> parcels) {
        if (call.header("apikey") == null) {
            ObjectNode fault = JSON.objectNode();
            fault.putObject("fault").put("faultstring", "Invalid ApiKey").putObject("detail")
                    .put("errorcode", "oauth.v2.InvalidApiKey");
            return new Reply(401, fault);
        }
        String prefix = "/shipment/v2/status/barcode/";
        if (!call.method().equals("GET") || !call.path().startsWith(prefix)) {
            return new Reply(404, JSON.objectNode().put("message", "Resource not found"));
        }
        SandboxParcel parcel = parcels.get(call.path().substring(prefix.length()));
        if (parcel == null) {
            ObjectNode unknown = JSON.objectNode();
            unknown.putObject("CurrentStatus");
            unknown.putArray("Warnings").addObject().put("Message", "No shipment found").put("Code", "2");
            return new Reply(200, unknown);
        }
        return new Reply(200, render(parcel));
    }

    @Override
    public ObjectNode render(SandboxParcel parcel) {
        Shipment recorded = parcel.recorded();
        ObjectNode answer = JSON.objectNode();
        ObjectNode shipment = answer.putObject("CompleteStatus").putObject("Shipment")
                .put("MainBarcode", parcel.trackingNumber()).put("Barcode", parcel.trackingNumber());
        ArrayNode addresses = shipment.putArray("Address");
        addresses.addObject().put("AddressType", "01").put("CountryCode", recorded.destination().value());
        addresses.addObject().put("AddressType", "02").put("CountryCode", recorded.origin().value());
        ArrayNode old = shipment.putArray("OldStatus");
        for (int i = recorded.events().size() - 1; i >= 0; i--) {
            old.add(status(recorded.events().get(i)));
        }
        recorded.latestEvent().ifPresent(latest -> shipment.set("Status", status(latest)));
        return answer;
    }

    private static ObjectNode status(TrackingEvent event) {
        String[] status = code(event);
        return JSON.objectNode().put("TimeStamp", STAMP.format(event.at().atZoneSameInstant(DUTCH)))
                .put("StatusCode", status[0]).put("StatusDescription", status[1])
                .put("PhaseCode", status[2]).put("PhaseDescription", status[3]);
    }

    /** StatusCode, its description, PhaseCode and its description, from PostNL's T&amp;T status codes. */
    private static String[] code(TrackingEvent event) {
        return switch (event.code()) {
            case LABEL_CREATED -> new String[] {"1", "Zending voorgemeld", "1", "Collectie"};
            case PICKED_UP -> new String[] {"2", "Zending in ontvangst genomen", "1", "Collectie"};
            case HUB_SCAN, IN_TRANSIT, DEPARTED_ORIGIN -> new String[] {"5", "Zending gesorteerd", "2", "Sortering"};
            case ARRIVED_DESTINATION -> new String[] {"9", "Zending bij douane", "3", "Distributie"};
            case OUT_FOR_DELIVERY -> new String[] {"7", "Zending in distributieproces", "3", "Distributie"};
            case DELIVERY_FAILED -> new String[] {"8", "Zending niet afgeleverd", "3", "Distributie"};
            case AVAILABLE_FOR_PICKUP -> new String[] {"12", "Zending beschikbaar op afhaallocatie", "4", "Afgeleverd"};
            case DELIVERED -> new String[] {"11", "Zending afgeleverd", "4", "Afgeleverd"};
            case LOST -> new String[] {"18", "Definitief manco", "1", "Collectie"};
            case RETURN_TO_SENDER -> new String[] {"19", "Zending afgekeurd", "1", "Collectie"};
            default -> new String[] {"99", "Niet van toepassing", "99", "Niet van toepassing"};
        };
    }
}
