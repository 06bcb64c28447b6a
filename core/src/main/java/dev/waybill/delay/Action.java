package dev.waybill.delay;

/** What the shop should do now. A verdict lists them most urgent first. */
public enum Action {
    /** Tell the buyer before they ask. */
    NOTIFY_CUSTOMER,
    /** Send the buyer the live tracking link. */
    SHARE_TRACKING,
    /** Ask the buyer to confirm or correct the delivery address. */
    CONFIRM_ADDRESS,
    /** Ask for the documents customs wants. */
    REQUEST_DOCUMENTS,
    /** Ask the carrier to trace the parcel. */
    OPEN_CARRIER_TRACE,
    /** File a claim against the party liable for the stage. */
    FILE_CLAIM,
    /** Offer the buyer a gesture for the trouble. */
    OFFER_COMPENSATION,
    /** Send a replacement or refund the buyer, without waiting for the claim. */
    RESHIP_OR_REFUND,
    /** Hand the case to a person. */
    ESCALATE_TO_AGENT,
    /** Check after delivery that the buyer is satisfied. */
    FOLLOW_UP
}
