package dev.waybill.shipment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The route a shipment takes: origin and destination country, linehaul mode and, where known,
 * the carrier. Transit profiles are looked up by lane.
 *
 * <p>Immutable and thread-safe.
 *
 * @param origin      where the parcel starts
 * @param destination where the buyer is
 * @param mode        how the linehaul travels
 * @param carrier     the carrier code as the shop knows it, stripped and lower case; empty when not known
 *                    or blank
 */
public record Lane(CountryCode origin, CountryCode destination, Mode mode, Optional<String> carrier) {

    /** Validates the parts; the carrier code is stripped and lower-cased, blank becomes absent. */
    public Lane {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(mode, "mode");
        carrier = Objects.requireNonNull(carrier, "carrier").filter(code -> !code.isBlank())
                .map(code -> code.strip().toLowerCase(Locale.ROOT));
    }

    /** A lane with {@code carrier}, the carrier code as the shop knows it; null or blank when not known. */
    public Lane(CountryCode origin, CountryCode destination, Mode mode, String carrier) {
        this(origin, destination, mode, Optional.ofNullable(carrier));
    }

    /** A lane without a known carrier. */
    public static Lane of(CountryCode origin, CountryCode destination, Mode mode) {
        return new Lane(origin, destination, mode, Optional.empty());
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

    /** This lane with another carrier; null or blank for none. */
    public Lane withCarrier(String carrier) {
        return new Lane(origin, destination, mode, carrier);
    }

    @Override
    public String toString() {
        return origin + "-" + destination + " " + mode + carrier.map(code -> " " + code).orElse("");
    }
}
