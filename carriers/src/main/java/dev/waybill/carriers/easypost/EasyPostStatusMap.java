package dev.waybill.carriers.easypost;

import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.StatusTable;
import dev.waybill.shipment.EventCode;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EasyPost's whole documented vocabulary (Tracker object docs; research carrier-apis.md section 4):
 * the 10 {@code status} values and the 28 {@code status_detail} values, kept as data in
 * {@code status-codes.json} and {@code status-details.json} next to this class. {@code unknown},
 * {@code error} and {@code expired} have no contract equivalent and map to {@code UNKNOWN} on purpose;
 * a cancelled tracker's parcel stays with or returns to the shop.
 *
 * <p>The logic kept here ({@link #map}): the detail decides where it says more than the status, except
 * that a detail never downgrades a delivered, returning, pickup-ready or out-for-delivery status to
 * plain movement; a generic or unknown detail leaves the status to decide.
 */
final class EasyPostStatusMap {

    private static final Logger LOG = LoggerFactory.getLogger(EasyPostStatusMap.class);

    static final StatusTable STATUS = StatusTable.load(EasyPostTracking.NAME,
            EasyPostStatusMap.class.getResource("status-codes.json"));
    static final StatusTable DETAIL = StatusTable.load(EasyPostTracking.NAME,
            EasyPostStatusMap.class.getResource("status-details.json"));

    /** Details that add nothing to the status. */
    private static final Set<String> GENERIC = Set.of("status_update", "unknown");
    private static final Set<EventCode> FIRM = EnumSet.of(EventCode.DELIVERED, EventCode.RETURN_TO_SENDER,
            EventCode.AVAILABLE_FOR_PICKUP, EventCode.OUT_FOR_DELIVERY);
    private static final Set<EventCode> VAGUE = EnumSet.of(EventCode.IN_TRANSIT, EventCode.HUB_SCAN, EventCode.UNKNOWN);

    private EasyPostStatusMap() {
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
