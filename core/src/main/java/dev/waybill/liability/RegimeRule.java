package dev.waybill.liability;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of the mapping from a claim to its liability regime: which party, carrier, mode, scope
 * and countries it matches, and the regime it picks. An empty set matches anything. The
 * {@link ClaimEngine} tries its rules in order and the first match wins, so a shop puts its own
 * rows first.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RegimeRule montreal = RegimeRule.builder("MONTREAL_1999")
 *         .parties(EnumSet.of(Party.LINEHAUL_CARRIER)).modes(EnumSet.of(Mode.AIR)).scope(RegimeRule.Scope.INTERNATIONAL)
 *         .why("international carriage by air").build();
 * }</pre>
 *
 * @param regime       the id of the regime it picks
 * @param parties      the parties it matches
 * @param carriers     the lane carrier codes it matches, lower case
 * @param modes        the linehaul modes it matches
 * @param scope        domestic, international or either
 * @param origins      the origin countries it matches
 * @param destinations the destination countries it matches
 * @param why          why this regime applies, in words (a judgement where no rule of law decides)
 */
public record RegimeRule(String regime, Set<Party> parties, Set<String> carriers, Set<Mode> modes, Scope scope,
                         Set<CountryCode> origins, Set<CountryCode> destinations, String why) {

    /** Whether a rule matches domestic lanes, international lanes or both. */
    public enum Scope {
        /** Either. */
        ANY,
        /** Origin and destination are the same country. */
        DOMESTIC,
        /** The parcel crosses a border. */
        INTERNATIONAL;

        boolean matches(Lane lane) {
            return this == ANY || (this == DOMESTIC) == lane.isDomestic();
        }
    }

    /** Validates the parts, copies the sets and lower-cases the carrier codes. */
    public RegimeRule {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(why, "why");
        if (regime.isBlank()) {
            throw new IllegalArgumentException("regime is blank");
        }
        if (why.isBlank()) {
            throw new IllegalArgumentException("a regime rule for " + regime + " needs a reason (why)");
        }
        why = why.strip();
        parties = parties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parties));
        carriers = carriers.stream().map(code -> code.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
        origins = Set.copyOf(origins);
        destinations = Set.copyOf(destinations);
    }

    /** A builder for a rule picking {@code regime}. */
    public static Builder builder(String regime) {
        return new Builder(regime);
    }

    /** True when a claim against {@code party} on {@code lane} falls under this rule. */
    public boolean matches(Party party, Lane lane) {
        return (parties.isEmpty() || parties.contains(party))
                && (carriers.isEmpty() || lane.carrier().filter(carriers::contains).isPresent())
                && (modes.isEmpty() || modes.contains(lane.mode()))
                && scope.matches(lane)
                && (origins.isEmpty() || origins.contains(lane.origin()))
                && (destinations.isEmpty() || destinations.contains(lane.destination()));
    }

    /** Builds a {@link RegimeRule}. Not thread-safe; the built rule is. */
    public static final class Builder {
        private final String regime;
        private Set<Party> parties = Set.of();
        private Set<String> carriers = Set.of();
        private Set<Mode> modes = Set.of();
        private Scope scope = Scope.ANY;
        private Set<CountryCode> origins = Set.of();
        private Set<CountryCode> destinations = Set.of();
        private String why = "";

        private Builder(String regime) {
            this.regime = regime;
        }

        /** The parties matched; any by default. */
        public Builder parties(Set<Party> parties) {
            this.parties = parties;
            return this;
        }

        /** The carrier codes matched; any by default. */
        public Builder carriers(Set<String> carriers) {
            this.carriers = carriers;
            return this;
        }

        /** The modes matched; any by default. */
        public Builder modes(Set<Mode> modes) {
            this.modes = modes;
            return this;
        }

        /** Domestic, international or either (the default). */
        public Builder scope(Scope scope) {
            this.scope = scope;
            return this;
        }

        /** The origin countries matched; any by default. */
        public Builder origins(Set<CountryCode> origins) {
            this.origins = origins;
            return this;
        }

        /** The destination countries matched; any by default. */
        public Builder destinations(Set<CountryCode> destinations) {
            this.destinations = destinations;
            return this;
        }

        /** Why the regime applies, in words; required. */
        public Builder why(String why) {
            this.why = why;
            return this;
        }

        /** The rule; throws naming a bad part. */
        public RegimeRule build() {
            return new RegimeRule(regime, parties, carriers, modes, scope, origins, destinations, why);
        }
    }
}
