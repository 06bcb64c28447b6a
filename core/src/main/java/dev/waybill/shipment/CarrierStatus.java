package dev.waybill.shipment;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a carrier says of the whole shipment beside its events: DHL's {@code status}, AfterShip's
 * {@code tag}/{@code subtag}, EasyPost's {@code status}/{@code status_detail}, 17TRACK's
 * {@code latest_status}. It is evidence: where it is further along than the events (delivered,
 * returning, lost, an exception, tracking expired) the verdict follows it and says so; where it is
 * behind them, the events win.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CarrierStatus status = CarrierStatus.of(CarrierStatus.Progress.DELIVERED,
 *         OffsetDateTime.parse("2026-11-18T14:02:00Z"), "EasyPost status 'delivered'");
 * }</pre>
 *
 * @param progress what the status says
 * @param reason   why; empty when the carrier does not say
 * @param at       when the carrier set it; empty when the body does not say
 * @param said     the carrier's own words, naming the field ({@code "EasyPost status 'delivered'"})
 */
public record CarrierStatus(Progress progress, Optional<Reason> reason, Optional<OffsetDateTime> at, String said) {

    /** Validates the parts. */
    public CarrierStatus {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(said, "said");
        if (said.isBlank()) {
            throw new IllegalArgumentException("said: blank");
        }
    }

    /**
     * A status with {@code reason} (null when the carrier does not say), set {@code at} (null when the
     * body does not say).
     */
    public CarrierStatus(Progress progress, Reason reason, OffsetDateTime at, String said) {
        this(progress, Optional.ofNullable(reason), Optional.ofNullable(at), said);
    }

    /** A status without a reason; {@code at} null when the body does not say. */
    public static CarrierStatus of(Progress progress, OffsetDateTime at, String said) {
        return new CarrierStatus(progress, Optional.empty(), Optional.ofNullable(at), said);
    }

    /** A copy with {@code reason} (null for none). */
    public CarrierStatus withReason(Reason reason) {
        return new CarrierStatus(progress, Optional.ofNullable(reason), at, said);
    }

    /** How far a carrier's shipment-level status says the parcel has come. */
    public enum Progress {
        /** Only the label data; not yet in the carrier's hands. */
        PRE_TRANSIT(EventCode.LABEL_CREATED),
        /** Moving; says nothing the events would not. */
        IN_TRANSIT(null),
        /** Held by customs. */
        CUSTOMS_HOLD(EventCode.IMPORT_HELD),
        /** With the courier for delivery. */
        OUT_FOR_DELIVERY(EventCode.OUT_FOR_DELIVERY),
        /** A delivery attempt failed. */
        DELIVERY_FAILED(EventCode.DELIVERY_FAILED),
        /** Waiting at a pickup point. */
        AVAILABLE_FOR_PICKUP(EventCode.AVAILABLE_FOR_PICKUP),
        /** Delivered. */
        DELIVERED(EventCode.DELIVERED),
        /** On its way back to the sender. */
        RETURNING(EventCode.RETURN_TO_SENDER),
        /** Damaged. */
        DAMAGED(EventCode.DAMAGED),
        /** Declared lost. */
        LOST(EventCode.LOST),
        /** The carrier stopped tracking it after a long time without news. */
        EXPIRED(null);

        private final EventCode code;

        Progress(EventCode code) {
            this.code = code;
        }

        /** The event this status stands for on a timeline; empty for {@code IN_TRANSIT} and {@code EXPIRED}. */
        public Optional<EventCode> code() {
            return Optional.ofNullable(code);
        }
    }
}
