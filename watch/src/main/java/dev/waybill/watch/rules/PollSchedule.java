package dev.waybill.watch.rules;

import dev.waybill.delay.ExceptionType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to look at a shipment again, by where it is: often when it is out for delivery or held,
 * rarely on the linehaul, daily while a lost parcel's claim is open, never once it is delivered or
 * returning (the tick that saw it delivered was the final check).
 *
 * <p>{@link #next(Snapshot, Instant, double, boolean)} paces the quiet stages by the lane's profile
 * (a sea leg of a month is looked at every two days, an air hop every few hours) and polls a shipment
 * whose carrier pushes webhooks only as a slow fallback. The numbers are judgement defaults, named here.
 */
public final class PollSchedule {

    /** Default: a quiet stage is looked at about this many times over its typical (p50) duration. */
    public static final int LOOKS_PER_STAGE = 8;
    /** Default: the shortest wait on a quiet stage. */
    public static final Duration QUIET_MIN = Duration.ofHours(3);
    /** Default: the longest wait on a quiet stage (a long sea leg). */
    public static final Duration QUIET_MAX = Duration.ofHours(48);
    /** Default: a shipment whose carrier pushes webhooks is polled this often, to catch a missed push. */
    public static final Duration WEBHOOK_FALLBACK = Duration.ofHours(24);

    private PollSchedule() {
    }

    /**
     * The next due instant after a look at {@code at}, empty to stop watching: as
     * {@link #next(Snapshot, Instant)} while an exception is open, in customs or in the last mile;
     * on a quiet stage every {@code stageP50Days / LOOKS_PER_STAGE} (between {@link #QUIET_MIN} and
     * {@link #QUIET_MAX}); and no more often than {@link #WEBHOOK_FALLBACK} when {@code webhooks}.
     *
     * @param stageP50Days the typical duration of the current stage on this lane (its profile's p50), in days
     * @param webhooks     true when the carrier pushes this shipment's events by webhook
     */
    public static Optional<Instant> next(Snapshot now, Instant at, double stageP50Days, boolean webhooks) {
        Optional<Instant> base = next(now, at);
        if (base.isEmpty()) {
            return base;
        }
        Duration wait = Duration.between(at, base.get());
        boolean busy = now.exception() != ExceptionType.NONE || switch (now.stage()) {
            case LAST_MILE, IMPORT_CUSTOMS, EXPORT_CUSTOMS -> true;
            default -> false;
        };
        boolean moving = switch (now.status()) {
            case ON_TRACK, AT_RISK, DELAYED -> true;
            default -> false;
        };
        if (moving && !busy && stageP50Days > 0) {
            Duration paced = Duration.ofMinutes(Math.round(stageP50Days * 24 * 60 / LOOKS_PER_STAGE));
            wait = paced.compareTo(QUIET_MIN) < 0 ? QUIET_MIN : paced.compareTo(QUIET_MAX) > 0 ? QUIET_MAX : paced;
        }
        if (webhooks && wait.compareTo(WEBHOOK_FALLBACK) < 0) {
            wait = WEBHOOK_FALLBACK;
        }
        return Optional.of(at.plus(wait));
    }

    /** The next due instant after a look at {@code at}, empty to stop watching. */
    public static Optional<Instant> next(Snapshot now, Instant at) {
        Duration wait = switch (now.status()) {
            case DELIVERED, DELIVERED_LATE, RETURNING -> now.exception() == ExceptionType.NOT_RECEIVED
                    || now.claimDeadline().isPresent() ? Duration.ofDays(1) : null;
            case LOST -> now.claimDeadline().filter(deadline -> !at.isAfter(deadline.plusDays(1)
                    .atStartOfDay(java.time.ZoneOffset.UTC).toInstant())).isPresent() ? Duration.ofDays(1) : null;
            default -> now.exception() != ExceptionType.NONE ? Duration.ofHours(2) : switch (now.stage()) {
                case LAST_MILE, IMPORT_CUSTOMS, EXPORT_CUSTOMS -> Duration.ofHours(3);
                case LINEHAUL -> Duration.ofHours(12);
                default -> Duration.ofHours(6);
            };
        };
        return wait == null ? Optional.empty() : Optional.of(at.plus(wait));
    }
}
