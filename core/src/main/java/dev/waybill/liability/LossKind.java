package dev.waybill.liability;

/**
 * What the seller claims for: the liability conventions and carriers' terms set different caps and
 * deadlines for each.
 */
public enum LossKind {
    /** The goods never arrived: lost in the carrier's hands. */
    LOSS,
    /** The goods arrived damaged. */
    DAMAGE,
    /** The goods arrived late. */
    DELAY,
    /** The carrier shows the parcel delivered, the buyer says it never came (misdelivery). */
    NON_RECEIPT
}
