package dev.waybill.returns;

import dev.waybill.shipment.CountryCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides withdrawal requests from the statutory rules of each market, and a shop's own policy on
 * top. Deterministic and pure: the same request gives the same decision; no clock is read.
 *
 * <pre>{@code
 * WithdrawalEvaluator returns = WithdrawalEvaluator.of(StatutoryReturnRules.defaults(), JollydayHolidayCalendar.defaults());
 * WithdrawalDecision decision = returns.decide(
 *         WithdrawalRequest.builder(CountryCode.of("DE"), LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 28)).build());
 * // eligible; deadline 2026-12-28: the 14th day, 26 December, is a holiday and the 27th a Sunday
 * }</pre>
 *
 * <p>A country without an encoded rule is not an error: the decision says no statutory right is
 * encoded for it (statutory false), and a shop's policy, if given, is the answer.
 *
 * <p>Immutable and thread-safe; build once and share.
 */
public final class WithdrawalEvaluator {

    private final ReturnRuleBook rules;
    private final HolidayCalendar holidays;
    private final PeriodCalculator periods;

    private WithdrawalEvaluator(ReturnRuleBook rules, HolidayCalendar holidays) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.periods = new PeriodCalculator(holidays);
    }

    /** An evaluator over {@code rules}, rolling last days over the public holidays of {@code holidays}. */
    public static WithdrawalEvaluator of(ReturnRuleBook rules, HolidayCalendar holidays) {
        return new WithdrawalEvaluator(rules, holidays);
    }

    /** The rules this evaluator applies. */
    public ReturnRuleBook rules() {
        return rules;
    }

    /** The statutory answer to {@code request}. */
    public WithdrawalDecision decide(WithdrawalRequest request) {
        Objects.requireNonNull(request, "request");
        Optional<ReturnRule> rule = rules.ruleFor(request.country());
        if (rule.isEmpty()) {
            return noRuleEncoded(request.country());
        }
        if (!rule.get().statutory()) {
            return noStatutoryRight(rule.get(), request);
        }
        return statutory(rule.get(), request);
    }

    /**
     * The answer to {@code request} with {@code policy} on top: where the law gives a right, the
     * shop's terms apply only where more generous (stricter ones are listed in
     * {@link WithdrawalDecision#ignoredShopTerms()}); where it gives none, the shop's terms answer.
     */
    public WithdrawalDecision decide(WithdrawalRequest request, ShopReturnPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        WithdrawalDecision law = decide(request);
        return ShopPolicyOverlay.apply(rules.ruleFor(request.country()).orElse(null), request, law,
                policy.termsFor(request.country()));
    }

    private WithdrawalDecision statutory(ReturnRule rule, WithdrawalRequest request) {
        WithdrawalPeriod period = rule.period().orElseThrow();
        Set<Caveat.Topic> topics = EnumSet.of(Caveat.Topic.REFUND, Caveat.Topic.RETURN_SHIPPING);
        if (request.category() != ReturnCategory.STANDARD) {
            topics.add(Caveat.Topic.EXCLUSIONS);
        }
        if (request.notInformed()) {
            topics.add(Caveat.Topic.NOT_INFORMED);
        }
        ReturnShippingPayer payer = rule.returnShippingPaidBy(request.notInformed());
        Optional<CategoryExclusion> exclusion = rule.exclusionFor(request.category(), request.opened());
        if (exclusion.isPresent()) {
            return new WithdrawalDecision(request.country(), true, false, null, rule.basis(topics),
                    exclusion.get().reason(), payer, rule.refundWithinDays().orElse(null), rule.confidenceOn(topics),
                    null, null, List.of());
        }
        PeriodCalculator.LastDay last = periods.lastDay(request.country(), period, request.delivered(),
                request.notInformed());
        if (last.rolledFrom() != null || !periods.isWorkingDay(request.country(), period, last.lastDay())) {
            topics.add(Caveat.Topic.ROLL_OVER);
        }
        String basis = rule.basis(topics) + holidayNote(request.country(), period);
        boolean eligible = !request.noticeOn().isAfter(last.lastDay());
        String reason = eligible ? null : late(rule, last, request);
        return new WithdrawalDecision(request.country(), true, eligible, last.lastDay(), basis, reason, payer,
                rule.refundWithinDays().orElse(null), rule.confidenceOn(topics), last.rolledFrom(), null, List.of());
    }

    private String holidayNote(CountryCode country, WithdrawalPeriod period) {
        boolean usesHolidays = period.rollOver() || period.dayType() == DayType.BUSINESS;
        return usesHolidays && !holidays.covers(country)
                ? " (unverified: the public holidays of " + country + " are not in the holiday calendar; only "
                + "weekly rest days were skipped)"
                : "";
    }

    private static String late(ReturnRule rule, PeriodCalculator.LastDay last, WithdrawalRequest request) {
        WithdrawalPeriod period = rule.period().orElseThrow();
        StringBuilder reason = new StringBuilder("the ");
        if (last.extended()) {
            reason.append("withdrawal period, extended to ").append(period.notInformed().orElseThrow().months())
                    .append(" months because the buyer was not informed,");
        } else {
            reason.append(period.days()).append(period.dayType() == DayType.BUSINESS ? "-business-day" : "-day")
                    .append(" withdrawal period");
        }
        reason.append(" ended on ").append(last.lastDay());
        if (last.rolledFrom() != null) {
            reason.append(" (moved from ").append(last.rolledFrom()).append(", not a working day)");
        }
        return reason.append("; notice on ").append(request.noticeOn()).append(" is too late").toString();
    }

    private static WithdrawalDecision noStatutoryRight(ReturnRule rule, WithdrawalRequest request) {
        Set<Caveat.Topic> topics = EnumSet.noneOf(Caveat.Topic.class);
        return new WithdrawalDecision(request.country(), false, false, null, rule.basis(topics),
                "no statutory right to withdraw from a distance purchase in " + request.country()
                        + "; the shop's or the marketplace's return policy decides",
                ReturnShippingPayer.UNSPECIFIED, null, rule.confidenceOn(topics), null, null, List.of());
    }

    private static WithdrawalDecision noRuleEncoded(CountryCode country) {
        return new WithdrawalDecision(country, false, false, null,
                "no return rule is encoded for " + country + "; local law, the shop's or the marketplace's "
                        + "return policy decides",
                "no statutory withdrawal right is encoded for " + country, ReturnShippingPayer.UNSPECIFIED, null,
                null, null, null, List.of());
    }

    @Override
    public String toString() {
        return "WithdrawalEvaluator[" + rules.countries().size() + " markets, " + holidays + "]";
    }
}
