package dev.waybill.returns;

/**
 * The event a withdrawal period runs from. The date of that event is the
 * {@link WithdrawalRequest#delivered()} date of a request: the caller passes the date of the event
 * the rule names (for a split order under EU law, the day the last item arrived).
 */
public enum PeriodStart {
    /** The consumer (or a person they named, not the carrier) takes physical possession. */
    DELIVERY,
    /**
     * Delivery, and for an order delivered in several parcels the delivery of the last item or lot
     * (Directive 2011/83/EU art. 9(2)(b)(i)-(ii); UK CCR 2013 reg. 30; Turkey).
     */
    LAST_DELIVERY,
    /** The consumer signs for the goods (China: the period runs from the day after signing). */
    SIGNED_FOR,
    /**
     * The later of receiving the contract document and the supply of the goods (Korea, Act on
     * Consumer Protection in Electronic Commerce art. 17(1)).
     */
    LATER_OF_DOCUMENT_AND_DELIVERY,
    /** The later of delivery and signature of the contract (Mexico, LFPC art. 56). */
    LATER_OF_DELIVERY_AND_SIGNATURE
}
