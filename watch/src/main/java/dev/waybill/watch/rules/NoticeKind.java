package dev.waybill.watch.rules;

/** The kinds of notice, each with its audience (spec/cli.md, {@code waybill watch}). */
public enum NoticeKind {
    /** An exception opened that the buyer would notice. */
    EXCEPTION(Audience.BUYER),
    /** The ETA the buyer was last told moved later by a day or more. */
    ETA_CHANGED(Audience.BUYER),
    /** Delivered after the promise, with the remedy. */
    DELIVERED_LATE(Audience.BUYER),
    /** Lost, with the remedy. */
    LOST(Audience.BUYER),
    /** A claim against a carrier is due before its deadline runs out. */
    CLAIM_DUE(Audience.SHOP),
    /** A buyer's report needs a person. */
    NEEDS_PERSON(Audience.SHOP),
    /** The parcel has gone silent past the lane's threshold. */
    SILENT(Audience.SHOP);

    private final Audience audience;

    NoticeKind(Audience audience) {
        this.audience = audience;
    }

    /** Who this kind of notice is for. */
    public Audience audience() {
        return audience;
    }

    /** True for the kinds the weekly cap applies to (the informational buyer notices). */
    public boolean capped() {
        return this == EXCEPTION || this == ETA_CHANGED;
    }
}
