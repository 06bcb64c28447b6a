package dev.waybill.shipment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One carrier tracking event, normalised to the contract's codes.
 *
 * <p>The event keeps the offset it was reported with, so {@link #localDate()} is the date the
 * carrier printed; {@link #instant()} orders events on a timeline. Immutable and thread-safe.
 *
 * <pre>{@code
 * TrackingEvent held = TrackingEvent.builder(OffsetDateTime.parse("2026-11-08T09:30:00+01:00"), EventCode.IMPORT_HELD)
 *         .reason(Reason.DOCUMENTS).country(CountryCode.of("DE")).build();
 * }</pre>
 *
 * @param at        when it happened, with the offset it was reported in
 * @param code      the normalised code
 * @param reason    why; empty when the carrier does not say
 * @param location  the place as the carrier names it (stripped); empty when not named or blank
 * @param country   the country it happened in; empty when not known
 * @param detail    the carrier's own code or text (stripped); empty when not given or blank
 * @param timeBasis how {@code at} was obtained
 * @param reading   how {@code code} was read from the carrier's text where the carrier gave no usable
 *                  code; empty when the code came from the carrier's own code
 */
public record TrackingEvent(OffsetDateTime at, EventCode code, Optional<Reason> reason, Optional<String> location,
                            Optional<CountryCode> country, Optional<String> detail, TimeBasis timeBasis,
                            Optional<TextReading> reading)
        implements Comparable<TrackingEvent> {

    /**
     * The canonical timeline order: by instant, then by the code's place in a parcel's life (so that
     * equal instants never depend on input order), then by the remaining fields, an absent one first.
     */
    public static final Comparator<TrackingEvent> TIMELINE_ORDER = Comparator
            .comparingLong((TrackingEvent e) -> e.at().toEpochSecond())   // the instant, without making one
            .thenComparingInt(e -> e.at().getNano())
            .thenComparing(TrackingEvent::code)
            .thenComparing((a, b) -> absentFirst(a.reason, b.reason))
            .thenComparing((a, b) -> absentFirst(a.location, b.location))
            .thenComparing((a, b) -> absentFirst(a.country, b.country))
            .thenComparing((a, b) -> absentFirst(a.detail, b.detail))
            .thenComparing(e -> e.at().getOffset().getTotalSeconds())
            .thenComparing(TrackingEvent::timeBasis);

    /** Validates the parts and normalises blank text to absent. */
    public TrackingEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        location = stripped(Objects.requireNonNull(location, "location"));
        Objects.requireNonNull(country, "country");
        detail = stripped(Objects.requireNonNull(detail, "detail"));
        Objects.requireNonNull(timeBasis, "timeBasis");
        Objects.requireNonNull(reading, "reading");
    }

    /** An event with only a time and a code, its offset given by the source. */
    public static TrackingEvent of(OffsetDateTime at, EventCode code) {
        return new TrackingEvent(at, code, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                TimeBasis.OFFSET_GIVEN, Optional.empty());
    }

    /** A builder for an event at {@code at} with {@code code}. */
    public static Builder builder(OffsetDateTime at, EventCode code) {
        return new Builder(at, code);
    }

    /** A builder holding this event's values. */
    public Builder toBuilder() {
        return new Builder(at, code).reason(reason.orElse(null)).location(location.orElse(null))
                .country(country.orElse(null)).detail(detail.orElse(null)).timeBasis(timeBasis)
                .reading(reading.orElse(null));
    }

    /** The point on the time line. */
    public Instant instant() {
        return at.toInstant();
    }

    /** The calendar date in the offset the event was reported with. */
    public LocalDate localDate() {
        return at.toLocalDate();
    }

    /**
     * True when {@code other} reports the same happening: same instant, code, reason, location,
     * country and detail (the offset it was written in may differ).
     */
    public boolean sameHappeningAs(TrackingEvent other) {
        return at.isEqual(other.at) && code == other.code && reason.equals(other.reason)
                && Objects.equals(location, other.location) && Objects.equals(country, other.country)
                && Objects.equals(detail, other.detail);
    }

    @Override
    public int compareTo(TrackingEvent other) {
        return TIMELINE_ORDER.compare(this, other);
    }

    /** {@code text} stripped, absent when blank; the same instance when already stripped. */
    private static Optional<String> stripped(Optional<String> text) {
        if (text.isEmpty()) {
            return text;
        }
        String value = text.get();
        String strip = value.strip();
        return strip.isEmpty() ? Optional.empty() : strip.length() == value.length() ? text : Optional.of(strip);
    }

    /** Compares two optional values without unwrapping into new objects: an absent one first. */
    private static <T extends Comparable<? super T>> int absentFirst(Optional<T> a, Optional<T> b) {
        if (a.isEmpty()) {
            return b.isEmpty() ? 0 : -1;
        }
        return b.isEmpty() ? 1 : a.get().compareTo(b.get());
    }

    /** Builds a {@link TrackingEvent}. Not thread-safe; the built event is. */
    public static final class Builder {
        private final OffsetDateTime at;
        private final EventCode code;
        private Reason reason;
        private String location;
        private CountryCode country;
        private String detail;
        private TimeBasis timeBasis = TimeBasis.OFFSET_GIVEN;
        private TextReading reading;

        private Builder(OffsetDateTime at, EventCode code) {
            this.at = at;
            this.code = code;
        }

        /** Why it happened; null when the carrier does not say. */
        public Builder reason(Reason reason) {
            this.reason = reason;
            return this;
        }

        /** The place as the carrier names it; null or blank when not named. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** The country it happened in; null when not known. */
        public Builder country(CountryCode country) {
            this.country = country;
            return this;
        }

        /** The carrier's own code or text; null or blank when not given. */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /** How the time was obtained; {@link TimeBasis#OFFSET_GIVEN} by default. */
        public Builder timeBasis(TimeBasis timeBasis) {
            this.timeBasis = timeBasis;
            return this;
        }

        /** How the code was read from the carrier's text; null (the default) when it came from a code. */
        public Builder reading(TextReading reading) {
            this.reading = reading;
            return this;
        }

        /** The event; throws {@link NullPointerException} naming a missing required part. */
        public TrackingEvent build() {
            return new TrackingEvent(at, code, Optional.ofNullable(reason), Optional.ofNullable(location),
                    Optional.ofNullable(country), Optional.ofNullable(detail), timeBasis, Optional.ofNullable(reading));
        }
    }
}
