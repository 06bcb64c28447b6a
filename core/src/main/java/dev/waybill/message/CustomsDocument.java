package dev.waybill.message;

/**
 * A document customs can ask the buyer for before releasing a parcel. The templates name each in
 * the buyer's language (in Korean {@link #TAX_ID} is the personal customs clearance code, in
 * Brazilian Portuguese the CPF).
 */
public enum CustomsDocument {
    /** A copy of an identity document. */
    ID_DOCUMENT,
    /** The personal tax or customs number the destination requires for imports. */
    TAX_ID,
    /** Proof of what was paid: the order confirmation or payment receipt. */
    PROOF_OF_PAYMENT,
    /** A description of the goods: material, use, what they are. */
    PRODUCT_DESCRIPTION
}
