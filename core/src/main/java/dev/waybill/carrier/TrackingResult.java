package dev.waybill.carrier;

import dev.waybill.shipment.Shipment;
import java.util.Objects;
import java.util.Optional;

/**
 * What a carrier said about one tracking number: {@link Found} with the normalised shipment,
 * {@link NotYetKnown} when the carrier has no data for it yet (typical in the first hours), or
 * {@link Failed} with the carrier failure that stopped it. Switch over it exhaustively.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface TrackingResult permits TrackingResult.Found, TrackingResult.NotYetKnown, TrackingResult.Failed {

    /** The tracking number this result is for, as the caller gave it. */
    String trackingNumber();

    /**
     * The carrier knows the number.
     *
     * @param trackingNumber the number asked for
     * @param shipment       the normalised shipment, events in canonical order
     */
    record Found(String trackingNumber, Shipment shipment) implements TrackingResult {
        /** Validates both parts. */
        public Found {
            Objects.requireNonNull(trackingNumber, "trackingNumber");
            Objects.requireNonNull(shipment, "shipment");
        }
    }

    /**
     * The carrier has no data for the number yet, or does not know it.
     *
     * @param trackingNumber the number asked for
     * @param detail         what the carrier said, for a log line; empty when it said nothing
     */
    record NotYetKnown(String trackingNumber, Optional<String> detail) implements TrackingResult {
        /** Validates the number; a blank detail is absent. */
        public NotYetKnown {
            Objects.requireNonNull(trackingNumber, "trackingNumber");
            detail = Objects.requireNonNull(detail, "detail").filter(text -> !text.isBlank());
        }

        /** The result with the carrier's words as plain text, null or blank when it said nothing. */
        public NotYetKnown(String trackingNumber, String detail) {
            this(trackingNumber, Optional.ofNullable(detail));
        }
    }

    /**
     * Tracking this number failed.
     *
     * @param trackingNumber the number asked for
     * @param error          why; its message names the carrier and status, never a key
     */
    record Failed(String trackingNumber, CarrierException error) implements TrackingResult {
        /** Validates both parts. */
        public Failed {
            Objects.requireNonNull(trackingNumber, "trackingNumber");
            Objects.requireNonNull(error, "error");
        }
    }
}
