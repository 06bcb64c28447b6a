package dev.waybill.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A parcel on its way to a buyer: the lane, what the shop promised, and the carrier's events.
 *
 * <p>The timeline is canonical on construction: events sorted by instant, exact duplicates
 * dropped, equal instants ordered by the parcel's life cycle ({@link TrackingEvent#TIMELINE_ORDER}),
 * so every engine sees the same timeline whatever order or repetition the events arrived in.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Shipment shipment = Shipment.builder("order-1042", Lane.of(CountryCode.of("CN"), CountryCode.of("FR"), Mode.AIR))
 *         .promisedBy(LocalDate.parse("2026-11-20"))
 *         .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-02T08:00:00+08:00"), EventCode.PICKED_UP))
 *         .build();
 * }</pre>
 *
 * @param id             the shop's shipment or order id
 * @param lane           origin, destination, mode and carrier
 * @param trackingNumber the carrier's tracking number; may be null
 * @param shippedAt      hand-over to the first carrier; may be null (then the first event counts)
 * @param promisedBy     latest delivery date promised to the buyer; may be null
 * @param value          declared value; may be null
 * @param weightKg       gross weight in kilograms; may be null
 * @param language       the buyer's language; may be null
 * @param events         the canonical timeline, oldest first
 * @param reports        what the buyer reported, oldest first
 * @param carrierStatus  what the carrier says of the whole shipment beside its events; may be null
 * @param handOver       the next carrier the lane's carrier handed the parcel to; may be null
 */
public record Shipment(String id, Lane lane, String trackingNumber, OffsetDateTime shippedAt, LocalDate promisedBy,
                       Money value, BigDecimal weightKg, Locale language, List<TrackingEvent> events,
                       List<CustomerReport> reports, CarrierStatus carrierStatus,
                       HandOver handOver) {

    /** Validates the parts and makes the timeline canonical. */
    public Shipment {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        Objects.requireNonNull(lane, "lane");
        trackingNumber = trackingNumber == null || trackingNumber.isBlank() ? null : trackingNumber.strip();
        if (value != null && value.isNegative()) {
            throw new IllegalArgumentException("value is negative: " + value);
        }
        if (weightKg != null && weightKg.signum() < 0) {
            throw new IllegalArgumentException("weightKg is negative: " + weightKg);
        }
        events = canonical(Objects.requireNonNull(events, "events"));
        reports = reports == null || reports.isEmpty() ? List.of() : reports.stream().sorted().toList();
    }

    /** A builder for shipment {@code id} on {@code lane}. */
    public static Builder builder(String id, Lane lane) {
        return new Builder(id, lane);
    }

    /** A builder holding this shipment's values. */
    public Builder toBuilder() {
        return new Builder(id, lane).trackingNumber(trackingNumber).shippedAt(shippedAt).promisedBy(promisedBy)
                .value(value).weightKg(weightKg).language(language).events(events).reports(reports)
                .carrierStatus(carrierStatus).handOver(handOver);
    }

    /** This shipment with more events merged into its timeline (for example from a webhook). */
    public Shipment plusEvents(Collection<TrackingEvent> more) {
        List<TrackingEvent> merged = new ArrayList<>(events);
        merged.addAll(more);
        return toBuilder().events(merged).build();
    }

    /**
     * This journey with the next carrier's shipment joined to it: {@code next}'s events join this
     * shipment's timeline, its status stands for the whole shipment where it has one, and the hand-over
     * is dated by the next carrier's first event where this shipment's body did not date it.
     *
     * @throws IllegalStateException if this shipment was handed over to nobody
     */
    public Shipment joinedWith(Shipment next) {
        Objects.requireNonNull(next, "next");
        if (handOver == null) {
            throw new IllegalStateException("shipment " + id + " was not handed over to another carrier");
        }
        HandOver dated = handOver.at() != null || next.events().isEmpty() ? handOver
                : handOver.at(next.events().get(0).at());
        List<TrackingEvent> merged = new ArrayList<>(events);
        merged.addAll(next.events());
        return toBuilder().events(merged).handOver(dated)
                .carrierStatus(next.carrierStatus() != null ? next.carrierStatus() : carrierStatus).build();
    }

    /**
     * The carrier that held the parcel at {@code instant}: the next carrier from the hand-over on,
     * else the lane's carrier (null when the lane names none).
     */
    public String carrierAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return handOver != null && handOver.holdsAt(instant) ? handOver.carrier() : lane.carrier();
    }

    /** The lane with the carrier that held the parcel at {@code instant} ({@link #carrierAt(Instant)}). */
    public Lane laneAt(Instant instant) {
        String carrier = carrierAt(instant);
        return Objects.equals(carrier, lane.carrier()) ? lane : lane.withCarrier(carrier);
    }

    /** The origin country. */
    public CountryCode origin() {
        return lane.origin();
    }

    /** The destination country. */
    public CountryCode destination() {
        return lane.destination();
    }

    /** True when the parcel crosses a border. */
    public boolean isInternational() {
        return lane.isInternational();
    }

    /** True when the parcel is declared to customs on its way ({@link Lane#crossesCustoms()}). */
    public boolean crossesCustoms() {
        return lane.crossesCustoms();
    }

    /** The newest event, if any. */
    public Optional<TrackingEvent> latestEvent() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /** When the journey started: {@link #shippedAt()} if given, else the first event. */
    public Optional<Instant> startedAt() {
        if (shippedAt != null) {
            return Optional.of(shippedAt.toInstant());
        }
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0).instant());
    }

    static List<TrackingEvent> canonical(Collection<TrackingEvent> events) {
        boolean canonical = true;
        TrackingEvent previous = null;
        for (TrackingEvent event : events) {
            Objects.requireNonNull(event, "event");
            canonical &= previous == null || (TrackingEvent.TIMELINE_ORDER.compare(previous, event) < 0
                    && !previous.sameHappeningAs(event));
            previous = event;
        }
        if (canonical) {            // already in order without repeats, as an adapter or a store hands it over
            return List.copyOf(events);
        }
        List<TrackingEvent> sorted = new ArrayList<>(events);
        sorted.sort(TrackingEvent.TIMELINE_ORDER);
        List<TrackingEvent> unique = new ArrayList<>(sorted.size());
        for (TrackingEvent event : sorted) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).sameHappeningAs(event)) {
                unique.add(event);
            }
        }
        return List.copyOf(unique);
    }


    /** Builds a {@link Shipment}. Not thread-safe; the built shipment is. */
    public static final class Builder {
        private final String id;
        private final Lane lane;
        private String trackingNumber;
        private OffsetDateTime shippedAt;
        private LocalDate promisedBy;
        private Money value;
        private BigDecimal weightKg;
        private Locale language;
        private final List<TrackingEvent> events = new ArrayList<>();
        private final List<CustomerReport> reports = new ArrayList<>();
        private CarrierStatus carrierStatus;
        private HandOver handOver;

        private Builder(String id, Lane lane) {
            this.id = id;
            this.lane = lane;
        }

        /** The carrier's tracking number. */
        public Builder trackingNumber(String trackingNumber) {
            this.trackingNumber = trackingNumber;
            return this;
        }

        /** Hand-over to the first carrier. */
        public Builder shippedAt(OffsetDateTime shippedAt) {
            this.shippedAt = shippedAt;
            return this;
        }

        /** Latest delivery date promised to the buyer. */
        public Builder promisedBy(LocalDate promisedBy) {
            this.promisedBy = promisedBy;
            return this;
        }

        /** Declared value. */
        public Builder value(Money value) {
            this.value = value;
            return this;
        }

        /** Gross weight in kilograms. */
        public Builder weightKg(BigDecimal weightKg) {
            this.weightKg = weightKg;
            return this;
        }

        /** The buyer's language. */
        public Builder language(Locale language) {
            this.language = language;
            return this;
        }

        /** Adds one event; any order, duplicates allowed. */
        public Builder event(TrackingEvent event) {
            events.add(event);
            return this;
        }

        /** Replaces the events; any order, duplicates allowed. */
        public Builder events(Collection<TrackingEvent> events) {
            this.events.clear();
            this.events.addAll(events);
            return this;
        }

        /** Adds one buyer report. */
        public Builder report(CustomerReport report) {
            reports.add(report);
            return this;
        }

        /** Replaces the buyer reports. */
        public Builder reports(Collection<CustomerReport> reports) {
            this.reports.clear();
            this.reports.addAll(reports);
            return this;
        }

        /** What the carrier says of the whole shipment beside its events; null when it says nothing. */
        public Builder carrierStatus(CarrierStatus carrierStatus) {
            this.carrierStatus = carrierStatus;
            return this;
        }

        /** The next carrier the lane's carrier handed the parcel to; null when none. */
        public Builder handOver(HandOver handOver) {
            this.handOver = handOver;
            return this;
        }

        /** The shipment; throws naming the part that is missing or invalid. */
        public Shipment build() {
            return new Shipment(id, lane, trackingNumber, shippedAt, promisedBy, value, weightKg, language,
                    events, reports, carrierStatus, handOver);
        }
    }
}
