package dev.waybill.delay;

import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The normal timing of one kind of lane: per-stage durations and silence allowances, the pickup
 * allowance after a label is created, and when a parcel is presumed lost. The verdict engine judges
 * a shipment against the profile of its lane.
 *
 * <p>Immutable and thread-safe. Numbers that are judgement rather than published fact carry
 * {@link Basis#DEFAULT}; a shop replaces them with its own profiles.
 *
 * @param id                  a stable id, for example {@code CN-US-AIR-POSTAL}
 * @param match               the lanes it is for
 * @param stages              the timing of each stage the lane passes through
 * @param pickupAllowanceDays whole days a parcel may wait for pickup after its label is created
 * @param loss                when a parcel is presumed lost
 * @param basis               published or a default
 * @param source              where the numbers come from, or why they were chosen
 * @param promiseBands        the timing by promised lead ({@link PromiseBand}), in ascending order without
 *                            overlap; empty when the lane is timed the same whatever the promise
 * @param peakDays            the lane's learned peak days, used instead of the peak calendar's days for
 *                            this lane; empty where the calendar's days apply
 */
public record TransitProfile(String id, LaneMatch match, Map<Stage, StageTiming> stages, int pickupAllowanceDays,
                             LossRule loss, Basis basis, String source, List<PromiseBand> promiseBands,
                             Optional<PeakDays> peakDays) {

    private static final List<Stage> DOMESTIC_ROUTE = List.of(Stage.FIRST_MILE, Stage.LINEHAUL, Stage.LAST_MILE);
    private static final List<Stage> INTERNATIONAL_ROUTE = List.of(Stage.FIRST_MILE, Stage.EXPORT_CUSTOMS,
            Stage.LINEHAUL, Stage.IMPORT_CUSTOMS, Stage.LAST_MILE);

    /** Validates that every stage of the lane is timed and that loss comes after a stall. */
    public TransitProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(peakDays, "peakDays");
        EnumMap<Stage, StageTiming> copy = new EnumMap<>(Stage.class);
        copy.putAll(stages);
        for (Stage stage : route(match.domestic())) {
            StageTiming timing = copy.get(stage);
            if (timing == null) {
                throw new IllegalArgumentException(id + ": no timing for stage " + stage);
            }
            if (timing.maxSilentDays() >= loss.afterSilentDays()) {
                throw new IllegalArgumentException(id + ": " + stage + " may be silent " + timing.maxSilentDays()
                        + " days, not less than the loss threshold of " + loss.afterSilentDays());
            }
        }
        if (pickupAllowanceDays < 0) {
            throw new IllegalArgumentException(id + ": pickupAllowanceDays is negative");
        }
        stages = java.util.Collections.unmodifiableMap(copy);
        promiseBands = List.copyOf(promiseBands);
        for (int i = 0; i < promiseBands.size(); i++) {
            PromiseBand band = promiseBands.get(i);
            if (band.profile().match().domestic() != match.domestic()) {
                throw new IllegalArgumentException(id + ": promise band " + band.profile().id()
                        + " is not for the same route");
            }
            if (i > 0 && band.fromDays() < promiseBands.get(i - 1).toDays()) {
                throw new IllegalArgumentException(id + ": promise bands must be in ascending order without overlap, "
                        + band.profile().id() + " starts before the band ahead of it ends");
            }
        }
    }

    /** A profile whose learned peak days are a plain value, null where the calendar's days apply. */
    public TransitProfile(String id, LaneMatch match, Map<Stage, StageTiming> stages, int pickupAllowanceDays,
                          LossRule loss, Basis basis, String source, List<PromiseBand> promiseBands,
                          PeakDays peakDays) {
        this(id, match, stages, pickupAllowanceDays, loss, basis, source, promiseBands, Optional.ofNullable(peakDays));
    }

    /** A profile without learned peak days. */
    public TransitProfile(String id, LaneMatch match, Map<Stage, StageTiming> stages, int pickupAllowanceDays,
                          LossRule loss, Basis basis, String source, List<PromiseBand> promiseBands) {
        this(id, match, stages, pickupAllowanceDays, loss, basis, source, promiseBands, Optional.empty());
    }

    /** A profile without promise bands. */
    public TransitProfile(String id, LaneMatch match, Map<Stage, StageTiming> stages, int pickupAllowanceDays,
                          LossRule loss, Basis basis, String source) {
        this(id, match, stages, pickupAllowanceDays, loss, basis, source, List.of(), Optional.empty());
    }

    /**
     * The profile {@code shipment} is judged against: the promise band of its promised lead
     * ({@link PromiseBand#promisedLead}), or this profile where it has no promise or no band holds it.
     */
    public TransitProfile forShipment(Shipment shipment) {
        if (promiseBands.isEmpty()) {
            return this;
        }
        OptionalInt lead = PromiseBand.promisedLead(shipment);
        if (lead.isPresent()) {
            for (PromiseBand band : promiseBands) {
                if (band.contains(lead.getAsInt())) {
                    return band.profile();
                }
            }
        }
        return this;
    }

    /** The in-transit stages a parcel passes through, in order: no customs stages when domestic. */
    public static List<Stage> route(boolean domestic) {
        return domestic ? DOMESTIC_ROUTE : INTERNATIONAL_ROUTE;
    }

    /** The in-transit stages of this profile's lanes, in order. */
    public List<Stage> route() {
        return route(match.domestic());
    }

    /** The timing of {@code stage}, which must be on this profile's route. */
    public StageTiming timing(Stage stage) {
        StageTiming timing = stages.get(stage);
        if (timing == null) {
            throw new IllegalArgumentException(id + " has no timing for " + stage);
        }
        return timing;
    }

    /** The sum of the route's 90th percentiles: the end of the lane's normal window. */
    public double totalP90() {
        return route().stream().mapToDouble(stage -> timing(stage).p90()).sum();
    }

    /** The sum of the route's medians. */
    public double totalP50() {
        return route().stream().mapToDouble(stage -> timing(stage).p50()).sum();
    }
}
