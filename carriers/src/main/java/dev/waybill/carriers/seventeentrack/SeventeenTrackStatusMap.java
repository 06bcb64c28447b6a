package dev.waybill.carriers.seventeentrack;

import static dev.waybill.carriers.mapping.StatusMapping.customs;
import static dev.waybill.carriers.mapping.StatusMapping.of;

import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.StatusTable;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 17TRACK's whole documented vocabulary (API v2.2/v2.4 docs; research carrier-apis.md section 3):
 * the 9 main statuses, the 30 sub-statuses and the 9 milestone key stages an event's {@code stage}
 * names. Stage hints land on their codes: {@code InTransit_Departure} leaves the origin country,
 * {@code InTransit_Arrival} reaches the destination, the customs sub-statuses are placed on the export
 * or import side by position. {@code NotFound}, {@code Expired} and the generic {@code Exception}
 * have no contract equivalent and map to {@code UNKNOWN} on purpose; a destroyed parcel is lost, and
 * a cancelled one stays with or returns to the shop.
 */
final class SeventeenTrackStatusMap {

    static final StatusTable TABLE = StatusTable.of(SeventeenTrackTracking.NAME, rows());

    private SeventeenTrackStatusMap() {
    }

    private static Map<String, StatusMapping> rows() {
        Map<String, StatusMapping> r = new LinkedHashMap<>();
        r.put("NotFound", of(EventCode.UNKNOWN));
        r.put("InfoReceived", of(EventCode.LABEL_CREATED));
        r.put("InTransit", of(EventCode.IN_TRANSIT));
        r.put("Expired", of(EventCode.UNKNOWN));
        r.put("AvailableForPickup", of(EventCode.AVAILABLE_FOR_PICKUP));
        r.put("OutForDelivery", of(EventCode.OUT_FOR_DELIVERY));
        r.put("DeliveryFailure", of(EventCode.DELIVERY_FAILED));
        r.put("Delivered", of(EventCode.DELIVERED));
        r.put("Exception", of(EventCode.UNKNOWN));

        r.put("NotFound_Other", of(EventCode.UNKNOWN));
        r.put("NotFound_InvalidCode", of(EventCode.UNKNOWN));
        r.put("InTransit_PickedUp", of(EventCode.PICKED_UP));
        r.put("InTransit_Other", of(EventCode.IN_TRANSIT));
        r.put("InTransit_Departure", of(EventCode.DEPARTED_ORIGIN));
        r.put("InTransit_Arrival", of(EventCode.ARRIVED_DESTINATION));
        r.put("InTransit_CustomsProcessing", customs(true, null));
        r.put("InTransit_CustomsReleased", customs(false, null));
        r.put("InTransit_CustomsRequiringInformation", customs(true, Reason.DOCUMENTS));
        r.put("Expired_Other", of(EventCode.UNKNOWN));
        r.put("AvailableForPickup_Other", of(EventCode.AVAILABLE_FOR_PICKUP));
        r.put("OutForDelivery_Other", of(EventCode.OUT_FOR_DELIVERY));
        r.put("DeliveryFailure_Other", of(EventCode.DELIVERY_FAILED));
        r.put("DeliveryFailure_NoBody", of(EventCode.DELIVERY_FAILED, Reason.RECIPIENT_ABSENT));
        r.put("DeliveryFailure_Security", of(EventCode.DELIVERY_FAILED));
        r.put("DeliveryFailure_Rejected", of(EventCode.DELIVERY_FAILED, Reason.REFUSED));
        r.put("DeliveryFailure_InvalidAddress", of(EventCode.DELIVERY_FAILED, Reason.ADDRESS));
        r.put("Delivered_Other", of(EventCode.DELIVERED));
        r.put("Exception_Other", of(EventCode.UNKNOWN));
        r.put("Exception_Returning", of(EventCode.RETURN_TO_SENDER));
        r.put("Exception_Returned", of(EventCode.RETURN_TO_SENDER));
        r.put("Exception_NoBody", of(EventCode.DELIVERY_FAILED, Reason.RECIPIENT_ABSENT));
        r.put("Exception_Security", customs(true, Reason.INSPECTION));
        r.put("Exception_Damage", of(EventCode.DAMAGED));
        r.put("Exception_Rejected", of(EventCode.DELIVERY_FAILED, Reason.REFUSED));
        r.put("Exception_Delayed", of(EventCode.IN_TRANSIT));
        r.put("Exception_Lost", of(EventCode.LOST));
        r.put("Exception_Destroyed", of(EventCode.LOST));
        r.put("Exception_Cancel", of(EventCode.RETURN_TO_SENDER));

        r.put("PickedUp", of(EventCode.PICKED_UP));
        r.put("Departure", of(EventCode.DEPARTED_ORIGIN));
        r.put("Arrival", of(EventCode.ARRIVED_DESTINATION));
        r.put("Returning", of(EventCode.RETURN_TO_SENDER));
        r.put("Returned", of(EventCode.RETURN_TO_SENDER));
        return r;
    }

    /**
     * The row for an event: its sub-status, with its key stage taking over where the sub-status is the
     * generic {@code InTransit_Other}; the stage alone where there is no sub-status.
     */
    static StatusMapping map(String subStatus, String stage, String trackingNumber) {
        boolean hasSub = subStatus != null && !subStatus.isBlank();
        boolean hasStage = stage != null && !stage.isBlank();
        if (hasSub) {
            StatusMapping bySub = TABLE.map(subStatus, trackingNumber);
            if (bySub.code() == EventCode.IN_TRANSIT && hasStage) {
                return TABLE.find(stage).filter(s -> s.code() != EventCode.LABEL_CREATED).orElse(bySub);
            }
            return bySub;
        }
        return TABLE.map(hasStage ? stage : null, trackingNumber);
    }
}
