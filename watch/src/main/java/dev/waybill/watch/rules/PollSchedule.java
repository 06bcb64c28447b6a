package dev.waybill.watch.rules;

import dev.waybill.delay.ExceptionType;
import java.time.Duration;
import java.time.Instant;

/**
 * When to look at a shipment again, by where it is: often when it is out for delivery or held,
 * rarely on the linehaul, daily while a lost parcel's claim is open, never once it is delivered or
 * returning (the tick that saw it delivered was the final check).
 */
public final class PollSchedule {

    private PollSchedule() {
    }

    /** The next due instant after a look at {@code at}, or null to stop watching. */
    public static Instant next(Snapshot now, Instant at) {
        Duration wait = switch (now.status()) {
            case DELIVERED, DELIVERED_LATE, RETURNING -> now.exception() == ExceptionType.NOT_RECEIVED
                    || now.claimDeadline() != null ? Duration.ofDays(1) : null;
            case LOST -> now.claimDeadline() != null && !at.isAfter(now.claimDeadline().plusDays(1)
                    .atStartOfDay(java.time.ZoneOffset.UTC).toInstant()) ? Duration.ofDays(1) : null;
            default -> now.exception() != ExceptionType.NONE ? Duration.ofHours(2) : switch (now.stage()) {
                case LAST_MILE, IMPORT_CUSTOMS, EXPORT_CUSTOMS -> Duration.ofHours(3);
                case LINEHAUL -> Duration.ofHours(12);
                default -> Duration.ofHours(6);
            };
        };
        return wait == null ? null : at.plus(wait);
    }
}
