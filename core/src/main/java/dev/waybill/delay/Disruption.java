package dev.waybill.delay;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A known disruption a shop registered: where (places, or one lane), when, which stages it slows
 * and by how many days. It widens the ETA of the parcels it touches and becomes their cause.
 * A place matches the origin for first-mile and export stages, the destination for import and
 * last-mile stages, and either end for the linehaul.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          the shop's id for it
 * @param kind        weather, congestion, strike or other
 * @param places      the countries or regions affected; empty when {@code laneOrigin} is given
 * @param laneOrigin  with {@code laneDestination}: the one lane affected; empty for a place-based disruption
 * @param laneDestination the lane's destination; empty for a place-based disruption
 * @param window      the days it lasts
 * @param stages      the stages it slows
 * @param extraDays   expected extra days for a parcel caught in it
 * @param description what happened, in a few words
 */
public record Disruption(String id, DisruptionKind kind, List<Place> places, Optional<CountryCode> laneOrigin,
                         Optional<CountryCode> laneDestination, DateRange window, Set<Stage> stages, int extraDays,
                         String description) {

    /** Validates that exactly one of places or lane is given, and the rest. */
    public Disruption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(window, "window");
        places = List.copyOf(places);
        Objects.requireNonNull(laneOrigin, "laneOrigin");
        Objects.requireNonNull(laneDestination, "laneDestination");
        if (laneOrigin.isPresent() != laneDestination.isPresent()) {
            throw new IllegalArgumentException(id + ": a lane needs both origin and destination");
        }
        if (places.isEmpty() == laneOrigin.isEmpty()) {
            throw new IllegalArgumentException(id + ": give either places or a lane, not both or neither");
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException(id + ": no stages");
        }
        stages = Set.copyOf(EnumSet.copyOf(stages));
        if (extraDays < 0) {
            throw new IllegalArgumentException(id + ": extraDays is negative");
        }
        description = description == null || description.isBlank() ? kind.name().toLowerCase(java.util.Locale.ROOT)
                : description.strip();
    }

    /**
     * A disruption whose lane ends are plain country codes, both null for a place-based disruption;
     * a null or blank description is the kind's name.
     */
    public Disruption(String id, DisruptionKind kind, List<Place> places, CountryCode laneOrigin,
                      CountryCode laneDestination, DateRange window, Set<Stage> stages, int extraDays,
                      String description) {
        this(id, kind, places, Optional.ofNullable(laneOrigin), Optional.ofNullable(laneDestination), window, stages,
                extraDays, description);
    }

    /** True when the disruption touches {@code lane} in {@code stage}. */
    public boolean affects(Lane lane, Stage stage) {
        if (!stages.contains(stage)) {
            return false;
        }
        if (laneOrigin.isPresent()) {
            return laneOrigin.get().equals(lane.origin()) && laneDestination.get().equals(lane.destination());
        }
        return switch (stage) {
            case LABEL_CREATED, FIRST_MILE, EXPORT_CUSTOMS -> contains(lane.origin());
            case IMPORT_CUSTOMS, LAST_MILE, DELIVERED -> contains(lane.destination());
            case LINEHAUL, RETURN -> contains(lane.origin()) || contains(lane.destination());
        };
    }

    private boolean contains(CountryCode country) {
        return places.stream().anyMatch(place -> place.contains(country));
    }
}
