package dev.waybill.carriers.easypost;

import static dev.waybill.carriers.mapping.StatusMapping.customs;
import static dev.waybill.carriers.mapping.StatusMapping.of;

import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.StatusTable;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EasyPost's whole documented vocabulary (Tracker object docs; research carrier-apis.md section 4):
 * the 10 {@code status} values and the 28 {@code status_detail} values. The detail decides where it
 * says more than the status, except that a detail never downgrades a delivered, returning,
 * pickup-ready or out-for-delivery status to plain movement. {@code unknown}, {@code error} and
 * {@code expired} have no contract equivalent and map to {@code UNKNOWN} on purpose; a cancelled
 * tracker's parcel stays with or returns to the shop.
 */
final class EasyPostStatusMap {

    private static final Logger LOG = LoggerFactory.getLogger(EasyPostStatusMap.class);

    static final Map<String, StatusMapping> STATUSES = statuses();
    static final Map<String, StatusMapping> DETAILS = details();

    static final StatusTable STATUS = StatusTable.of(EasyPostTracking.NAME, STATUSES);
    static final StatusTable DETAIL = StatusTable.of(EasyPostTracking.NAME, DETAILS);

    /** Details that add nothing to the status. */
    private static final Set<String> GENERIC = Set.of("status_update", "unknown");
    private static final Set<EventCode> FIRM = EnumSet.of(EventCode.DELIVERED, EventCode.RETURN_TO_SENDER,
            EventCode.AVAILABLE_FOR_PICKUP, EventCode.OUT_FOR_DELIVERY);
    private static final Set<EventCode> VAGUE = EnumSet.of(EventCode.IN_TRANSIT, EventCode.HUB_SCAN, EventCode.UNKNOWN);

    private EasyPostStatusMap() {
    }

    private static Map<String, StatusMapping> statuses() {
        Map<String, StatusMapping> r = new LinkedHashMap<>();
        r.put("unknown", of(EventCode.UNKNOWN));
        r.put("pre_transit", of(EventCode.LABEL_CREATED));
        r.put("in_transit", of(EventCode.IN_TRANSIT));
        r.put("out_for_delivery", of(EventCode.OUT_FOR_DELIVERY));
        r.put("delivered", of(EventCode.DELIVERED));
        r.put("available_for_pickup", of(EventCode.AVAILABLE_FOR_PICKUP));
        r.put("return_to_sender", of(EventCode.RETURN_TO_SENDER));
        r.put("failure", of(EventCode.DELIVERY_FAILED));
        r.put("cancelled", of(EventCode.RETURN_TO_SENDER));
        r.put("error", of(EventCode.UNKNOWN));
        return Map.copyOf(r);
    }

    private static Map<String, StatusMapping> details() {
        Map<String, StatusMapping> r = new LinkedHashMap<>();
        r.put("address_correction", of(EventCode.IN_TRANSIT, Reason.ADDRESS));
        r.put("arrived_at_destination", of(EventCode.ARRIVED_DESTINATION));
        r.put("arrived_at_facility", of(EventCode.HUB_SCAN));
        r.put("arrived_at_pickup_location", of(EventCode.AVAILABLE_FOR_PICKUP));
        r.put("awaiting_information", of(EventCode.IN_TRANSIT));
        r.put("cancelled", of(EventCode.RETURN_TO_SENDER));
        r.put("damaged", of(EventCode.DAMAGED));
        r.put("delayed", of(EventCode.IN_TRANSIT));
        r.put("delivery_exception", of(EventCode.DELIVERY_FAILED));
        r.put("departed_facility", of(EventCode.HUB_SCAN));
        r.put("departed_origin_facility", of(EventCode.HUB_SCAN));
        r.put("expired", of(EventCode.UNKNOWN));
        r.put("failure", of(EventCode.DELIVERY_FAILED));
        r.put("held", customs(true, null));
        r.put("in_transit", of(EventCode.IN_TRANSIT));
        r.put("label_created", of(EventCode.LABEL_CREATED));
        r.put("lost", of(EventCode.LOST));
        r.put("missorted", of(EventCode.IN_TRANSIT));
        r.put("out_for_delivery", of(EventCode.OUT_FOR_DELIVERY));
        r.put("received_at_destination_facility", of(EventCode.HUB_SCAN));
        r.put("received_at_origin_facility", of(EventCode.PICKED_UP));
        r.put("refused", of(EventCode.DELIVERY_FAILED, Reason.REFUSED));
        r.put("return", of(EventCode.RETURN_TO_SENDER));
        r.put("status_update", of(EventCode.IN_TRANSIT));
        r.put("transferred_to_destination_carrier", of(EventCode.IN_TRANSIT));
        r.put("transit_exception", of(EventCode.IN_TRANSIT));
        r.put("unknown", of(EventCode.UNKNOWN));
        r.put("weather_delay", of(EventCode.IN_TRANSIT, Reason.WEATHER));
        return Map.copyOf(r);
    }

    /** The row for a tracking detail from its {@code status} and {@code status_detail}. */
    static StatusMapping map(String status, String detail, String trackingNumber) {
        StatusMapping byStatus = STATUS.map(status, trackingNumber);
        if (detail == null || detail.isBlank() || GENERIC.contains(detail.strip())) {
            return byStatus;
        }
        var byDetail = DETAIL.find(detail);
        if (byDetail.isEmpty()) {
            LOG.warn("unmapped status code carrier={} code={} tracking={}; using status {}", EasyPostTracking.NAME,
                    detail, trackingNumber, status);
            return byStatus;
        }
        if (FIRM.contains(byStatus.code()) && VAGUE.contains(byDetail.get().code())) {
            return byStatus;
        }
        return byDetail.get();
    }
}
