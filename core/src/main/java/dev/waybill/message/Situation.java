package dev.waybill.message;

/**
 * What the buyer needs to hear about, one constant per message a verdict can call for. Each
 * situation has its own templates in every language and a {@link #severity()} that sets the
 * apology. {@link #ON_TRACK} and {@link #DELIVERED} are answers to an inquiry only: proactively
 * there is nothing to say about them.
 */
public enum Situation {
    /** A label exists but the carrier has not collected the parcel. */
    NOT_PICKED_UP(Severity.SINCERE),
    /** Held by customs in the origin country (the export declaration). */
    EXPORT_HOLD(Severity.SINCERE),
    /** Held by destination customs for an inspection (or for a reason the carrier does not give). */
    CUSTOMS_INSPECTION(Severity.LIGHT),
    /** Held by destination customs until documents are supplied; the message lists them. */
    CUSTOMS_DOCUMENTS(Severity.LIGHT),
    /** Held by destination customs until duties or import taxes are paid. */
    CUSTOMS_DUTIES(Severity.LIGHT),
    /** No news from the carrier for longer than normal in the current stage. */
    STALLED(Severity.SINCERE),
    /** A delivery attempt failed because of the address: the buyer is asked to confirm it. */
    DELIVERY_FAILED_ADDRESS(Severity.LIGHT),
    /** A delivery attempt failed because nobody could take the parcel: how to rearrange. */
    DELIVERY_FAILED_ABSENT(Severity.LIGHT),
    /** Waiting for the buyer at a pickup point or post office. */
    AWAITING_PICKUP(Severity.NONE),
    /** The parcel or the goods are damaged. */
    DAMAGED(Severity.DEEP),
    /** The parcel is on its way back to the sender. */
    RETURNING(Severity.SINCERE),
    /** The parcel is lost. */
    LOST(Severity.DEEP),
    /** The carrier shows it delivered, the buyer says it did not arrive. */
    NOT_RECEIVED(Severity.DEEP),
    /** Late without an exception, because of the peak-season backlog. */
    LATE_PEAK_SEASON(Severity.LIGHT),
    /** Late without an exception, because of a disruption: weather, congestion, a strike. */
    LATE_DISRUPTION(Severity.LIGHT),
    /** Late without an exception, and the carrier is the reason (or nothing points to one). */
    LATE_CARRIER(Severity.SINCERE),
    /** Delivered after the promised date: check the buyer is satisfied. */
    DELIVERED_LATE_FOLLOW_UP(Severity.SINCERE),
    /** Inquiry only: moving normally. */
    ON_TRACK(Severity.NONE),
    /** Inquiry only: delivered on time. */
    DELIVERED(Severity.NONE);

    private final Severity severity;

    Situation(Severity severity) {
        this.severity = severity;
    }

    /** How bad this situation is for the buyer before anything else is known. */
    public Severity severity() {
        return severity;
    }

    /** True for the situations that are only ever an answer to the buyer's question. */
    public boolean isInquiryOnly() {
        return this == ON_TRACK || this == DELIVERED;
    }

    /** True where the parcel itself is gone or broken for the buyer: lost, damaged, not received. */
    public boolean isLossOfGoods() {
        return this == LOST || this == DAMAGED || this == NOT_RECEIVED;
    }

    /** True where the parcel is still on its way to the buyer and a delivery window is worth telling. */
    public boolean expectsDelivery() {
        return switch (this) {
            case AWAITING_PICKUP, DAMAGED, RETURNING, LOST, NOT_RECEIVED, DELIVERED_LATE_FOLLOW_UP, DELIVERED -> false;
            default -> true;
        };
    }
}
