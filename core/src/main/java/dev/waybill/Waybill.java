package dev.waybill;

import dev.waybill.delay.Verdict;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.shipment.Shipment;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The facade a shop backend holds: built once, immutable and thread-safe. {@link #assess(Shipment)}
 * is pure apart from reading the clock given at build time; {@link #assess(Shipment, Instant)}
 * takes the moment explicitly.
 *
 * <pre>{@code
 * Waybill waybill = Waybill.builder()
 *         .verdicts(VerdictEngine.builder(TransitPolicies.defaultProfiles())
 *                 .peakCalendar(TransitPolicies.defaultPeakCalendar()).build())
 *         .build();
 * Assessment assessment = waybill.assess(shipment);
 * }</pre>
 */
public final class Waybill {

    private final VerdictEngine verdicts;
    private final Clock clock;

    private Waybill(Builder builder) {
        this.verdicts = builder.verdicts;
        this.clock = builder.clock;
    }

    /** A builder; the verdict engine is required, everything else has a default. */
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

    /** The verdict engine. */
    public VerdictEngine verdicts() {
        return verdicts;
    }

    /** The clock this instance reads for "now". */
    public Clock clock() {
        return clock;
    }

    /** Builds a {@link Waybill}. Not thread-safe; the built instance is. */
    public static final class Builder {
        private VerdictEngine verdicts;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The verdict engine (required): transit profiles, peak calendar, disruptions. */
        public Builder verdicts(VerdictEngine verdicts) {
            this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
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
         * @throws IllegalStateException if no verdict engine was given
         */
        public Waybill build() {
            if (verdicts == null) {
                throw new IllegalStateException("a verdict engine is required: verdicts(...)");
            }
            return new Waybill(this);
        }
    }
}
