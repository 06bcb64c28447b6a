package dev.waybill.liability;

/** A document or record the seller collects to support a claim. */
public enum Evidence {
    /** The signed pickup receipt. */
    PICKUP_RECEIPT,
    /** Warehouse records and camera footage of the hand-over. */
    WAREHOUSE_RECORDS,
    /** The export declaration. */
    EXPORT_DECLARATION,
    /** Notices from customs. */
    CUSTOMS_NOTICE,
    /** The air waybill, bill of lading or consignment note. */
    TRANSPORT_DOCUMENT,
    /** The scan that records a hand-over between carriers. */
    HANDOVER_SCAN,
    /** Duty and tax receipts. */
    DUTY_RECEIPT,
    /** The courier's delivery scan record. */
    DELIVERY_SCAN,
    /** Proof of delivery: signature, photo, GPS position. */
    PROOF_OF_DELIVERY,
    /** Photos of the goods and packing before dispatch. */
    PACKING_PHOTOS,
    /** The commercial invoice, which proves the value. */
    COMMERCIAL_INVOICE
}
