package dev.waybill.remedy;

import dev.waybill.delay.Cause;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.delay.Verdict;
import dev.waybill.liability.Party;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what to offer the buyer for a verdict, by a shop's {@link CompensationPolicy} (the ladder)
 * and the marketplaces' dated {@link MarketplaceRule}s.
 *
 * <ul>
 *   <li>A lost parcel, one shown delivered but not received, or one returning for a reason that is
 *       not the buyer's is paid first (refund, or reship in markets that prefer a replacement) and
 *       then claimed from the verdict's {@code recoverFrom}.</li>
 *   <li>Damaged or wrong goods are refunded, exchanged or replaced; an item whose return would cost
 *       more than it is worth stays with the buyer (refund without return, or a replacement).</li>
 *   <li>A small fault of the shop's (wrong or missing item) earns a goodwill coupon on top.</li>
 *   <li>A late parcel earns the ladder's gesture for its days late; lateness caused on the buyer's
 *       side earns nothing. On a marketplace, a carrier-caused delay within its grace is marked as
 *       not counting against the shop.</li>
 *   <li>An open problem that is not late yet earns the ladder's {@code atRisk} choice (an apology by
 *       default) unless it waits on the buyer, for example a parcel at a pickup point; then nothing.</li>
 *   <li>A parcel on track or delivered on time earns nothing.</li>
 * </ul>
 *
 * <p>Money is computed in the order's currency at that currency's scale. Immutable and
 * thread-safe; build once and share.
 */
public final class CompensationEngine {

    private final CompensationPolicy policy;
    private final List<MarketplaceRule> marketplaceRules;

    private CompensationEngine(CompensationPolicy policy, List<MarketplaceRule> marketplaceRules) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.marketplaceRules = List.copyOf(marketplaceRules);
    }

    /** An engine deciding by {@code policy} and {@code marketplaceRules}. */
    public static CompensationEngine of(CompensationPolicy policy, List<MarketplaceRule> marketplaceRules) {
        return new CompensationEngine(policy, marketplaceRules);
    }

    /** This engine with another ladder (a shop's own), keeping the marketplace rules. */
    public CompensationEngine withPolicy(CompensationPolicy policy) {
        return new CompensationEngine(policy, marketplaceRules);
    }

    /** The ladder. */
    public CompensationPolicy policy() {
        return policy;
    }

    /** The marketplace rules. */
    public List<MarketplaceRule> marketplaceRules() {
        return marketplaceRules;
    }

    /**
     * The rule {@code marketplace} applies in {@code market} on {@code day}: one naming the market
     * wins over one for all markets.
     */
    public Optional<MarketplaceRule> marketplaceRule(String marketplace, CountryCode market, LocalDate day) {
        return marketplaceRules.stream().filter(rule -> rule.appliesTo(marketplace, market, day))
                .max(Comparator.comparing(rule -> !rule.markets().isEmpty()));
    }

    /** What to offer the buyer for {@code request}. */
    public Remedy remedy(CompensationRequest request) {
        Objects.requireNonNull(request, "request");
        Optional<Fault> fault = faultOf(request);
        if (fault.isPresent()) {
            return settle(fault.get(), request);
        }
        Verdict verdict = request.verdict();
        return switch (verdict.status()) {
            case DELAYED, DELIVERED_LATE -> late(request);
            case AT_RISK, RETURNING -> atRisk(request);
            case ON_TRACK, DELIVERED -> verdict.hasOpenException() ? atRisk(request)
                    : nothing(verdict, RemedyReason.of(RemedyReason.Kind.NOTHING_OWED, verdict.isDelivered()
                    ? RemedyReason.Situation.DELIVERED_ON_TIME : RemedyReason.Situation.ON_TRACK, verdict.stage(),
                    Cause.NONE));
            case LOST -> settle(Fault.LOST, request);
        };
    }

    private Optional<Fault> faultOf(CompensationRequest request) {
        Verdict verdict = request.verdict();
        if (verdict.status() == Status.LOST || verdict.exception() == ExceptionType.LOST) {
            return Optional.of(Fault.LOST);
        }
        if (verdict.exception() == ExceptionType.NOT_RECEIVED) {
            return Optional.of(Fault.NOT_RECEIVED);
        }
        if (verdict.exception() == ExceptionType.DAMAGED) {
            return Optional.of(Fault.DAMAGED);
        }
        Optional<Fault> reported = request.shipment().reports().stream()
                .filter(r -> r.type() == ReportType.WRONG_ITEM || r.type() == ReportType.MISSING_ITEM)
                .max(Comparator.naturalOrder())
                .map(CustomerReport::type)
                .map(type -> type == ReportType.WRONG_ITEM ? Fault.WRONG_ITEM : Fault.MISSING_ITEM);
        if (reported.isPresent()) {
            return reported;
        }
        if (verdict.status() == Status.RETURNING && !policy.buyerCauses().contains(verdict.cause())) {
            return Optional.of(Fault.RETURNED);
        }
        return Optional.empty();
    }

    private Remedy settle(Fault fault, CompensationRequest request) {
        Verdict verdict = request.verdict();
        FaultRemedy settlement = policy.fault(fault);
        CountryCode market = request.market();
        boolean replacementFirst = policy.prefersReplacement(market);
        RemedyKind kind = replacementFirst ? settlement.replacement() : settlement.usual();
        Optional<Money> value = request.value();
        boolean cheap = fault.itemWithBuyer() && value.flatMap(v -> returnCost(request, v)
                .map(cost -> cost.compareTo(v) > 0)).orElse(false);
        if (cheap) {
            kind = kind == RemedyKind.FULL_REFUND ? RemedyKind.REFUND_WITHOUT_RETURN
                    : kind == RemedyKind.EXCHANGE ? RemedyKind.RESHIP : kind;
        }
        boolean returnRequired = fault.itemWithBuyer() && !cheap
                && (kind == RemedyKind.FULL_REFUND || kind == RemedyKind.EXCHANGE);
        Money amount = kind == RemedyKind.FULL_REFUND || kind == RemedyKind.REFUND_WITHOUT_RETURN
                ? value.map(CompensationEngine::atCurrencyScale).orElse(null) : null;
        Money coupon = settlement.goodwillPercent().signum() > 0
                ? value.map(v -> share(v, settlement.goodwillPercent())).orElse(null) : null;

        RemedyReason reason = RemedyReason.of(RemedyReason.Kind.SETTLED, situation(fault, verdict), verdict.stage(),
                fault == Fault.RETURNED ? verdict.cause() : Cause.NONE, action(fault, kind, returnRequired, cheap),
                amount, null);
        if (replacementFirst) {
            reason = reason.withReplacementPreferredIn(market);
        }
        if (cheap) {
            reason = reason.withReturnCostsMoreThan(value.orElseThrow());
        }
        if (settlement.goodwillPercent().signum() > 0) {
            reason = reason.withGoodwill(settlement.goodwillPercent(), coupon);
        }
        Party claimFrom = verdict.recoverFrom();
        if (claimFrom != Party.NONE && claimFrom != Party.SELLER) {
            reason = reason.withClaimFrom(claimFrom);
        }
        return new Remedy(kind, Optional.ofNullable(amount), returnRequired, claimFrom, reason,
                Optional.ofNullable(coupon), Optional.empty());
    }

    private Optional<Money> returnCost(CompensationRequest request, Money value) {
        if (request.returnCost().isPresent()) {
            return request.returnCost().filter(cost -> cost.currency().equals(value.currency()));
        }
        return policy.returnCost(value.currency());
    }

    private static RemedyReason.Situation situation(Fault fault, Verdict verdict) {
        return switch (fault) {
            case LOST -> RemedyReason.Situation.LOST;
            case NOT_RECEIVED -> RemedyReason.Situation.NOT_RECEIVED;
            case RETURNED -> RemedyReason.Situation.RETURNED;
            case DAMAGED -> verdict.isDelivered() ? RemedyReason.Situation.DAMAGED_ON_ARRIVAL
                    : RemedyReason.Situation.DAMAGED_ON_THE_WAY;
            case WRONG_ITEM -> RemedyReason.Situation.WRONG_ITEM;
            case MISSING_ITEM -> RemedyReason.Situation.MISSING_ITEM;
        };
    }

    private static RemedyReason.Action action(Fault fault, RemedyKind kind, boolean returnRequired, boolean cheap) {
        return switch (kind) {
            case FULL_REFUND -> returnRequired ? RemedyReason.Action.REFUND_ON_RETURN : RemedyReason.Action.REFUND_NOW;
            case REFUND_WITHOUT_RETURN -> RemedyReason.Action.REFUND_AND_KEEP;
            case EXCHANGE -> fault == Fault.WRONG_ITEM ? RemedyReason.Action.EXCHANGE_FOR_RIGHT_ITEM
                    : RemedyReason.Action.EXCHANGE_FOR_NEW;
            case RESHIP -> switch (fault) {
                case DAMAGED -> cheap ? RemedyReason.Action.SEND_REPLACEMENT_AND_KEEP : RemedyReason.Action.SEND_REPLACEMENT;
                case WRONG_ITEM -> cheap ? RemedyReason.Action.SEND_RIGHT_ITEM_AND_KEEP : RemedyReason.Action.SEND_RIGHT_ITEM;
                case MISSING_ITEM -> RemedyReason.Action.SEND_MISSING_ITEM;
                case LOST, NOT_RECEIVED, RETURNED -> RemedyReason.Action.RESHIP_NOW;
            };
            case NONE, APOLOGY, COUPON, PARTIAL_REFUND -> throw new IllegalStateException(kind + " does not settle " + fault);
        };
    }

    private Remedy late(CompensationRequest request) {
        Verdict verdict = request.verdict();
        int days = Math.max(verdict.daysLate(), 1);
        RemedyReason.Situation situation = verdict.status() == Status.DELIVERED_LATE ? RemedyReason.Situation.ARRIVED_LATE
                : verdict.daysLate() > 0 ? RemedyReason.Situation.LATE : RemedyReason.Situation.PAST_NORMAL_TRANSIT;
        Optional<MarketplaceStanding> standing = standing(request);
        if (policy.buyerCauses().contains(verdict.cause())) {
            return new Remedy(RemedyKind.NONE, Optional.empty(), false, verdict.recoverFrom(), RemedyReason.of(
                    RemedyReason.Kind.BUYERS_SIDE, situation, verdict.stage(), verdict.cause()).withDays(days),
                    Optional.empty(), standing);
        }
        Optional<LatenessStep> step = policy.stepFor(days);
        if (step.isEmpty() || step.get().kind() == RemedyKind.APOLOGY) {
            return new Remedy(RemedyKind.APOLOGY, Optional.empty(), false, verdict.recoverFrom(), RemedyReason.of(
                    RemedyReason.Kind.LATE, situation, verdict.stage(), verdict.cause(),
                    RemedyReason.Action.APOLOGISE_WITH_NEW_DATE, null, null).withDays(days), Optional.empty(), standing);
        }
        LatenessStep reached = step.get();
        Money amount = request.value().map(v -> share(v, reached.percent())).orElse(null);
        RemedyReason.Action offer = reached.kind() == RemedyKind.COUPON ? RemedyReason.Action.OFFER_COUPON
                : RemedyReason.Action.REFUND_SHARE;
        return new Remedy(reached.kind(), Optional.ofNullable(amount), false, verdict.recoverFrom(),
                RemedyReason.of(RemedyReason.Kind.LATE, situation, verdict.stage(), verdict.cause(), offer, amount,
                        reached.percent()).withDays(days), Optional.empty(), standing);
    }

    private Remedy atRisk(CompensationRequest request) {
        Verdict verdict = request.verdict();
        RemedyReason.Situation problem = problem(verdict);
        int days = problem == RemedyReason.Situation.STALLED ? verdict.silentDays() : 0;
        if (policy.buyerCauses().contains(verdict.cause())) {
            return nothing(verdict, RemedyReason.of(RemedyReason.Kind.BUYERS_SIDE, problem, verdict.stage(),
                    verdict.cause()).withDays(days));
        }
        RemedyReason atRisk = RemedyReason.of(RemedyReason.Kind.AT_RISK, problem, verdict.stage(), Cause.NONE)
                .withDays(days);
        if (policy.atRisk() == RemedyKind.APOLOGY) {
            return new Remedy(RemedyKind.APOLOGY, false, verdict.recoverFrom(), atRisk.withApology());
        }
        return nothing(verdict, atRisk);
    }

    private static Remedy nothing(Verdict verdict, RemedyReason reason) {
        return new Remedy(RemedyKind.NONE, false, verdict.recoverFrom(), reason);
    }

    private Optional<MarketplaceStanding> standing(CompensationRequest request) {
        Optional<String> marketplace = request.marketplace();
        if (marketplace.isEmpty()) {
            return Optional.empty();
        }
        Optional<MarketplaceRule> found = marketplaceRule(marketplace.get(), request.market(), request.today());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MarketplaceRule rule = found.get();
        Verdict verdict = request.verdict();
        MarketplaceStanding.Basis basis;
        if (!policy.carrierCauses().contains(verdict.cause())) {
            basis = MarketplaceStanding.Basis.NOT_THE_CARRIERS;
        } else if (rule.measure() == MarketplaceRule.Measure.AFTER_PROMISE) {
            basis = verdict.daysLate() <= rule.graceDays() ? MarketplaceStanding.Basis.WITHIN_GRACE
                    : MarketplaceStanding.Basis.BEYOND_GRACE;
        } else {
            basis = verdict.stage() != Stage.LABEL_CREATED && verdict.exception() != ExceptionType.NOT_PICKED_UP
                    ? MarketplaceStanding.Basis.AFTER_HAND_OVER : MarketplaceStanding.Basis.BEFORE_HAND_OVER;
        }
        return Optional.of(new MarketplaceStanding(rule.marketplace(), basis, verdict.cause(), verdict.daysLate(),
                rule.graceDays(), rule.metric(), rule.source()));
    }

    private static Money atCurrencyScale(Money money) {
        return money.times(BigDecimal.ONE); // Money.times sets the currency's scale, rounding half up
    }

    private static Money share(Money value, BigDecimal percent) {
        return value.times(percent.movePointLeft(2));
    }

    private static RemedyReason.Situation problem(Verdict verdict) {
        if (verdict.status() == Status.RETURNING) {
            return RemedyReason.Situation.RETURNING;
        }
        return switch (verdict.exception()) {
            case NOT_PICKED_UP -> RemedyReason.Situation.NOT_PICKED_UP;
            case EXPORT_HOLD -> RemedyReason.Situation.EXPORT_HOLD;
            case CUSTOMS_HOLD -> RemedyReason.Situation.CUSTOMS_HOLD;
            case STALLED -> RemedyReason.Situation.STALLED;
            case DELIVERY_FAILED -> RemedyReason.Situation.DELIVERY_FAILED;
            case AWAITING_PICKUP -> RemedyReason.Situation.AWAITING_PICKUP;
            case RETURN_TO_SENDER -> RemedyReason.Situation.RETURNING;
            case NONE, DAMAGED, LOST, NOT_RECEIVED -> RemedyReason.Situation.BEHIND_SCHEDULE;
        };
    }
}
