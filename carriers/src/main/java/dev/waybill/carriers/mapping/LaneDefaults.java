package dev.waybill.carriers.mapping;

import dev.waybill.shipment.CountryCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a shipment goes when the carrier's body does not say. {@link ShipmentDraft} takes origin and
 * destination from the body first, then from the event places (their country codes, else the
 * countries their location texts name, see {@link Places}), then from {@link #origin()} and
 * {@link #destination()} here (configured per adapter); a side still unknown mirrors the known side;
 * with neither known both are {@link #home()}, the adapter's documented last resort, and a warning
 * is logged.
 *
 * <p>Immutable and thread-safe.
 *
 * @param origin      the configured origin; empty when none is configured
 * @param destination the configured destination; empty when none is configured
 * @param home        the adapter's last resort for an unknown lane
 */
public record LaneDefaults(Optional<CountryCode> origin, Optional<CountryCode> destination, CountryCode home) {

    /** Validates the parts. */
    public LaneDefaults {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(home, "home");
    }

    /** Defaults whose {@code origin} and {@code destination} are null when none is configured. */
    public LaneDefaults(CountryCode origin, CountryCode destination, CountryCode home) {
        this(Optional.ofNullable(origin), Optional.ofNullable(destination), home);
    }

    /** No configured lane; {@code home} as the last resort. */
    public static LaneDefaults of(CountryCode home) {
        return new LaneDefaults(Optional.empty(), Optional.empty(), home);
    }
}
