package dev.waybill.delay;

/** The headline of a verdict: is the parcel on track, late, lost, delivered or coming back. */
public enum Status {
    /** Moving within the lane's normal times; nothing to do. */
    ON_TRACK,
    /** Not delivered, promise not yet passed, but late arrival is likely or an exception is open. */
    AT_RISK,
    /** Not delivered and the promise has passed (or, with no promise, well beyond normal transit). */
    DELAYED,
    /** Declared lost by the carrier, or silent beyond the lane's loss threshold. */
    LOST,
    /** Delivered on or before the promised date. */
    DELIVERED,
    /** Delivered after the promised date. */
    DELIVERED_LATE,
    /** On its way back to the sender. */
    RETURNING
}
