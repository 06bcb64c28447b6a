package dev.waybill;

import dev.waybill.delay.Disruption;
import dev.waybill.delay.PeakCalendar;
import dev.waybill.delay.TransitProfiles;
import dev.waybill.delay.Verdict;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.shipment.Shipment;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The facade a shop backend holds: built once, immutable and thread-safe. {@link #assess(Shipment)}
 * is pure apart from reading the clock given at build time; {@link #assess(Shipment, Instant)}
 * takes the moment explicitly.
 *
 * <pre>{@code
 * Waybill waybill = Waybill.builder()
 *         .transitProfiles(TransitPolicies.defaultProfiles())
 *         .peakCalendar(TransitPolicies.defaultPeakCalendar())
 *         .build();
 * Assessment assessment = waybill.assess(shipment);
 * }</pre>
 */
public final class Waybill {

    private final VerdictEngine verdicts;
    private final Clock clock;

    private Waybill(Builder builder) {
        this.verdicts = VerdictEngine.builder(builder.transitProfiles).peakCalendar(builder.peakCalendar)
                .disruptions(builder.disruptions).build();
        this.clock = builder.clock;
    }

    /** A builder; transit profiles are required, everything else has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Assesses {@code shipment} now, by the clock given at build time. */
    public Assessment assess(Shipment shipment) {
        return assess(shipment, clock.instant());
    }

    /** Assesses {@code shipment} at {@code now}; calendar days are counted in the clock's zone. */
    public Assessment assess(Shipment shipment, Instant now) {
        Verdict verdict = verdicts.assess(shipment, now, clock.getZone());
        return Assessment.of(verdict);
    }

    /** The clock this instance reads for "now". */
    public Clock clock() {
        return clock;
    }

    /** Builds a {@link Waybill}. Not thread-safe; the built instance is. */
    public static final class Builder {
        private TransitProfiles transitProfiles;
        private PeakCalendar peakCalendar = PeakCalendar.NONE;
        private List<Disruption> disruptions = List.of();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The transit profiles lanes are judged against (required). */
        public Builder transitProfiles(TransitProfiles transitProfiles) {
            this.transitProfiles = Objects.requireNonNull(transitProfiles, "transitProfiles");
            return this;
        }

        /** The peak seasons; none by default. */
        public Builder peakCalendar(PeakCalendar peakCalendar) {
            this.peakCalendar = Objects.requireNonNull(peakCalendar, "peakCalendar");
            return this;
        }

        /** The known disruptions; none by default. */
        public Builder disruptions(Collection<Disruption> disruptions) {
            this.disruptions = List.copyOf(disruptions);
            return this;
        }

        /** The clock for "now" and for the calendar day; {@link Clock#systemUTC()} by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The instance.
         *
         * @throws IllegalStateException if no transit profiles were given
         */
        public Waybill build() {
            if (transitProfiles == null) {
                throw new IllegalStateException("transit profiles are required: transitProfiles(...)");
            }
            return new Waybill(this);
        }
    }
}
