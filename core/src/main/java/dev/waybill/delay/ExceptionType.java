package dev.waybill.delay;

/** The open problem with a parcel, if any (the contract's {@code exception} field). */
public enum ExceptionType {
    /** Nothing is wrong. */
    NONE,
    /** Only a label exists, past the pickup allowance. */
    NOT_PICKED_UP,
    /** Held by origin customs. */
    EXPORT_HOLD,
    /** Held by destination customs. */
    CUSTOMS_HOLD,
    /** Silent in its stage for longer than the stage's normal maximum. */
    STALLED,
    /** A delivery attempt failed. */
    DELIVERY_FAILED,
    /** Waiting at a pickup point for the buyer. */
    AWAITING_PICKUP,
    /** Damaged, by the carrier's word or the buyer's. */
    DAMAGED,
    /** On its way back to the sender. */
    RETURN_TO_SENDER,
    /** Lost. */
    LOST,
    /** Shown delivered, but the buyer says it was not. */
    NOT_RECEIVED
}
