package dev.waybill.carriers.mapping;

import dev.waybill.shipment.CountryCode;
import java.util.Objects;

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
 * @param origin      the configured origin; may be null
 * @param destination the configured destination; may be null
 * @param home        the adapter's last resort for an unknown lane
 */
public record LaneDefaults(CountryCode origin, CountryCode destination, CountryCode home) {

    /** Validates the last resort. */
    public LaneDefaults {
        Objects.requireNonNull(home, "home");
    }

    /** No configured lane; {@code home} as the last resort. */
    public static LaneDefaults of(CountryCode home) {
        return new LaneDefaults(null, null, home);
    }
}
