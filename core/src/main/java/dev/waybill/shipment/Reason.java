package dev.waybill.shipment;

/** Why an event happened, where the carrier says so. */
public enum Reason {
    /** Customs hold: physical or document inspection. */
    INSPECTION,
    /** Customs hold: documents missing or inconsistent. */
    DOCUMENTS,
    /** Customs hold: duties or taxes unpaid. */
    DUTIES,
    /** Failed delivery: the address is wrong or incomplete. */
    ADDRESS,
    /** Failed delivery: nobody was there. */
    RECIPIENT_ABSENT,
    /** Failed delivery: the recipient refused the parcel. */
    REFUSED,
    /** Failed delivery: the courier could not reach the door. */
    NO_ACCESS,
    /** Any event: weather. */
    WEATHER,
    /** Any event: port, hub or road congestion. */
    CONGESTION,
    /** Any event: the carrier lacked capacity (flights, trucks, staff). */
    CAPACITY
}
