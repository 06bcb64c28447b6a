package dev.waybill.shipment;

import java.util.Locale;
import java.util.Objects;

/**
 * The route a shipment takes: origin and destination country, linehaul mode and, where known,
 * the carrier. Transit profiles are looked up by lane.
 *
 * <p>Immutable and thread-safe.
 *
 * @param origin      where the parcel starts
 * @param destination where the buyer is
 * @param mode        how the linehaul travels
 * @param carrier     the carrier code as the shop knows it, lower case; may be null
 */
public record Lane(CountryCode origin, CountryCode destination, Mode mode, String carrier) {

    /** Validates the parts; the carrier code is trimmed and lower-cased, blank becomes null. */
    public Lane {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(mode, "mode");
        carrier = carrier == null || carrier.isBlank() ? null : carrier.strip().toLowerCase(Locale.ROOT);
    }

    /** A lane without a known carrier. */
    public static Lane of(CountryCode origin, CountryCode destination, Mode mode) {
        return new Lane(origin, destination, mode, null);
    }

    /** True when origin and destination are the same country: no customs stages. */
    public boolean isDomestic() {
        return origin.equals(destination);
    }

    /** True when the parcel crosses a border. */
    public boolean isInternational() {
        return !isDomestic();
    }

    /**
     * True when the parcel is declared to customs on its way, so its journey has the two customs
     * stages: origin and destination lie in different customs territories, or one of them is a
     * special fiscal territory that is declared even inside its union ({@code DE -> FR} is false,
     * {@code CN -> DE} and {@code FI -> AX} are true).
     */
    public boolean crossesCustoms() {
        return !origin.sharesCustomsTerritoryWith(destination);
    }

    /** This lane with another carrier. */
    public Lane withCarrier(String carrier) {
        return new Lane(origin, destination, mode, carrier);
    }

    @Override
    public String toString() {
        return origin + "-" + destination + " " + mode + (carrier == null ? "" : " " + carrier);
    }
}
