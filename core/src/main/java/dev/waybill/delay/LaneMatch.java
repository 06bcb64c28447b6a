package dev.waybill.delay;

import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which lanes a transit profile is for: origin and destination places, the linehaul mode, whether
 * domestic or international, and optionally a service level or one carrier.
 *
 * <p>Immutable and thread-safe.
 *
 * @param origin      where the lane starts
 * @param destination where it ends
 * @param mode        the linehaul mode
 * @param domestic    true for lanes within one country, false for cross-border lanes
 * @param service     the service level it is for; empty for any
 * @param carrier     the one carrier code it is for, lower case; empty for any
 */
public record LaneMatch(Place origin, Place destination, Mode mode, boolean domestic, Optional<ServiceLevel> service,
                        Optional<String> carrier) {

    /** Validates the parts and lower-cases the carrier code; a blank one is absent. */
    public LaneMatch {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(service, "service");
        carrier = Objects.requireNonNull(carrier, "carrier").filter(code -> !code.isBlank())
                .map(code -> code.strip().toLowerCase(Locale.ROOT));
    }

    /** A match whose service level and carrier are plain values, null (or blank carrier text) for any. */
    public LaneMatch(Place origin, Place destination, Mode mode, boolean domestic, ServiceLevel service,
                     String carrier) {
        this(origin, destination, mode, domestic, Optional.ofNullable(service), Optional.ofNullable(carrier));
    }

    /**
     * True when this match covers {@code lane} shipped at {@code level}.
     *
     * @param lane  the shipment's lane
     * @param level the lane's service level (from its carrier)
     */
    public boolean matches(Lane lane, ServiceLevel level) {
        return mode == lane.mode() && service.map(wanted -> wanted == level).orElse(true)
                && carrier.map(wanted -> lane.carrier().filter(wanted::equals).isPresent()).orElse(true)
                && domestic == lane.isDomestic()
                && origin.contains(lane.origin()) && destination.contains(lane.destination());
    }

    /** Higher for narrower matches: a carrier beats a country pair, which beats a region pair, then a service. */
    int specificity() {
        return (carrier.isEmpty() ? 0 : 100) + 10 * (origin.specificity() + destination.specificity())
                + (service.isEmpty() ? 0 : 1);
    }

    @Override
    public String toString() {
        return origin + "-" + destination + " " + mode + (domestic ? " domestic" : "")
                + service.map(level -> " " + level).orElse("") + carrier.map(code -> " " + code).orElse("");
    }
}
