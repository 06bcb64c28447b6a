package dev.waybill.shipment;

import java.util.Optional;

/**
 * The normalised tracking event codes of the contract. Declared in the order of a parcel's life,
 * which is also how events with equal instants are ordered on a timeline.
 */
public enum EventCode {
    /** The carrier has the data, not the parcel. */
    LABEL_CREATED,
    /** The carrier has the parcel. */
    PICKED_UP,
    /** Arrived at or departed a sorting facility; the stage does not change. */
    HUB_SCAN,
    /** Any other movement; the stage does not change. */
    IN_TRANSIT,
    /** Held by origin customs. */
    EXPORT_HELD,
    /** Released by origin customs. */
    EXPORT_CLEARED,
    /** Left the origin country on the linehaul. */
    DEPARTED_ORIGIN,
    /** Arrived in the destination country, before import clearance. */
    ARRIVED_DESTINATION,
    /** Held by destination customs. */
    IMPORT_HELD,
    /** Released by destination customs. */
    IMPORT_CLEARED,
    /** With the courier for delivery today. */
    OUT_FOR_DELIVERY,
    /** A delivery attempt failed. */
    DELIVERY_FAILED,
    /** Waiting at a pickup point or post office. */
    AVAILABLE_FOR_PICKUP,
    /** Delivered. */
    DELIVERED,
    /** On its way back to the sender. */
    RETURN_TO_SENDER,
    /** The carrier reports damage. */
    DAMAGED,
    /** The carrier declares the parcel lost. */
    LOST,
    /** A carrier code the adapter does not recognise; the raw code is kept in the event's detail. */
    UNKNOWN;

    /**
     * The stage this event moves a parcel into, or empty when it leaves the stage as it is.
     * {@code HUB_SCAN}, {@code IN_TRANSIT}, {@code UNKNOWN}, {@code DAMAGED} and {@code LOST} never
     * move the stage. A clearance ends its customs stage: after {@code EXPORT_CLEARED} the parcel is
     * on the linehaul, after {@code IMPORT_CLEARED} in the last mile. On a lane that crosses no
     * customs border (domestic, or inside a customs union) the customs events move nothing and an
     * arrival at the destination hands the parcel to the last mile, there being no clearance to wait for.
     *
     * @param customs whether the lane crosses a customs border ({@link Lane#crossesCustoms()})
     */
    public Optional<Stage> stage(boolean customs) {
        return Optional.ofNullable(switch (this) {
            case LABEL_CREATED -> Stage.LABEL_CREATED;
            case PICKED_UP -> Stage.FIRST_MILE;
            case EXPORT_HELD -> customs ? Stage.EXPORT_CUSTOMS : null;
            case EXPORT_CLEARED -> customs ? Stage.LINEHAUL : null;
            case DEPARTED_ORIGIN -> Stage.LINEHAUL;
            case ARRIVED_DESTINATION -> customs ? Stage.IMPORT_CUSTOMS : Stage.LAST_MILE;
            case IMPORT_HELD -> customs ? Stage.IMPORT_CUSTOMS : null;
            case IMPORT_CLEARED -> customs ? Stage.LAST_MILE : null;
            case OUT_FOR_DELIVERY, DELIVERY_FAILED, AVAILABLE_FOR_PICKUP -> Stage.LAST_MILE;
            case DELIVERED -> Stage.DELIVERED;
            case RETURN_TO_SENDER -> Stage.RETURN;
            case HUB_SCAN, IN_TRANSIT, UNKNOWN, DAMAGED, LOST -> null;
        });
    }
}
