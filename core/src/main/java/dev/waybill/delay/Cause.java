package dev.waybill.delay;

/** The most likely cause of an exception or of lateness. */
public enum Cause {
    /** Nothing is wrong. */
    NONE,
    /** Customs: inspection, documents, duties. */
    CUSTOMS,
    /** The peak-season backlog. */
    PEAK_SEASON,
    /** A registered disruption, or weather or congestion the carrier reports. */
    DISRUPTION,
    /** The delivery address. */
    ADDRESS,
    /** The recipient: absent, refused, unreachable, not collecting. */
    RECIPIENT,
    /** The carrier: unexplained silence, missed pickup, lost or damaged in its hands. */
    CARRIER,
    /** Something is wrong but nothing points to a cause. */
    UNKNOWN
}
