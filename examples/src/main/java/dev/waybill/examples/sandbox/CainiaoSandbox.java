package dev.waybill.examples.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Cainiao global tracking: {@code GET /global/detail.json?mailNos=A,B&lang=…}, no key; a number it does
 * not know gets the entry Cainiao answers for one (no status, empty {@code detailList}); a parcel handed
 * to a last-mile carrier names it in {@code copyRealMailNo}, {@code realMailNo} and {@code destCpInfo}.
 */
final class CainiaoSandbox implements SandboxApi {

    private static final DateTimeFormatter TIME_STR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public String name() {
        return "cainiao";
    }

    @Override
    public Reply handle(Call call, Map<String, SandboxParcel> parcels) {
        if (!call.method().equals("GET") || !call.path().equals("/global/detail.json")) {
            return new Reply(404, JSON.objectNode().put("success", false).put("errorMsg", "no such page"));
        }
        ObjectNode answer = JSON.objectNode();
        ArrayNode modules = answer.putArray("module");
        for (String number : call.query().getOrDefault("mailNos", "").split(",")) {
            if (number.isBlank()) {
                continue;
            }
            SandboxParcel parcel = parcels.get(number.strip());
            if (parcel == null) {
                modules.addObject().put("mailNo", number.strip()).put("mailNoSource", "EXTERNAL").putArray("detailList");
            } else {
                modules.add(module(parcel));
            }
        }
        answer.put("success", true);
        return new Reply(200, answer);
    }

    @Override
    public ObjectNode render(SandboxParcel parcel) {
        ObjectNode answer = JSON.objectNode();
        answer.putArray("module").add(module(parcel));
        return answer.put("success", true);
    }

    private static ObjectNode module(SandboxParcel parcel) {
        Shipment recorded = parcel.recorded();
        ObjectNode module = JSON.objectNode().put("mailNo", parcel.trackingNumber()).put("mailNoSource", "EXTERNAL")
                .put("originCountry", recorded.origin().value()).put("destCountry", recorded.destination().value());
        recorded.latestEvent().ifPresent(latest -> {
            String[] status = status(latest);
            module.put("status", status[0]).put("statusDesc", status[1]);
        });
        HandOver handOver = recorded.handOver().orElse(null);
        if (handOver != null) {
            module.put("copyRealMailNo", handOver.trackingNumber()).put("realMailNo",
                    "Latest Tracking Number:\t" + handOver.trackingNumber());
            handOver.carrier().map(carrier -> carrier.toUpperCase(Locale.ROOT)).ifPresent(carrier ->
                    module.putObject("destCpInfo").put("cpName", carrier).put("cpCode", carrier));
        }
        ArrayNode details = module.putArray("detailList");
        for (int i = recorded.events().size() - 1; i >= 0; i--) {
            details.add(trace(recorded, i));
        }
        if (!recorded.events().isEmpty()) {
            module.set("latestTrace", trace(recorded, recorded.events().size() - 1));
        }
        return module;
    }

    private static ObjectNode trace(Shipment recorded, int index) {
        TrackingEvent event = recorded.events().get(index);
        String[] action = action(event);
        String text = event.location().map(location -> "[" + location + "] " + action[1]).orElse(action[1]);
        ZoneOffset offset = event.at().getOffset();
        return JSON.objectNode().put("time", event.instant().toEpochMilli())
                .put("timeStr", TIME_STR.format(event.at()))
                .put("timeZone", "GMT" + (offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId()))
                .put("desc", text)
                .put("standerdDesc", text).put("descTitle", "Carrier note:").put("actionCode", action[0]);
    }

    /** The module's {@code status} and {@code statusDesc} after {@code latest}. */
    private static String[] status(TrackingEvent latest) {
        return switch (latest.code()) {
            case DELIVERED -> new String[] {"DELIVERED", "Delivered"};
            case AVAILABLE_FOR_PICKUP -> new String[] {"PICKUP", "Ready for collection"};
            case IMPORT_HELD, IMPORT_CLEARED -> new String[] {"CLEAR_CUSTOMS", "In customs "};
            case OUT_FOR_DELIVERY, DELIVERY_FAILED -> new String[] {"DELIVERING", "Delivering"};
            default -> new String[] {"TRANSPORT", "In transit"};
        };
    }

    /** The {@code actionCode} and {@code standerdDesc} Cainiao prints for the event. */
    private static String[] action(TrackingEvent event) {
        return switch (event.code()) {
            case LABEL_CREATED -> new String[] {"GWMS_ACCEPT", "Shipment information received by warehouse electronically"};
            case PICKED_UP -> new String[] {"PU_PICKUP_SUCCESS", "Received by logistics company"};
            case HUB_SCAN -> new String[] {"SC_INBOUND_SUCCESS", "Processing at sorting center"};
            case IN_TRANSIT -> new String[] {"SC_OUTBOUND_SUCCESS", "Departed from sorting center"};
            case EXPORT_HELD -> new String[] {"CC_EX_START", "Export customs clearance started"};
            case EXPORT_CLEARED -> new String[] {"CC_EX_SUCCESS", "Export customs clearance complete"};
            case DEPARTED_ORIGIN -> new String[] {"LH_DEPART", "Departed from departure country/region"};
            case ARRIVED_DESTINATION -> new String[] {"LH_ARRIVE", "Arrived at linehaul office"};
            case IMPORT_HELD -> new String[] {"CC_IM_START", "Import customs clearance started"};
            case IMPORT_CLEARED -> new String[] {"CC_IM_SUCCESS", "Import customs clearance complete"};
            case OUT_FOR_DELIVERY -> new String[] {"GTMS_DO_DEPART", "Out for delivery"};
            case DELIVERY_FAILED -> new String[] {"GTMS_STA_SIGN_FAILURE", "Delivery attempted"};
            case AVAILABLE_FOR_PICKUP -> new String[] {"GTMS_WAIT_SELF_PICK", "Waiting for pickup at the station"};
            case DELIVERED -> new String[] {"GTMS_SIGNED", "Package delivered"};
            case RETURN_TO_SENDER -> new String[] {"EXCEPTION", "Returned to sender"};
            case DAMAGED -> new String[] {"EXCEPTION", "Package damaged"};
            case LOST -> new String[] {"EXCEPTION", "Package lost"};
            case UNKNOWN -> new String[] {"EXCEPTION", "Carrier update"};
        };
    }
}
