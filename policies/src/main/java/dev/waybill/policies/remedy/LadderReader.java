package dev.waybill.policies.remedy;

import dev.waybill.delay.Cause;
import dev.waybill.policies.PolicyNode;
import dev.waybill.remedy.CompensationPolicy;
import dev.waybill.remedy.Fault;
import dev.waybill.remedy.FaultRemedy;
import dev.waybill.remedy.LatenessStep;
import dev.waybill.remedy.RemedyKind;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a compensation ladder, checking every value where it stands so errors name its JSON path. */
final class LadderReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LadderReader() {
    }

    static CompensationPolicy ladder(PolicyNode root) {
        root.onlyFields("about", "lateness", "atRisk", "faults", "replacementFirst", "returnCosts", "buyerCauses",
                "carrierCauses");
        CompensationPolicy.Builder ladder = CompensationPolicy.builder().lateness(lateness(root.required("lateness")));

        PolicyNode atRisk = root.required("atRisk");
        RemedyKind atRiskKind = atRisk.enumValue(RemedyKind.class);
        if (atRiskKind != RemedyKind.APOLOGY && atRiskKind != RemedyKind.NONE) {
            throw atRisk.problem("must be APOLOGY or NONE, got " + atRiskKind);
        }
        ladder.atRisk(atRiskKind);

        PolicyNode faults = root.required("faults");
        faults.onlyFields(Arrays.stream(Fault.values()).map(Fault::name).toArray(String[]::new));
        for (Fault fault : Fault.values()) {
            ladder.fault(faultRemedy(fault, faults.required(fault.name())));
        }

        Set<CountryCode> markets = new LinkedHashSet<>();
        root.required("replacementFirst").elements().forEach(market -> markets.add(market.country()));
        ladder.replacementFirst(markets);

        Set<Currency> currencies = new HashSet<>();
        for (PolicyNode cost : root.required("returnCosts").elements()) {
            Money money = cost.money();
            if (money.amount().signum() <= 0) {
                throw cost.required("amount").problem("a return cost must be positive, got " + money.amount());
            }
            if (!currencies.add(money.currency())) {
                throw cost.required("currency").problem("a second return cost in " + money.currency());
            }
            ladder.returnCost(money);
        }

        Set<Cause> buyerCauses = causes(root.required("buyerCauses"), EnumSet.noneOf(Cause.class), "buyerCauses");
        ladder.buyerCauses(buyerCauses);
        ladder.carrierCauses(causes(root.required("carrierCauses"), buyerCauses, "buyerCauses"));
        try {
            return ladder.build();
        } catch (IllegalStateException e) {
            throw root.problem(e.getMessage());
        }
    }

    private static List<LatenessStep> lateness(PolicyNode list) {
        List<LatenessStep> steps = new ArrayList<>();
        for (PolicyNode node : list.elements()) {
            node.onlyFields("fromDaysLate", "kind", "percent");
            int from = node.required("fromDaysLate").integer(1, 3650);
            PolicyNode kindNode = node.required("kind");
            RemedyKind kind = kindNode.enumValue(RemedyKind.class);
            if (!LatenessStep.KINDS.contains(kind)) {
                throw kindNode.problem("a lateness step gives one of " + LatenessStep.KINDS + ", not " + kind);
            }
            BigDecimal percent = kind == RemedyKind.APOLOGY ? BigDecimal.ZERO : percent(node.required("percent"), false);
            if (kind == RemedyKind.APOLOGY && node.has("percent")) {
                throw node.required("percent").problem("an apology carries no percent");
            }
            LatenessStep step = new LatenessStep(from, kind, percent);
            if (!steps.isEmpty()) {
                LatenessStep previous = steps.get(steps.size() - 1);
                if (from <= previous.fromDaysLate()) {
                    throw node.required("fromDaysLate").problem("must be after the previous step's "
                            + previous.fromDaysLate() + " days: steps go by increasing days late");
                }
                if (!previous.isNotMoreGenerousThan(step)) {
                    throw node.problem(kind + " " + percent.toPlainString() + "% is less generous than the previous step ("
                            + previous.kind() + " " + previous.percent().toPlainString()
                            + "%): the gesture must grow with days late");
                }
            }
            steps.add(step);
        }
        return steps;
    }

    private static FaultRemedy faultRemedy(Fault fault, PolicyNode node) {
        node.onlyFields("remedy", "replacement", "goodwillPercent");
        RemedyKind usual = allowed(fault, node.required("remedy"));
        RemedyKind replacement = allowed(fault, node.required("replacement"));
        BigDecimal goodwill = node.optional("goodwillPercent").map(p -> percent(p, true)).orElse(BigDecimal.ZERO);
        return new FaultRemedy(fault, usual, replacement, goodwill);
    }

    private static RemedyKind allowed(Fault fault, PolicyNode node) {
        RemedyKind kind = node.enumValue(RemedyKind.class);
        if (!fault.allowed().contains(kind)) {
            throw node.problem(fault + " is settled by one of " + fault.allowed() + ", not " + kind);
        }
        return kind;
    }

    private static BigDecimal percent(PolicyNode node, boolean zeroAllowed) {
        BigDecimal percent = node.decimal();
        if (percent.signum() < 0 || (!zeroAllowed && percent.signum() == 0) || percent.compareTo(HUNDRED) > 0) {
            throw node.problem((zeroAllowed ? "must be between 0 and 100" : "must be above 0 and at most 100")
                    + ", got " + percent.toPlainString());
        }
        return percent;
    }

    private static Set<Cause> causes(PolicyNode list, Set<Cause> taken, String takenBy) {
        Set<Cause> causes = EnumSet.noneOf(Cause.class);
        for (PolicyNode node : list.elements()) {
            Cause cause = node.enumValue(Cause.class);
            if (taken.contains(cause)) {
                throw node.problem(cause + " is already in " + takenBy + ": a cause cannot be both the buyer's and the carrier's");
            }
            causes.add(cause);
        }
        return causes;
    }
}
