package dev.waybill.shipment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The parcel passed from the carrier of its lane to another carrier under a second tracking number,
 * as a China-origin line (Cainiao, 4PX, Yanwen) hands a parcel to the destination's post or courier
 * for the last mile. The first carrier's body names the next carrier and number; the next carrier's
 * own events, fetched under that number, join the same journey ({@link Shipment#joinedWith(Shipment)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param carrier        the next carrier: an adapter name ({@code ups}) where known, else as the first
 *                       carrier's body names it ({@code PostNL}), stripped; empty when the body gives only the
 *                       number
 * @param trackingNumber the next carrier's tracking number
 * @param at             when the next carrier took the parcel over; empty while no event of its own is known
 */
public record HandOver(Optional<String> carrier, String trackingNumber, Optional<OffsetDateTime> at) {

    /** Validates the parts. */
    public HandOver {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        if (trackingNumber.isBlank()) {
            throw new IllegalArgumentException("trackingNumber is blank");
        }
        carrier = Objects.requireNonNull(carrier, "carrier").filter(name -> !name.isBlank()).map(String::strip);
        trackingNumber = trackingNumber.strip();
        Objects.requireNonNull(at, "at");
    }

    /**
     * A hand-over to {@code carrier} (null or blank when the body gives only the number) under
     * {@code trackingNumber}, dated {@code at} (null while not known).
     */
    public HandOver(String carrier, String trackingNumber, OffsetDateTime at) {
        this(Optional.ofNullable(carrier), trackingNumber, Optional.ofNullable(at));
    }

    /** True when the next carrier is known to hold the parcel at {@code instant}. */
    public boolean holdsAt(Instant instant) {
        return at.isPresent() && !instant.isBefore(at.get().toInstant());
    }

    /** This hand-over dated {@code at}; null for undated. */
    public HandOver at(OffsetDateTime at) {
        return new HandOver(carrier, trackingNumber, Optional.ofNullable(at));
    }
}
