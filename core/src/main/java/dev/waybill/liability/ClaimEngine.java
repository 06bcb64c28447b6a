package dev.waybill.liability;

import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.source.Confidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Works out the claim a seller can make for a loss: picks the liability regime by the party and
 * the lane (the first matching {@link RegimeRule}), then the deadline, the opening day and the cap
 * from that regime's dated rules.
 *
 * <p>No claim comes out when the party is the seller, the buyer or nobody, when no rule matches
 * (rail, a forwarder or broker with unknown terms, a domestic carrier Waybill has no terms for),
 * or when the regime sets no deadline for that kind of loss (the UPU pays nothing for delay).
 * A deadline counted from an event the shipment does not show is counted from acceptance instead,
 * which can only make it earlier; the basis says so. A shipment handed over to another carrier
 * ({@link dev.waybill.shipment.HandOver}) is claimed under the terms of the carrier that held it at
 * its latest event ({@link Shipment#laneAt}).
 *
 * <p>Immutable and thread-safe; build once and share.
 *
 * <pre>{@code
 * ClaimEngine claims = ClaimEngine.builder().putRegime(montreal).addRule(airLinehaul).build();
 * Optional<Claim> claim = claims.claim(ClaimRequest.of(shipment, Party.LINEHAUL_CARRIER, LossKind.LOSS, today));
 * }</pre>
 */
public final class ClaimEngine {

    private static final Set<Party> NO_CLAIM = EnumSet.of(Party.NONE, Party.SELLER, Party.BUYER);

    private final Map<String, LiabilityRegime> regimes;
    private final List<RegimeRule> rules;

    private ClaimEngine(Builder builder) {
        this.regimes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.regimes));
        this.rules = List.copyOf(builder.rules);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this engine's regimes and rules, for example to put a shop's rules first. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.regimes.putAll(regimes);
        builder.rules.addAll(rules);
        return builder;
    }

    /** The regimes by id, in the order they were added. */
    public Map<String, LiabilityRegime> regimes() {
        return regimes;
    }

    /** The mapping rules, in the order they are tried. */
    public List<RegimeRule> rules() {
        return rules;
    }

    /** The regime with {@code id}, if known. */
    public Optional<LiabilityRegime> regime(String id) {
        return Optional.ofNullable(regimes.get(id));
    }

    /** The first rule matching a claim against {@code party} on {@code lane}. */
    public Optional<RegimeRule> ruleFor(Party party, Lane lane) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(lane, "lane");
        if (NO_CLAIM.contains(party)) {
            return Optional.empty();
        }
        return rules.stream().filter(rule -> rule.matches(party, lane)).findFirst();
    }

    /** The regime a claim against {@code party} on {@code lane} falls under, if any. */
    public Optional<LiabilityRegime> regimeFor(Party party, Lane lane) {
        return ruleFor(party, lane).map(rule -> regimes.get(rule.regime()));
    }

    /** The claim for {@code request}, or empty where no claim applies (see the class comment). */
    public Optional<Claim> claim(ClaimRequest request) {
        Objects.requireNonNull(request, "request");
        Shipment shipment = request.shipment();
        Lane held = shipment.latestEvent().map(event -> shipment.laneAt(event.instant())).orElse(shipment.lane());
        Optional<LiabilityRegime> found = regimeFor(request.party(), held);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LiabilityRegime regime = found.get();
        Consignment consignment = Consignment.from(shipment, request.today()).withPackages(request.packages());
        LossKind loss = request.loss();
        if (!regime.covers(loss, consignment.carriedOn())) {
            return Optional.empty();
        }
        Optional<Recovery> recovery = request.sdrRate()
                .map(rate -> regime.recovery(consignment, loss, rate))
                .orElseGet(() -> regime.recovery(consignment, loss));
        List<String> basis = new ArrayList<>();
        Confidence confidence = Confidence.VERIFIED_PRIMARY;
        if (recovery.isPresent()) {
            basis.add(capWords(recovery.get(), consignment, request.sdrRate().orElse(null)));
            confidence = recovery.get().rule().source().confidence();
        } else {
            basis.add("no cap recorded for " + loss);
        }
        Dates dates = dates(regime.timeLimits(loss, consignment.carriedOn()), consignment, request, basis);
        return Optional.of(new Claim(request.party(), regime.id(), dates.deadline(),
                recovery.flatMap(Recovery::cap), regime.name() + ": " + String.join("; ", basis),
                Optional.ofNullable(dates.openFrom()), recovery.flatMap(Recovery::recoverable),
                confidence.weakest(dates.confidence())));
    }

    /** The deadline, the opening day and the weakest confidence of the limits that set them. */
    private record Dates(LocalDate deadline, LocalDate openFrom, Confidence confidence) {
    }

    /**
     * Works out every time limit, adding each to {@code basis}: the deadline is the earliest barring
     * one, the opening day the latest opening whose event is known.
     */
    private static Dates dates(List<TimeLimit> limits, Consignment consignment, ClaimRequest request,
                               List<String> basis) {
        LocalDate deadline = null;
        Confidence deadlineConfidence = Confidence.VERIFIED_PRIMARY;
        LocalDate openFrom = null;
        Confidence openConfidence = Confidence.VERIFIED_PRIMARY;
        for (TimeLimit limit : limits) {
            Optional<LocalDate> event = eventDate(limit.from(), request.shipment(), consignment, request);
            if (!limit.isDeadline()) {
                if (event.isEmpty()) {
                    basis.add(limit.describe() + ": not known, " + limit.source());
                    continue;
                }
                LocalDate opens = limit.dateAfter(event.get());
                if (openFrom == null || opens.isAfter(openFrom)) {
                    openFrom = opens;
                    openConfidence = limit.source().confidence();
                }
                basis.add(limit.describe() + ": " + opens + ", " + limit.source());
                continue;
            }
            LocalDate date = limit.dateAfter(event.orElse(consignment.carriedOn()));
            basis.add(limit.describe() + (limit.barring() ? "" : " (advisory: missing it does not bar the claim)")
                    + ": " + date + (event.isEmpty() ? " (" + limit.from().words() + " not known: counted from acceptance)" : "")
                    + ", " + limit.source());
            if (limit.barring() && (deadline == null || date.isBefore(deadline))) {
                deadline = date;
                deadlineConfidence = limit.source().confidence();
            }
        }
        return new Dates(deadline, openFrom, deadlineConfidence.weakest(openConfidence));
    }

    private static String capWords(Recovery recovery, Consignment consignment, SdrRate rate) {
        LimitRule rule = recovery.rule();
        String amount;
        if (recovery.cap().isPresent()) {
            boolean converted = rate != null && rule.limit().currency().filter(SdrRate.SDR::equals).isPresent();
            amount = " = " + recovery.cap().get() + (converted
                    ? " at " + rate.perSdr().toPlainString() + " " + rate.currency().getCurrencyCode() + " per SDR" : "");
        } else if (rule.limit() instanceof LiabilityLimit.CarriageCharges) {
            amount = " (not computed: Waybill does not know the carriage charges)";
        } else {
            amount = " (not computed: the shipment's weight is unknown)";
        }
        return "cap " + rule.limit().describe() + amount + " for carriage on " + consignment.carriedOn() + ", "
                + rule.source();
    }

    private static Optional<LocalDate> eventDate(Trigger trigger, Shipment shipment, Consignment consignment,
                                                 ClaimRequest request) {
        return switch (trigger) {
            case ACCEPTANCE -> Optional.of(consignment.carriedOn());
            case DELIVERY -> lastOf(shipment, EventCode.DELIVERED);
            case DISPOSAL -> shipment.events().stream()
                    .filter(e -> e.code() == EventCode.AVAILABLE_FOR_PICKUP || e.code() == EventCode.DELIVERED)
                    .findFirst().map(TrackingEvent::localDate);
            case EXPECTED_DELIVERY -> request.expectedDelivery();
        };
    }

    private static Optional<LocalDate> lastOf(Shipment shipment, EventCode code) {
        LocalDate last = null;
        for (TrackingEvent event : shipment.events()) {
            if (event.code() == code) {
                last = event.localDate();
            }
        }
        return Optional.ofNullable(last);
    }

    /** Builds a {@link ClaimEngine}. Not thread-safe; the built engine is. */
    public static final class Builder {
        private final Map<String, LiabilityRegime> regimes = new LinkedHashMap<>();
        private final List<RegimeRule> rules = new ArrayList<>();

        private Builder() {
        }

        /** Adds {@code regime}, replacing one with the same id. */
        public Builder putRegime(LiabilityRegime regime) {
            regimes.put(regime.id(), regime);
            return this;
        }

        /** Adds every regime, replacing those with the same ids. */
        public Builder regimes(Collection<LiabilityRegime> regimes) {
            regimes.forEach(this::putRegime);
            return this;
        }

        /** Appends a mapping rule: tried after those already added. */
        public Builder addRule(RegimeRule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Puts a mapping rule first: tried before all others (a shop's override). */
        public Builder addRuleFirst(RegimeRule rule) {
            rules.add(0, Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * The engine.
         *
         * @throws IllegalStateException naming a rule whose regime is not known
         */
        public ClaimEngine build() {
            for (int i = 0; i < rules.size(); i++) {
                if (!regimes.containsKey(rules.get(i).regime())) {
                    throw new IllegalStateException("rule " + i + " names unknown regime '" + rules.get(i).regime()
                            + "'; known: " + regimes.keySet());
                }
            }
            return new ClaimEngine(this);
        }
    }
}
