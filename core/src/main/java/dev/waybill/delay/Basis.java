package dev.waybill.delay;

/** Where a number in Waybill's data comes from. */
public enum Basis {
    /** Published by a carrier, postal operator, statute or convention; the row cites it. */
    PUBLISHED,
    /** A judgement: a sensible default, named as such and meant to be replaced by the shop's data. */
    DEFAULT,
    /** Learned from the shop's own delivery history; the row's source gives how many deliveries and when. */
    LEARNED
}
