package dev.waybill.carriers.mapping;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import java.util.Objects;

/**
 * One row of a carrier's status table: the contract's code and reason for a carrier code. A customs
 * row whose side the carrier does not say ({@link #customs(boolean, Reason)}) is placed on the export
 * or import side by {@link ShipmentDraft}, from the event's country and its position on the timeline.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code              the normalised code
 * @param reason            the reason; may be null
 * @param customsByPosition true when the side of a customs code is decided by position
 */
public record StatusMapping(EventCode code, Reason reason, boolean customsByPosition) {

    /** Validates the parts. */
    public StatusMapping {
        Objects.requireNonNull(code, "code");
        if (customsByPosition && code != EventCode.IMPORT_HELD && code != EventCode.IMPORT_CLEARED) {
            throw new IllegalArgumentException("only IMPORT_HELD or IMPORT_CLEARED are placed by position: " + code);
        }
    }

    /** A row with a code and no reason. */
    public static StatusMapping of(EventCode code) {
        return new StatusMapping(code, null, false);
    }

    /** A row with a code and a reason. */
    public static StatusMapping of(EventCode code, Reason reason) {
        return new StatusMapping(code, reason, false);
    }

    /**
     * A customs row whose side follows position: import unless the event is in the origin country or
     * precedes the departure from it.
     *
     * @param held   true for a hold, false for a release
     * @param reason the reason; may be null
     */
    public static StatusMapping customs(boolean held, Reason reason) {
        return new StatusMapping(held ? EventCode.IMPORT_HELD : EventCode.IMPORT_CLEARED, reason, true);
    }
}
