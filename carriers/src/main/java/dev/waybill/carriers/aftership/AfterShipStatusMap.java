package dev.waybill.carriers.aftership;

import static dev.waybill.carriers.mapping.StatusMapping.customs;
import static dev.waybill.carriers.mapping.StatusMapping.of;

import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.StatusTable;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AfterShip's whole documented vocabulary: the 9 tags and their sub-tags up to API 2026-07
 * (AfterShip tracking docs, "Delivery statuses"; research carrier-apis.md section 2). Codes whose
 * meaning AfterShip does not publish ({@code InTransit_010..013}, {@code Exception_014/015},
 * {@code Pending_002..006}) take their tag's meaning. Exceptions without a contract equivalent
 * (generic, expired) map to {@code UNKNOWN} on purpose; cancellation is read as a return to the
 * sender, since the parcel stays with or goes back to the shop. An unknown sub-tag falls back to its
 * tag, with a warning.
 */
final class AfterShipStatusMap {

    private static final Logger LOG = LoggerFactory.getLogger(AfterShipStatusMap.class);

    static final StatusTable TABLE = StatusTable.of(AfterShipTracking.NAME, rows());

    private AfterShipStatusMap() {
    }

    private static Map<String, StatusMapping> rows() {
        Map<String, StatusMapping> r = new LinkedHashMap<>();
        r.put("Pending", of(EventCode.LABEL_CREATED));
        for (int i = 1; i <= 6; i++) {
            r.put("Pending_00" + i, of(EventCode.LABEL_CREATED));
        }
        r.put("InfoReceived", of(EventCode.LABEL_CREATED));
        r.put("InfoReceived_001", of(EventCode.LABEL_CREATED));
        r.put("InTransit", of(EventCode.IN_TRANSIT));
        r.put("InTransit_001", of(EventCode.IN_TRANSIT));
        r.put("InTransit_002", of(EventCode.PICKED_UP));
        r.put("InTransit_003", of(EventCode.HUB_SCAN));
        r.put("InTransit_004", of(EventCode.ARRIVED_DESTINATION));
        r.put("InTransit_005", customs(false, null));
        r.put("InTransit_006", customs(true, null));
        r.put("InTransit_007", of(EventCode.HUB_SCAN));
        r.put("InTransit_008", of(EventCode.IN_TRANSIT));
        r.put("InTransit_009", of(EventCode.IN_TRANSIT));
        for (int i = 10; i <= 13; i++) {
            r.put("InTransit_0" + i, of(EventCode.IN_TRANSIT));
        }
        r.put("OutForDelivery", of(EventCode.OUT_FOR_DELIVERY));
        r.put("OutForDelivery_001", of(EventCode.OUT_FOR_DELIVERY));
        r.put("OutForDelivery_002", of(EventCode.AVAILABLE_FOR_PICKUP));
        r.put("OutForDelivery_003", of(EventCode.OUT_FOR_DELIVERY));
        r.put("OutForDelivery_004", of(EventCode.OUT_FOR_DELIVERY));
        r.put("AttemptFail", of(EventCode.DELIVERY_FAILED));
        r.put("AttemptFail_001", of(EventCode.DELIVERY_FAILED));
        r.put("AttemptFail_002", of(EventCode.DELIVERY_FAILED, Reason.RECIPIENT_ABSENT));
        r.put("AttemptFail_003", of(EventCode.DELIVERY_FAILED, Reason.RECIPIENT_ABSENT));
        r.put("Delivered", of(EventCode.DELIVERED));
        for (int i = 1; i <= 5; i++) {
            r.put("Delivered_00" + i, of(EventCode.DELIVERED));
        }
        r.put("AvailableForPickup", of(EventCode.AVAILABLE_FOR_PICKUP));
        r.put("AvailableForPickup_001", of(EventCode.AVAILABLE_FOR_PICKUP));
        r.put("Exception", of(EventCode.UNKNOWN));
        r.put("Exception_001", of(EventCode.UNKNOWN));
        r.put("Exception_002", of(EventCode.DELIVERY_FAILED, Reason.ADDRESS));
        r.put("Exception_003", of(EventCode.DELIVERY_FAILED, Reason.REFUSED));
        r.put("Exception_004", customs(true, Reason.INSPECTION));
        r.put("Exception_005", of(EventCode.IN_TRANSIT));
        r.put("Exception_006", customs(true, Reason.DUTIES));
        r.put("Exception_007", of(EventCode.DELIVERY_FAILED, Reason.ADDRESS));
        r.put("Exception_008", of(EventCode.IN_TRANSIT));
        r.put("Exception_009", of(EventCode.RETURN_TO_SENDER));
        r.put("Exception_010", of(EventCode.RETURN_TO_SENDER));
        r.put("Exception_011", of(EventCode.RETURN_TO_SENDER));
        r.put("Exception_012", of(EventCode.DAMAGED));
        r.put("Exception_013", of(EventCode.LOST));
        r.put("Exception_014", of(EventCode.UNKNOWN));
        r.put("Exception_015", of(EventCode.UNKNOWN));
        r.put("Exception_016", of(EventCode.IN_TRANSIT));
        r.put("Exception_017", of(EventCode.IN_TRANSIT, Reason.WEATHER));
        r.put("Exception_018", customs(true, Reason.DOCUMENTS));
        r.put("Exception_019", of(EventCode.IN_TRANSIT, Reason.CAPACITY));
        r.put("Exception_020", of(EventCode.RETURN_TO_SENDER));
        r.put("Exception_021", of(EventCode.LOST));
        r.put("Expired", of(EventCode.UNKNOWN));
        r.put("Expired_001", of(EventCode.UNKNOWN));
        return r;
    }

    /** The row for a checkpoint: its sub-tag, else (with a warning for an unknown sub-tag) its tag. */
    static StatusMapping map(String tag, String subtag, String trackingNumber) {
        if (subtag != null && !subtag.isBlank()) {
            var row = TABLE.find(subtag);
            if (row.isPresent()) {
                return row.get();
            }
            if (tag != null && TABLE.find(tag).isPresent()) {
                LOG.warn("unmapped status code carrier={} code={} tracking={}; using tag {}",
                        AfterShipTracking.NAME, subtag, trackingNumber, tag);
                return TABLE.find(tag).get();
            }
            return TABLE.map(subtag, trackingNumber);
        }
        return TABLE.map(tag, trackingNumber);
    }
}
