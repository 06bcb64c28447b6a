package dev.waybill.returns;

/** Who pays the direct cost of sending the goods back. */
public enum ReturnShippingPayer {
    /** The consumer bears the direct cost of the return. */
    CONSUMER,
    /** The seller bears it (by law, by its own policy, or because it did not inform the buyer). */
    SELLER,
    /** Neither the law as encoded nor the shop's policy says. */
    UNSPECIFIED
}
