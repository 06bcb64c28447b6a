package dev.waybill.watch.rules;

/** Who a notice is for. */
public enum Audience {
    BUYER, SHOP
}
