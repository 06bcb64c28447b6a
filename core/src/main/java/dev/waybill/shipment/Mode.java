package dev.waybill.shipment;

/** How the international leg (the linehaul) travels. {@link #AIR} when the shop does not say. */
public enum Mode {
    /** Air freight or air mail, postal or express. */
    AIR,
    /** Ocean freight. */
    SEA,
    /** Rail freight, for example the China to Europe rail lanes. */
    RAIL,
    /** Road haulage, for example within Europe (CMR). */
    ROAD
}
