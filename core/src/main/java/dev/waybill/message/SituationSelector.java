package dev.waybill.message;

import dev.waybill.delay.Cause;
import dev.waybill.delay.Verdict;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the {@link Situation} a message is about from the verdict's exception and cause and the
 * reason on the shipment's latest relevant event (which customs hold, which failed delivery).
 *
 * <p>Stateless and thread-safe.
 */
public final class SituationSelector {

    private SituationSelector() {
    }

    /**
     * The situation to write about, or empty when a proactive notice has nothing to say (on track,
     * or delivered on time). With {@code inquiry} there is always a situation.
     */
    public static Optional<Situation> select(Shipment shipment, Verdict verdict, boolean inquiry) {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(verdict, "verdict");
        Situation situation = switch (verdict.exception()) {
            case NOT_PICKED_UP -> Situation.NOT_PICKED_UP;
            case EXPORT_HOLD -> Situation.EXPORT_HOLD;
            case CUSTOMS_HOLD -> customsHold(shipment);
            case STALLED -> late(verdict.cause(), Situation.STALLED);
            case DELIVERY_FAILED -> failedDelivery(shipment, verdict);
            case AWAITING_PICKUP -> Situation.AWAITING_PICKUP;
            case DAMAGED -> Situation.DAMAGED;
            case RETURN_TO_SENDER -> Situation.RETURNING;
            case LOST -> Situation.LOST;
            case NOT_RECEIVED -> Situation.NOT_RECEIVED;
            case NONE -> withoutException(verdict, inquiry);
        };
        return Optional.ofNullable(situation);
    }

    private static Situation withoutException(Verdict verdict, boolean inquiry) {
        return switch (verdict.status()) {
            case LOST -> Situation.LOST;
            case RETURNING -> Situation.RETURNING;
            case AT_RISK, DELAYED -> verdict.cause() == Cause.CUSTOMS ? Situation.CUSTOMS_INSPECTION
                    : late(verdict.cause(), Situation.LATE_CARRIER);
            case DELIVERED_LATE -> Situation.DELIVERED_LATE_FOLLOW_UP;
            case DELIVERED -> inquiry ? Situation.DELIVERED : null;
            case ON_TRACK -> inquiry ? Situation.ON_TRACK : null;
        };
    }

    private static Situation late(Cause cause, Situation otherwise) {
        return switch (cause) {
            case PEAK_SEASON -> Situation.LATE_PEAK_SEASON;
            case DISRUPTION -> Situation.LATE_DISRUPTION;
            default -> otherwise;
        };
    }

    private static Situation customsHold(Shipment shipment) {
        Reason reason = latest(shipment, EventCode.IMPORT_HELD).flatMap(TrackingEvent::reason).orElse(null);
        if (reason == Reason.DOCUMENTS) {
            return Situation.CUSTOMS_DOCUMENTS;
        }
        if (reason == Reason.DUTIES) {
            return Situation.CUSTOMS_DUTIES;
        }
        return Situation.CUSTOMS_INSPECTION;
    }

    private static Situation failedDelivery(Shipment shipment, Verdict verdict) {
        Reason reason = latest(shipment, EventCode.DELIVERY_FAILED).flatMap(TrackingEvent::reason).orElse(null);
        boolean address = reason == Reason.ADDRESS || (reason == null && verdict.cause() == Cause.ADDRESS);
        return address ? Situation.DELIVERY_FAILED_ADDRESS : Situation.DELIVERY_FAILED_ABSENT;
    }

    /** The newest event with {@code code}, if any. */
    static Optional<TrackingEvent> latest(Shipment shipment, EventCode code) {
        for (int i = shipment.events().size() - 1; i >= 0; i--) {
            TrackingEvent event = shipment.events().get(i);
            if (event.code() == code) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }
}
