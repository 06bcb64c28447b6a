package dev.waybill.shipment;

/**
 * Where a parcel is in its journey: the five hands it passes through, plus the states before and
 * after them. A domestic shipment never enters the two customs stages.
 */
public enum Stage {
    /** The carrier has the data, not the parcel. */
    LABEL_CREATED,
    /** Warehouse hand-over and domestic pickup in the origin country. */
    FIRST_MILE,
    /** Origin customs: the export declaration. */
    EXPORT_CUSTOMS,
    /** The international leg: air, sea, rail or road. */
    LINEHAUL,
    /** Destination customs: import clearance, duties and taxes. */
    IMPORT_CUSTOMS,
    /** Delivery in the destination country. */
    LAST_MILE,
    /** Delivered to the buyer. */
    DELIVERED,
    /** On its way back to the sender. */
    RETURN;

    /** True for the two customs stages. */
    public boolean isCustoms() {
        return this == EXPORT_CUSTOMS || this == IMPORT_CUSTOMS;
    }

    /** True for the five stages in which a carrier, broker or the seller holds the parcel on its way. */
    public boolean isInTransit() {
        return this == FIRST_MILE || this == EXPORT_CUSTOMS || this == LINEHAUL || this == IMPORT_CUSTOMS
                || this == LAST_MILE;
    }
}
