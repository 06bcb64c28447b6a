package dev.waybill.carriers.seventeentrack;

import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.StatusTable;
import dev.waybill.shipment.EventCode;

/**
 * 17TRACK's whole documented vocabulary (API v2.2/v2.4 docs; research carrier-apis.md section 3):
 * the 9 main statuses, the 30 sub-statuses and the 9 milestone key stages an event's {@code stage}
 * names, kept as data in {@code status-codes.json} next to this class. Stage hints land on their codes: {@code InTransit_Departure} leaves the origin country,
 * {@code InTransit_Arrival} reaches the destination, the customs sub-statuses are placed on the export
 * or import side by position. {@code NotFound}, {@code Expired} and the generic {@code Exception}
 * have no contract equivalent and map to {@code UNKNOWN} on purpose; a destroyed parcel is lost, and
 * a cancelled one stays with or returns to the shop.
 *
 * <p>The logic kept here ({@link #map}): the sub-status decides, except that the event's key stage
 * takes over from a generic in-transit sub-status, and the stage alone decides without a sub-status.
 */
final class SeventeenTrackStatusMap {

    static final StatusTable TABLE = StatusTable.load(SeventeenTrackTracking.NAME,
            SeventeenTrackStatusMap.class.getResource("status-codes.json"));

    private SeventeenTrackStatusMap() {
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
