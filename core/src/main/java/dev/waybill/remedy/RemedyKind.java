package dev.waybill.remedy;

/** The kinds of remedy a shop can offer a buyer, from nothing to a full replacement. */
public enum RemedyKind {
    /** Nothing to offer: nothing went wrong. */
    NONE,
    /** An apology and the facts, without money. */
    APOLOGY,
    /** A coupon for the next order. */
    COUPON,
    /** Part of the price back. */
    PARTIAL_REFUND,
    /** The whole price back, the item to be returned where the law or policy asks. */
    FULL_REFUND,
    /** The whole price back and the buyer keeps the item. */
    REFUND_WITHOUT_RETURN,
    /** A replacement sent at the shop's cost. */
    RESHIP,
    /** The item swapped for another. */
    EXCHANGE
}
