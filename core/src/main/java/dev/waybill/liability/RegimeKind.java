package dev.waybill.liability;

/** Where a liability regime's rules come from. */
public enum RegimeKind {
    /** An international convention: Montreal, CMR, Hague-Visby. */
    CONVENTION,
    /** A carrier's own terms and conditions or tariff. */
    CARRIER_TERMS,
    /** A postal operator's rules under the Universal Postal Union or national postal law. */
    POSTAL
}
