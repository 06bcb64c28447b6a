package dev.waybill.delay;

/** What kind of disruption a shop registered. */
public enum DisruptionKind {
    /** Typhoon, snow, flood, storm. */
    WEATHER,
    /** Port, airport, hub or border congestion; a blocked canal. */
    CONGESTION,
    /** A strike at a carrier, port or customs. */
    STRIKE,
    /** Anything else: an outage, an epidemic, a closure. */
    OTHER
}
