package dev.waybill.shipment;

/**
 * How an event's instant was obtained. Carriers often send local wall-clock times without an
 * offset; an adapter resolves them and says how, so that no precision is invented silently.
 */
public enum TimeBasis {
    /** The source gave the offset (or UTC) itself. */
    OFFSET_GIVEN,
    /** Local time resolved with the zone of the event's own location. */
    ZONE_OF_LOCATION,
    /** Local time resolved with the zone of the lane's country at that stage. */
    ZONE_OF_LANE,
    /** No zone could be determined; the local time was read as UTC and may be off by up to a day. */
    ASSUMED_UTC
}
