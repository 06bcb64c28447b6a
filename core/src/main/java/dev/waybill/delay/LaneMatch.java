package dev.waybill.delay;

import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import java.util.Locale;
import java.util.Objects;

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
 * @param service     the service level it is for; null for any
 * @param carrier     the one carrier code it is for, lower case; null for any
 */
public record LaneMatch(Place origin, Place destination, Mode mode, boolean domestic, ServiceLevel service,
                        String carrier) {

    /** Validates the parts and lower-cases the carrier code. */
    public LaneMatch {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(mode, "mode");
        carrier = carrier == null || carrier.isBlank() ? null : carrier.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * True when this match covers {@code lane} shipped at {@code level}.
     *
     * @param lane  the shipment's lane
     * @param level the lane's service level (from its carrier)
     */
    public boolean matches(Lane lane, ServiceLevel level) {
        return mode == lane.mode() && (service == null || service == level)
                && (carrier == null || lane.carrier().filter(carrier::equals).isPresent())
                && domestic == lane.isDomestic()
                && origin.contains(lane.origin()) && destination.contains(lane.destination());
    }

    /** Higher for narrower matches: a carrier beats a country pair, which beats a region pair, then a service. */
    int specificity() {
        return (carrier == null ? 0 : 100) + 10 * (origin.specificity() + destination.specificity())
                + (service == null ? 0 : 1);
    }

    @Override
    public String toString() {
        return origin + "-" + destination + " " + mode + (domestic ? " domestic" : "")
                + (service == null ? "" : " " + service) + (carrier == null ? "" : " " + carrier);
    }
}
