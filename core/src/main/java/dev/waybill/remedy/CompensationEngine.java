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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
                    : nothing(verdict, verdict.isDelivered() ? "The parcel was delivered on time, so nothing is owed."
                    : "The parcel is on track, so nothing is owed.");
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

        List<String> facts = new ArrayList<>();
        facts.add(situation(fault, verdict));
        if (replacementFirst) {
            facts.add("buyers in " + market + " prefer a replacement");
        }
        if (cheap) {
            facts.add("returning the item would cost more than its " + value.orElseThrow() + " value");
        }
        StringBuilder reason = new StringBuilder(String.join(", ", facts.subList(0, facts.size() - 1)));
        reason.append(facts.size() > 1 ? " and " : "").append(facts.get(facts.size() - 1)).append(", so ").append(action(fault, kind, amount, returnRequired, cheap));
        if (settlement.goodwillPercent().signum() > 0) {
            reason.append(" and add a goodwill coupon of ")
                    .append(coupon == null ? percent(settlement.goodwillPercent()) + " of the order" : coupon);
        }
        Party claimFrom = verdict.recoverFrom();
        if (claimFrom != Party.NONE && claimFrom != Party.SELLER) {
            reason.append(", then claim the ").append(fault == Fault.DAMAGED ? "damage" : "loss").append(" from ")
                    .append(partyWords(claimFrom));
        }
        reason.append('.');
        return new Remedy(kind, amount, returnRequired, claimFrom, reason.toString(), coupon, null);
    }

    private Optional<Money> returnCost(CompensationRequest request, Money value) {
        if (request.returnCost() != null) {
            return request.returnCost().currency().equals(value.currency()) ? Optional.of(request.returnCost())
                    : Optional.empty();
        }
        return policy.returnCost(value.currency());
    }

    private static String situation(Fault fault, Verdict verdict) {
        return switch (fault) {
            case LOST -> "The parcel was lost " + stageWords(verdict.stage());
            case NOT_RECEIVED -> "The carrier shows the parcel delivered but the buyer did not receive it";
            case RETURNED -> "The parcel is on its way back" + because(verdict.cause());
            case DAMAGED -> verdict.isDelivered() ? "The goods arrived damaged" : "The carrier reports the goods damaged";
            case WRONG_ITEM -> "The buyer received the wrong item";
            case MISSING_ITEM -> "Something was missing from the parcel";
        };
    }

    private static String action(Fault fault, RemedyKind kind, Money amount, boolean returnRequired, boolean cheap) {
        String full = amount == null ? "the order in full" : "the full " + amount;
        return switch (kind) {
            case FULL_REFUND -> "refund " + full + (returnRequired ? " once the item is back" : " now");
            case REFUND_WITHOUT_RETURN -> "refund " + full + " and let the buyer keep the item";
            case EXCHANGE -> fault == Fault.WRONG_ITEM ? "exchange it for the right item" : "exchange it for a new one";
            case RESHIP -> switch (fault) {
                case DAMAGED -> "send a replacement" + (cheap ? " and let the buyer keep the damaged item" : "");
                case WRONG_ITEM -> "send the right item" + (cheap ? " and let the buyer keep the wrong one" : "");
                case MISSING_ITEM -> "send the missing item";
                case LOST, NOT_RECEIVED, RETURNED -> "reship the order now";
            };
            case NONE, APOLOGY, COUPON, PARTIAL_REFUND -> throw new IllegalStateException(kind + " does not settle " + fault);
        };
    }

    private Remedy late(CompensationRequest request) {
        Verdict verdict = request.verdict();
        int days = Math.max(verdict.daysLate(), 1);
        String situation = (verdict.status() == Status.DELIVERED_LATE ? "The parcel arrived " + days(days) + " late"
                : verdict.daysLate() > 0 ? "The parcel is " + days(days) + " late"
                : "The parcel is well past its lane's normal transit time") + because(verdict.cause());
        MarketplaceStanding standing = standing(request);
        if (policy.buyerCauses().contains(verdict.cause())) {
            return new Remedy(RemedyKind.NONE, null, false, verdict.recoverFrom(),
                    situation + ", which is on the buyer's side, so nothing is owed.", null, standing);
        }
        Optional<LatenessStep> step = policy.stepFor(days);
        if (step.isEmpty() || step.get().kind() == RemedyKind.APOLOGY) {
            return new Remedy(RemedyKind.APOLOGY, null, false, verdict.recoverFrom(),
                    situation + ", so apologise and give the buyer the new date.", null, standing);
        }
        LatenessStep reached = step.get();
        Money amount = request.value().map(v -> share(v, reached.percent())).orElse(null);
        String worth = percent(reached.percent()) + " of the order" + (amount == null ? "" : " (" + amount + ")");
        String offer = reached.kind() == RemedyKind.COUPON ? "offer a coupon worth " + worth : "refund " + worth;
        return new Remedy(reached.kind(), amount, false, verdict.recoverFrom(), situation + ", so " + offer + ".", null,
                standing);
    }

    private Remedy atRisk(CompensationRequest request) {
        Verdict verdict = request.verdict();
        String clause = problemClause(verdict);
        if (policy.buyerCauses().contains(verdict.cause())) {
            return nothing(verdict, clause + because(verdict.cause()) + ", which is on the buyer's side, so nothing is owed.");
        }
        if (policy.atRisk() == RemedyKind.APOLOGY) {
            return new Remedy(RemedyKind.APOLOGY, null, false, verdict.recoverFrom(),
                    clause + " and delivery may be late, so apologise and keep the buyer informed; no money is owed yet.");
        }
        return nothing(verdict, clause + " and delivery may be late, but no money is owed yet.");
    }

    private static Remedy nothing(Verdict verdict, String reason) {
        return new Remedy(RemedyKind.NONE, null, false, verdict.recoverFrom(), reason);
    }

    private MarketplaceStanding standing(CompensationRequest request) {
        Optional<String> marketplace = request.marketplaceIfAny();
        if (marketplace.isEmpty()) {
            return null;
        }
        Optional<MarketplaceRule> found = marketplaceRule(marketplace.get(), request.market(), request.today());
        if (found.isEmpty()) {
            return null;
        }
        MarketplaceRule rule = found.get();
        Verdict verdict = request.verdict();
        String name = displayName(rule.marketplace());
        String source = " (" + rule.metric() + "; " + rule.source() + ").";
        if (!policy.carrierCauses().contains(verdict.cause())) {
            return new MarketplaceStanding(rule.marketplace(), true, "The delay is not the carrier's (cause "
                    + verdict.cause() + "), so " + name + "'s grace does not cover it and it may count against the shop"
                    + source);
        }
        return switch (rule.measure()) {
            case AFTER_PROMISE -> verdict.daysLate() <= rule.graceDays()
                    ? new MarketplaceStanding(rule.marketplace(), false, "The delay is the carrier's and "
                    + days(verdict.daysLate()) + " past the promised date, within the " + days(rule.graceDays()) + " "
                    + name + " allows before a buyer can claim, so it should not count against the shop" + source)
                    : new MarketplaceStanding(rule.marketplace(), true, "The delay is " + days(verdict.daysLate())
                    + " past the promised date, beyond the " + days(rule.graceDays()) + " " + name
                    + " allows before a buyer can claim, so it may count against the shop" + source);
            case AT_HANDOVER -> verdict.stage() != Stage.LABEL_CREATED && verdict.exception() != ExceptionType.NOT_PICKED_UP
                    ? new MarketplaceStanding(rule.marketplace(), false, "The delay is the carrier's and arose after it took"
                    + " the parcel, and " + name + " judges lateness at hand-over, so it should not count against the shop"
                    + source)
                    : new MarketplaceStanding(rule.marketplace(), true, "The parcel was not yet handed over to the carrier,"
                    + " so " + name + " may count the lateness against the shop" + source);
        };
    }

    private static Money atCurrencyScale(Money money) {
        return money.times(BigDecimal.ONE); // Money.times sets the currency's scale, rounding half up
    }

    private static Money share(Money value, BigDecimal percent) {
        return value.times(percent.movePointLeft(2));
    }

    private static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private static String displayName(String marketplace) {
        return marketplace.charAt(0) + marketplace.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String because(Cause cause) {
        return switch (cause) {
            case NONE, UNKNOWN -> "";
            case CUSTOMS -> " because of customs";
            case PEAK_SEASON -> " because of the peak-season backlog";
            case DISRUPTION -> " because of a disruption on its route";
            case ADDRESS -> " because of the delivery address";
            case RECIPIENT -> " because the recipient was absent, refused it or did not collect it";
            case CARRIER -> " because of the carrier";
        };
    }

    private static String problemClause(Verdict verdict) {
        if (verdict.status() == Status.RETURNING) {
            return "The parcel is on its way back";
        }
        return switch (verdict.exception()) {
            case NOT_PICKED_UP -> "The carrier has not picked the parcel up yet";
            case EXPORT_HOLD -> "The parcel is held by export customs";
            case CUSTOMS_HOLD -> "The parcel is held by customs";
            case STALLED -> "The carrier has not scanned the parcel for " + days(verdict.silentDays());
            case DELIVERY_FAILED -> "A delivery attempt failed";
            case AWAITING_PICKUP -> "The parcel is waiting at a pickup point";
            case RETURN_TO_SENDER -> "The parcel is on its way back";
            case NONE, DAMAGED, LOST, NOT_RECEIVED -> "The parcel is behind schedule";
        };
    }

    private static String stageWords(Stage stage) {
        return switch (stage) {
            case LABEL_CREATED -> "before pickup";
            case FIRST_MILE -> "in the first mile";
            case EXPORT_CUSTOMS -> "in export customs";
            case LINEHAUL -> "on the linehaul";
            case IMPORT_CUSTOMS -> "in import customs";
            case LAST_MILE -> "in the last mile";
            case DELIVERED -> "after delivery";
            case RETURN -> "on its way back";
        };
    }

    private static String partyWords(Party party) {
        return switch (party) {
            case NONE, SELLER -> "nobody";
            case FIRST_MILE_CARRIER -> "the first-mile carrier";
            case EXPORT_BROKER -> "the export broker";
            case LINEHAUL_CARRIER -> "the linehaul carrier";
            case IMPORT_BROKER -> "the import broker";
            case LAST_MILE_CARRIER -> "the last-mile carrier";
            case BUYER -> "the buyer";
        };
    }
}
