package dev.waybill.liability;

/** Whom the seller recovers a loss from, by the stage in which it happened. */
public enum Party {
    /** Nobody: there is no loss to recover. */
    NONE,
    /** The seller itself: its own warehouse, or a bad declaration. */
    SELLER,
    /** The carrier that picked the parcel up in the origin country. */
    FIRST_MILE_CARRIER,
    /** The export broker or forwarder that declared the parcel. */
    EXPORT_BROKER,
    /** The linehaul carrier (airline, shipping line), through the forwarder. */
    LINEHAUL_CARRIER,
    /** The import broker that cleared the parcel. */
    IMPORT_BROKER,
    /** The carrier that delivers in the destination country. */
    LAST_MILE_CARRIER,
    /** The buyer: duties that were theirs, or an address they gave wrong. */
    BUYER
}
