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
 * @param trackingNumber the carrier's tracking number (stripped); empty when not known or blank
 * @param shippedAt      hand-over to the first carrier; empty when not known (then the first event counts)
 * @param promisedBy     latest delivery date promised to the buyer; empty when nothing was promised
 * @param value          declared value; empty when not declared
 * @param weightKg       gross weight in kilograms; empty when not known
 * @param language       the buyer's language; empty when not known
 * @param events         the canonical timeline, oldest first
 * @param reports        what the buyer reported, oldest first
 * @param carrierStatus  what the carrier says of the whole shipment beside its events; empty when it says nothing
 * @param handOver       the next carrier the lane's carrier handed the parcel to; empty when none
 */
public record Shipment(String id, Lane lane, Optional<String> trackingNumber, Optional<OffsetDateTime> shippedAt,
                       Optional<LocalDate> promisedBy, Optional<Money> value, Optional<BigDecimal> weightKg,
                       Optional<Locale> language, List<TrackingEvent> events, List<CustomerReport> reports,
                       Optional<CarrierStatus> carrierStatus, Optional<HandOver> handOver) {

    /** Validates the parts and makes the timeline canonical. */
    public Shipment {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        Objects.requireNonNull(lane, "lane");
        trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber")
                .filter(number -> !number.isBlank()).map(String::strip);
        Objects.requireNonNull(shippedAt, "shippedAt");
        Objects.requireNonNull(promisedBy, "promisedBy");
        Objects.requireNonNull(value, "value").filter(Money::isNegative).ifPresent(negative -> {
            throw new IllegalArgumentException("value is negative: " + negative);
        });
        Objects.requireNonNull(weightKg, "weightKg").filter(kg -> kg.signum() < 0).ifPresent(negative -> {
            throw new IllegalArgumentException("weightKg is negative: " + negative);
        });
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(carrierStatus, "carrierStatus");
        Objects.requireNonNull(handOver, "handOver");
        events = canonical(Objects.requireNonNull(events, "events"));
        reports = reports == null || reports.isEmpty() ? List.of() : reports.stream().sorted().toList();
    }

    /** A builder for shipment {@code id} on {@code lane}. */
    public static Builder builder(String id, Lane lane) {
        return new Builder(id, lane);
    }

    /** A builder holding this shipment's values. */
    public Builder toBuilder() {
        Builder builder = new Builder(id, lane).events(events).reports(reports);
        builder.trackingNumber = trackingNumber.orElse(null);
        builder.shippedAt = shippedAt.orElse(null);
        builder.promisedBy = promisedBy.orElse(null);
        builder.value = value.orElse(null);
        builder.weightKg = weightKg.orElse(null);
        builder.language = language.orElse(null);
        builder.carrierStatus = carrierStatus.orElse(null);
        builder.handOver = handOver.orElse(null);
        return builder;
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
        HandOver given = handOver.orElseThrow(() -> new IllegalStateException(
                "shipment " + id + " was not handed over to another carrier"));
        HandOver dated = given.at().isPresent() || next.events().isEmpty() ? given
                : given.at(next.events().get(0).at());
        List<TrackingEvent> merged = new ArrayList<>(events);
        merged.addAll(next.events());
        return toBuilder().events(merged).handOver(dated)
                .carrierStatus(next.carrierStatus().or(() -> carrierStatus).orElse(null)).build();
    }

    /**
     * The carrier that held the parcel at {@code instant}: the next carrier from the hand-over on,
     * else the lane's carrier (empty when the lane names none).
     */
    public Optional<String> carrierAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return handOver.filter(next -> next.holdsAt(instant)).flatMap(HandOver::carrier).or(lane::carrier);
    }

    /** The lane with the carrier that held the parcel at {@code instant} ({@link #carrierAt(Instant)}). */
    public Lane laneAt(Instant instant) {
        Optional<String> carrier = carrierAt(instant);
        return carrier.equals(lane.carrier()) ? lane
                : new Lane(lane.origin(), lane.destination(), lane.mode(), carrier);
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
        if (shippedAt.isPresent()) {
            return shippedAt.map(OffsetDateTime::toInstant);
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

        /** The carrier's tracking number; null or blank when not known. */
        public Builder trackingNumber(String trackingNumber) {
            this.trackingNumber = trackingNumber;
            return this;
        }

        /** Hand-over to the first carrier; null when not known. */
        public Builder shippedAt(OffsetDateTime shippedAt) {
            this.shippedAt = shippedAt;
            return this;
        }

        /** Latest delivery date promised to the buyer; null when nothing was promised. */
        public Builder promisedBy(LocalDate promisedBy) {
            this.promisedBy = promisedBy;
            return this;
        }

        /** Declared value; null when not declared. */
        public Builder value(Money value) {
            this.value = value;
            return this;
        }

        /** Gross weight in kilograms; null when not known. */
        public Builder weightKg(BigDecimal weightKg) {
            this.weightKg = weightKg;
            return this;
        }

        /** The buyer's language; null when not known. */
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
            return new Shipment(id, lane, Optional.ofNullable(trackingNumber), Optional.ofNullable(shippedAt),
                    Optional.ofNullable(promisedBy), Optional.ofNullable(value), Optional.ofNullable(weightKg),
                    Optional.ofNullable(language), events, reports, Optional.ofNullable(carrierStatus),
                    Optional.ofNullable(handOver));
        }
    }
}
