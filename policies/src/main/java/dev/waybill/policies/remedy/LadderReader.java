package dev.waybill.policies.remedy;

import dev.waybill.delay.Cause;
import dev.waybill.policies.PolicyNode;
import dev.waybill.policies.internal.At;
import dev.waybill.policies.internal.MoneyJson;
import dev.waybill.policies.internal.PolicyJson;
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
import java.util.Map;
import java.util.Set;

/**
 * Reads a compensation ladder: bound into the DTO records below, then every value checked where it
 * stands so errors name its JSON path.
 */
final class LadderReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A ladder file; {@code faults} has one entry per {@link Fault}, by name. */
    record LadderFile(String about, List<StepJson> lateness, RemedyKind atRisk, Map<String, FaultJson> faults,
            List<String> replacementFirst, List<MoneyJson> returnCosts, List<Cause> buyerCauses,
            List<Cause> carrierCauses) {
    }

    /** A lateness step as written. */
    record StepJson(Integer fromDaysLate, RemedyKind kind, BigDecimal percent) {
    }

    /** A fault's remedies as written. */
    record FaultJson(RemedyKind remedy, RemedyKind replacement, BigDecimal goodwillPercent) {
    }

    private LadderReader() {
    }

    static CompensationPolicy ladder(PolicyNode document) {
        At root = At.of(document);
        LadderFile file = PolicyJson.bind(document, LadderFile.class);
        CompensationPolicy.Builder ladder = CompensationPolicy.builder()
                .lateness(lateness(root.field("lateness"), file.lateness()));

        At atRisk = root.field("atRisk");
        RemedyKind atRiskKind = atRisk.required(file.atRisk());
        if (atRiskKind != RemedyKind.APOLOGY && atRiskKind != RemedyKind.NONE) {
            throw atRisk.problem("must be APOLOGY or NONE, got " + atRiskKind);
        }
        ladder.atRisk(atRiskKind);

        At faults = root.field("faults");
        List<String> names = Arrays.stream(Fault.values()).map(Fault::name).toList();
        for (String name : faults.required(file.faults()).keySet()) {
            if (!names.contains(name)) {
                throw faults.field(name).problem("unknown field; expected one of " + names);
            }
        }
        for (Fault fault : Fault.values()) {
            At at = faults.field(fault.name());
            ladder.fault(faultRemedy(fault, at, at.required(file.faults().get(fault.name()))));
        }

        Set<CountryCode> markets = new LinkedHashSet<>();
        At replacementFirst = root.field("replacementFirst");
        for (int i = 0; i < replacementFirst.required(file.replacementFirst()).size(); i++) {
            markets.add(replacementFirst.index(i).country(file.replacementFirst().get(i)));
        }
        ladder.replacementFirst(markets);

        Set<Currency> currencies = new HashSet<>();
        At returnCosts = root.field("returnCosts");
        for (int i = 0; i < returnCosts.required(file.returnCosts()).size(); i++) {
            At cost = returnCosts.index(i);
            Money money = cost.money(file.returnCosts().get(i));
            if (money.amount().signum() <= 0) {
                throw cost.field("amount").problem("a return cost must be positive, got " + money.amount());
            }
            if (!currencies.add(money.currency())) {
                throw cost.field("currency").problem("a second return cost in " + money.currency());
            }
            ladder.returnCost(money);
        }

        Set<Cause> buyerCauses = causes(root.field("buyerCauses"), file.buyerCauses(), EnumSet.noneOf(Cause.class),
                "buyerCauses");
        ladder.buyerCauses(buyerCauses);
        ladder.carrierCauses(causes(root.field("carrierCauses"), file.carrierCauses(), buyerCauses, "buyerCauses"));
        return root.build(ladder::build);
    }

    private static List<LatenessStep> lateness(At list, List<StepJson> written) {
        List<LatenessStep> steps = new ArrayList<>();
        for (int i = 0; i < list.required(written).size(); i++) {
            At at = list.index(i);
            StepJson json = at.required(written.get(i));
            int from = at.field("fromDaysLate").integer(json.fromDaysLate(), 1, 3650);
            At kindAt = at.field("kind");
            RemedyKind kind = kindAt.required(json.kind());
            if (!LatenessStep.KINDS.contains(kind)) {
                throw kindAt.problem("a lateness step gives one of " + LatenessStep.KINDS + ", not " + kind);
            }
            BigDecimal percent = kind == RemedyKind.APOLOGY ? BigDecimal.ZERO
                    : percent(at.field("percent"), json.percent(), false);
            if (kind == RemedyKind.APOLOGY && json.percent() != null) {
                throw at.field("percent").problem("an apology carries no percent");
            }
            LatenessStep step = new LatenessStep(from, kind, percent);
            if (!steps.isEmpty()) {
                LatenessStep previous = steps.get(steps.size() - 1);
                if (from <= previous.fromDaysLate()) {
                    throw at.field("fromDaysLate").problem("must be after the previous step's "
                            + previous.fromDaysLate() + " days: steps go by increasing days late");
                }
                if (!previous.isNotMoreGenerousThan(step)) {
                    throw at.problem(kind + " " + percent.toPlainString() + "% is less generous than the previous step ("
                            + previous.kind() + " " + previous.percent().toPlainString()
                            + "%): the gesture must grow with days late");
                }
            }
            steps.add(step);
        }
        return steps;
    }

    private static FaultRemedy faultRemedy(Fault fault, At at, FaultJson json) {
        RemedyKind usual = allowed(fault, at.field("remedy"), json.remedy());
        RemedyKind replacement = allowed(fault, at.field("replacement"), json.replacement());
        BigDecimal goodwill = json.goodwillPercent() == null ? BigDecimal.ZERO
                : percent(at.field("goodwillPercent"), json.goodwillPercent(), true);
        return new FaultRemedy(fault, usual, replacement, goodwill);
    }

    private static RemedyKind allowed(Fault fault, At at, RemedyKind written) {
        RemedyKind kind = at.required(written);
        if (!fault.allowed().contains(kind)) {
            throw at.problem(fault + " is settled by one of " + fault.allowed() + ", not " + kind);
        }
        return kind;
    }

    private static BigDecimal percent(At at, BigDecimal written, boolean zeroAllowed) {
        BigDecimal percent = at.required(written);
        if (percent.signum() < 0 || (!zeroAllowed && percent.signum() == 0) || percent.compareTo(HUNDRED) > 0) {
            throw at.problem((zeroAllowed ? "must be between 0 and 100" : "must be above 0 and at most 100")
                    + ", got " + percent.toPlainString());
        }
        return percent;
    }

    private static Set<Cause> causes(At list, List<Cause> written, Set<Cause> taken, String takenBy) {
        Set<Cause> causes = EnumSet.noneOf(Cause.class);
        for (int i = 0; i < list.required(written).size(); i++) {
            At at = list.index(i);
            Cause cause = at.required(written.get(i));
            if (taken.contains(cause)) {
                throw at.problem(cause + " is already in " + takenBy + ": a cause cannot be both the buyer's and the carrier's");
            }
            causes.add(cause);
        }
        return causes;
    }
}
