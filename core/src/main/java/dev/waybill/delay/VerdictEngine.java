package dev.waybill.delay;

import dev.waybill.shipment.Shipment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Judges a shipment: from its canonical timeline, its lane's {@link TransitProfile}, the
 * {@link PeakCalendar}, the registered {@link Disruption}s and the moment of judgement, a
 * {@link Verdict}. Pure: the same shipment and the same {@code now} always give the same verdict,
 * whatever order its events arrived in.
 *
 * <p>Immutable and thread-safe; build once and share.
 *
 * <pre>{@code
 * VerdictEngine engine = VerdictEngine.builder(profiles).peakCalendar(calendar).build();
 * Verdict verdict = engine.assess(shipment, Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
 * }</pre>
 */
public final class VerdictEngine {

    /** By default a buyer who reported a problem more than once is handed to a person. */
    public static final int DEFAULT_ESCALATE_AFTER_REPORTS = 2;

    private final TransitProfiles profiles;
    private final PeakCalendar peakCalendar;
    private final List<Disruption> disruptions;
    private final int escalateAfterReports;

    private VerdictEngine(Builder builder) {
        this.profiles = builder.profiles;
        this.peakCalendar = builder.peakCalendar;
        this.disruptions = List.copyOf(builder.disruptions);
        this.escalateAfterReports = builder.escalateAfterReports;
    }

    /** A builder judging lanes against {@code profiles}. */
    public static Builder builder(TransitProfiles profiles) {
        return new Builder(profiles);
    }

    /** A builder holding this engine's configuration. */
    public Builder toBuilder() {
        return new Builder(profiles).peakCalendar(peakCalendar).disruptions(disruptions)
                .escalateAfterReports(escalateAfterReports);
    }

    /**
     * Judges {@code shipment} at {@code now}; calendar days (today, the ETA) are counted in {@code zone}.
     */
    public Verdict assess(Shipment shipment, Instant now, ZoneId zone) {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        TransitProfile profile = profiles.profileFor(shipment.lane()).forShipment(shipment);
        return Judgement.verdict(shipment, profile, peakCalendar, disruptions, escalateAfterReports, now, zone);
    }

    /** Judges {@code shipment} at the clock's instant, counting days in the clock's zone. */
    public Verdict assess(Shipment shipment, Clock clock) {
        return assess(shipment, clock.instant(), clock.getZone());
    }

    /** The transit profiles this engine judges against. */
    public TransitProfiles profiles() {
        return profiles;
    }

    /** The peak calendar. */
    public PeakCalendar peakCalendar() {
        return peakCalendar;
    }

    /** The registered disruptions. */
    public List<Disruption> disruptions() {
        return disruptions;
    }

    /** Builds a {@link VerdictEngine}. Not thread-safe; the engine is. */
    public static final class Builder {
        private TransitProfiles profiles;
        private PeakCalendar peakCalendar = PeakCalendar.NONE;
        private List<Disruption> disruptions = List.of();
        private int escalateAfterReports = DEFAULT_ESCALATE_AFTER_REPORTS;

        private Builder(TransitProfiles profiles) {
            this.profiles = Objects.requireNonNull(profiles, "profiles");
        }

        /** The transit profiles to judge lanes against. */
        public Builder profiles(TransitProfiles profiles) {
            this.profiles = Objects.requireNonNull(profiles, "profiles");
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

        /**
         * How many buyer reports hand the case to a person ({@link Action#ESCALATE_TO_AGENT});
         * {@value #DEFAULT_ESCALATE_AFTER_REPORTS} by default.
         */
        public Builder escalateAfterReports(int reports) {
            if (reports < 1) {
                throw new IllegalArgumentException("escalateAfterReports must be at least 1, got " + reports);
            }
            this.escalateAfterReports = reports;
            return this;
        }

        /** The engine. */
        public VerdictEngine build() {
            return new VerdictEngine(this);
        }
    }
}
