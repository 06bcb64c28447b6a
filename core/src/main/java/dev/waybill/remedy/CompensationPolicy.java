package dev.waybill.remedy;

import dev.waybill.delay.Cause;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A shop's compensation ladder: every threshold the {@link CompensationEngine} decides by. Waybill
 * ships a default (a judgement from the domain brief, not law); a shop replaces it with its own.
 *
 * <ul>
 *   <li>{@code lateness}: the gesture for a late parcel, growing with days late;</li>
 *   <li>{@code atRisk}: {@code APOLOGY} or {@code NONE} for an open problem that is not late yet;</li>
 *   <li>{@code faults}: how each {@link Fault} is settled, and any goodwill coupon on top;</li>
 *   <li>{@code replacementFirst}: markets whose buyers prefer a reship or exchange to a refund;</li>
 *   <li>{@code returnCosts}: what a return costs, per currency: an item worth less is not sent back;</li>
 *   <li>{@code buyerCauses}: causes on the buyer's side, which earn no gesture;</li>
 *   <li>{@code carrierCauses}: causes counted as the carrier's for marketplace grace periods.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class CompensationPolicy {

    private final List<LatenessStep> lateness;
    private final RemedyKind atRisk;
    private final Map<Fault, FaultRemedy> faults;
    private final Set<CountryCode> replacementFirst;
    private final Map<Currency, Money> returnCosts;
    private final Set<Cause> buyerCauses;
    private final Set<Cause> carrierCauses;

    private CompensationPolicy(Builder builder) {
        this.lateness = List.copyOf(builder.lateness);
        this.atRisk = builder.atRisk;
        this.faults = Map.copyOf(builder.faults);
        this.replacementFirst = Set.copyOf(builder.replacementFirst);
        this.returnCosts = Map.copyOf(builder.returnCosts);
        this.buyerCauses = builder.buyerCauses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(builder.buyerCauses));
        this.carrierCauses = builder.carrierCauses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(builder.carrierCauses));
    }

    /** An empty builder; every fault must be given before {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's values. */
    public Builder toBuilder() {
        Builder builder = new Builder().lateness(lateness).atRisk(atRisk).replacementFirst(replacementFirst)
                .buyerCauses(buyerCauses).carrierCauses(carrierCauses);
        faults.values().forEach(builder::fault);
        returnCosts.values().forEach(builder::returnCost);
        return builder;
    }

    /** The lateness ladder, by increasing days late. */
    public List<LatenessStep> lateness() {
        return lateness;
    }

    /** The step for a parcel {@code daysLate} days late: the last step it has reached. */
    public Optional<LatenessStep> stepFor(int daysLate) {
        LatenessStep reached = null;
        for (LatenessStep step : lateness) {
            if (step.fromDaysLate() <= daysLate) {
                reached = step;
            }
        }
        return Optional.ofNullable(reached);
    }

    /** {@code APOLOGY} or {@code NONE}: what an open problem that is not late yet earns. */
    public RemedyKind atRisk() {
        return atRisk;
    }

    /** How {@code fault} is settled. */
    public FaultRemedy fault(Fault fault) {
        return faults.get(Objects.requireNonNull(fault, "fault"));
    }

    /** The markets whose buyers prefer a replacement. */
    public Set<CountryCode> replacementFirst() {
        return replacementFirst;
    }

    /** True when buyers in {@code market} prefer a reship or exchange to a refund. */
    public boolean prefersReplacement(CountryCode market) {
        return replacementFirst.contains(market);
    }

    /** What a return costs, per currency. */
    public Map<Currency, Money> returnCosts() {
        return returnCosts;
    }

    /** What a return costs in {@code currency}, if the ladder says. */
    public Optional<Money> returnCost(Currency currency) {
        return Optional.ofNullable(returnCosts.get(currency));
    }

    /** The causes on the buyer's side. */
    public Set<Cause> buyerCauses() {
        return buyerCauses;
    }

    /** The causes counted as the carrier's. */
    public Set<Cause> carrierCauses() {
        return carrierCauses;
    }

    /** Builds a {@link CompensationPolicy}. Not thread-safe; the built policy is. */
    public static final class Builder {
        private final List<LatenessStep> lateness = new ArrayList<>();
        private RemedyKind atRisk = RemedyKind.APOLOGY;
        private final Map<Fault, FaultRemedy> faults = new EnumMap<>(Fault.class);
        private final Set<CountryCode> replacementFirst = new LinkedHashSet<>();
        private final Map<Currency, Money> returnCosts = new LinkedHashMap<>();
        private final Set<Cause> buyerCauses = EnumSet.noneOf(Cause.class);
        private final Set<Cause> carrierCauses = EnumSet.noneOf(Cause.class);

        private Builder() {
        }

        /** Replaces the lateness ladder; steps by increasing days late. */
        public Builder lateness(List<LatenessStep> steps) {
            lateness.clear();
            lateness.addAll(steps);
            return this;
        }

        /** {@code APOLOGY} (the default) or {@code NONE} for an open problem that is not late yet. */
        public Builder atRisk(RemedyKind atRisk) {
            this.atRisk = atRisk;
            return this;
        }

        /** Sets how one fault is settled, replacing any earlier setting for it. */
        public Builder fault(FaultRemedy remedy) {
            faults.put(remedy.fault(), remedy);
            return this;
        }

        /** Replaces the markets that prefer a replacement. */
        public Builder replacementFirst(Collection<CountryCode> markets) {
            replacementFirst.clear();
            replacementFirst.addAll(markets);
            return this;
        }

        /** Sets what a return costs in {@code cost}'s currency. */
        public Builder returnCost(Money cost) {
            if (cost.amount().signum() <= 0) {
                throw new IllegalArgumentException("a return cost must be positive, got " + cost);
            }
            returnCosts.put(cost.currency(), cost);
            return this;
        }

        /** Replaces the causes on the buyer's side. */
        public Builder buyerCauses(Collection<Cause> causes) {
            buyerCauses.clear();
            buyerCauses.addAll(causes);
            return this;
        }

        /** Replaces the causes counted as the carrier's. */
        public Builder carrierCauses(Collection<Cause> causes) {
            carrierCauses.clear();
            carrierCauses.addAll(causes);
            return this;
        }

        /**
         * The policy.
         *
         * @throws IllegalStateException when a fault is not settled, {@code atRisk} is neither
         *                               {@code APOLOGY} nor {@code NONE}, the ladder does not grow
         *                               with days late, or a cause is both the buyer's and the carrier's
         */
        public CompensationPolicy build() {
            Set<Fault> missing = EnumSet.allOf(Fault.class);
            missing.removeAll(faults.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the ladder does not say how to settle " + missing);
            }
            if (atRisk != RemedyKind.APOLOGY && atRisk != RemedyKind.NONE) {
                throw new IllegalStateException("atRisk must be APOLOGY or NONE, not " + atRisk);
            }
            for (int i = 1; i < lateness.size(); i++) {
                LatenessStep previous = lateness.get(i - 1);
                LatenessStep step = lateness.get(i);
                if (step.fromDaysLate() <= previous.fromDaysLate()) {
                    throw new IllegalStateException("lateness step " + i + " starts at " + step.fromDaysLate()
                            + " days, not after the previous step's " + previous.fromDaysLate());
                }
                if (!previous.isNotMoreGenerousThan(step)) {
                    throw new IllegalStateException("lateness step " + i + " (" + step.kind() + " " + step.percent()
                            + "%) is less generous than the previous step (" + previous.kind() + " "
                            + previous.percent() + "%): the gesture must grow with days late");
                }
            }
            Set<Cause> both = EnumSet.noneOf(Cause.class);
            both.addAll(buyerCauses);
            both.retainAll(carrierCauses);
            if (!both.isEmpty()) {
                throw new IllegalStateException("causes " + both + " cannot be both the buyer's and the carrier's");
            }
            return new CompensationPolicy(this);
        }
    }
}
