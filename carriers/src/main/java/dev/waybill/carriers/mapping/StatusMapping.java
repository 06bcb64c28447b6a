package dev.waybill.carriers.mapping;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a carrier's status table: the contract's code and reason for a carrier code. A customs
 * row whose side the carrier does not say ({@link #customs(boolean, Reason)}) is placed on the export
 * or import side by {@link ShipmentDraft}, from the event's country and its position on the timeline.
 *
 * <p>Immutable and thread-safe. Rows are made once per table, not per event, so the reason is an
 * {@code Optional} component.
 *
 * @param code              the normalised code
 * @param reason            the reason; empty when the row gives none
 * @param customsByPosition true when the side of a customs code is decided by position
 */
public record StatusMapping(EventCode code, Optional<Reason> reason, boolean customsByPosition) {

    /** Validates the parts. */
    public StatusMapping {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        if (customsByPosition && code != EventCode.IMPORT_HELD && code != EventCode.IMPORT_CLEARED) {
            throw new IllegalArgumentException("only IMPORT_HELD or IMPORT_CLEARED are placed by position: " + code);
        }
    }

    /** A row whose {@code reason} is null when it gives none. */
    public StatusMapping(EventCode code, Reason reason, boolean customsByPosition) {
        this(code, Optional.ofNullable(reason), customsByPosition);
    }

    /** A row with a code and no reason. */
    public static StatusMapping of(EventCode code) {
        return new StatusMapping(code, Optional.empty(), false);
    }

    /** A row with a code and a reason (null for none). */
    public static StatusMapping of(EventCode code, Reason reason) {
        return new StatusMapping(code, reason, false);
    }

    /**
     * A customs row whose side follows position: import unless the event is in the origin country or
     * precedes the departure from it.
     *
     * @param held   true for a hold, false for a release
     * @param reason the reason; null for none
     */
    public static StatusMapping customs(boolean held, Reason reason) {
        return new StatusMapping(held ? EventCode.IMPORT_HELD : EventCode.IMPORT_CLEARED, reason, true);
    }
}
