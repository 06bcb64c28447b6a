package dev.waybill.shipment;

/** What a buyer told the shop about a parcel. */
public enum ReportType {
    /** The buyer says the parcel did not arrive. */
    NOT_RECEIVED,
    /** The buyer says the parcel or the goods arrived damaged. */
    DAMAGED,
    /** The buyer received the wrong item. */
    WRONG_ITEM,
    /** Something was missing from the parcel. */
    MISSING_ITEM
}
