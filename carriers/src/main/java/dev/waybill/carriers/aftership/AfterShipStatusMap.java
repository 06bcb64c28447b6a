package dev.waybill.carriers.aftership;

import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.StatusTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AfterShip's whole documented vocabulary: the 9 tags and their sub-tags up to API 2026-07
 * (AfterShip tracking docs, "Delivery statuses"; research carrier-apis.md section 2), kept as data in
 * {@code status-codes.json} next to this class. Codes whose
 * meaning AfterShip does not publish ({@code InTransit_010..013}, {@code Exception_014/015},
 * {@code Pending_002..006}) take their tag's meaning. Exceptions without a contract equivalent
 * (generic, expired) map to {@code UNKNOWN} on purpose; cancellation is read as a return to the
 * sender, since the parcel stays with or goes back to the shop.
 *
 * <p>The logic kept here: a checkpoint is read by its sub-tag; an unknown sub-tag falls back to its
 * tag, with a warning.
 */
final class AfterShipStatusMap {

    private static final Logger LOG = LoggerFactory.getLogger(AfterShipStatusMap.class);

    static final StatusTable TABLE = StatusTable.load(AfterShipTracking.NAME,
            AfterShipStatusMap.class.getResource("status-codes.json"));

    private AfterShipStatusMap() {
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
