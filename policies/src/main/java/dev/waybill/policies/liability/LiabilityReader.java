package dev.waybill.policies.liability;

import dev.waybill.liability.LiabilityLimit;
import dev.waybill.liability.LiabilityRegime;
import dev.waybill.liability.LimitRule;
import dev.waybill.liability.LossKind;
import dev.waybill.liability.Party;
import dev.waybill.liability.RegimeKind;
import dev.waybill.liability.RegimeRule;
import dev.waybill.liability.TimeLimit;
import dev.waybill.liability.Trigger;
import dev.waybill.liability.Validity;
import dev.waybill.policies.PolicyNode;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Mode;
import dev.waybill.source.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads liability regimes and regime rules from policy files; every problem names the file, the
 * JSON path and what is wrong.
 */
final class LiabilityReader {

    private LiabilityReader() {
    }

    static List<LiabilityRegime> regimes(PolicyNode list) {
        List<LiabilityRegime> regimes = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (PolicyNode node : list.elements()) {
            LiabilityRegime regime = regime(node);
            if (!ids.add(regime.id())) {
                throw node.required("id").problem("duplicate regime id '" + regime.id() + "'");
            }
            regimes.add(regime);
        }
        return regimes;
    }

    static LiabilityRegime regime(PolicyNode node) {
        node.onlyFields("id", "name", "kind", "limits", "timeLimits");
        String id = node.required("id").text();
        String name = node.required("name").text();
        RegimeKind kind = node.required("kind").enumValue(RegimeKind.class);
        List<LimitRule> limits = new ArrayList<>();
        for (PolicyNode limit : node.required("limits").elements()) {
            limits.add(limit(limit));
        }
        List<TimeLimit> timeLimits = new ArrayList<>();
        for (PolicyNode limit : node.required("timeLimits").elements()) {
            timeLimits.add(timeLimit(limit));
        }
        return build(node, () -> new LiabilityRegime(id, name, kind, limits, timeLimits));
    }

    static LimitRule limit(PolicyNode node) {
        node.onlyFields("losses", "from", "perKg", "perPackage", "combine", "carriageCharges", "source");
        Set<LossKind> losses = losses(node);
        LocalDate from = node.optional("from").map(PolicyNode::date).orElse(null);
        LiabilityLimit limit = liabilityLimit(node);
        Source source = PolicySources.source(node.required("source"));
        return build(node, () -> new LimitRule(losses, from, limit, source));
    }

    private static LiabilityLimit liabilityLimit(PolicyNode node) {
        boolean perKg = node.has("perKg");
        boolean perPackage = node.has("perPackage");
        if (node.has("carriageCharges")) {
            if (perKg || perPackage || node.has("combine")) {
                throw node.problem("carriageCharges cannot be combined with perKg, perPackage or combine");
            }
            PolicyNode share = node.required("carriageCharges");
            return build(share, () -> LiabilityLimit.carriageCharges(share.decimal()));
        }
        if (perKg && perPackage) {
            PolicyNode combine = node.required("combine");
            String how = combine.text();
            return switch (how) {
                case "GREATER" -> build(node, () -> LiabilityLimit.greaterOf(node.required("perPackage").money(),
                        node.required("perKg").money()));
                case "SUM" -> build(node, () -> LiabilityLimit.packagePlusWeight(node.required("perPackage").money(),
                        node.required("perKg").money()));
                default -> throw combine.problem("unknown value '" + how + "'; expected GREATER or SUM");
            };
        }
        if (node.has("combine")) {
            throw node.required("combine").problem("combine needs both perKg and perPackage");
        }
        if (perKg) {
            PolicyNode rate = node.required("perKg");
            return build(rate, () -> LiabilityLimit.perKilogram(rate.money()));
        }
        if (perPackage) {
            PolicyNode amount = node.required("perPackage");
            return build(amount, () -> LiabilityLimit.perPackage(amount.money()));
        }
        throw node.problem("a limit needs perKg, perPackage (or both with combine) or carriageCharges");
    }

    static TimeLimit timeLimit(PolicyNode node) {
        node.onlyFields("kind", "losses", "amount", "unit", "from", "offsetDays", "barring", "validFrom", "validTo",
                "source");
        TimeLimit.Kind kind = node.required("kind").enumValue(TimeLimit.Kind.class);
        int amount = node.required("amount").integer(0, 3650);
        TimeLimit.Unit unit = node.required("unit").enumValue(TimeLimit.Unit.class);
        Trigger from = node.required("from").enumValue(Trigger.class);
        Set<LossKind> losses = losses(node);
        int offsetDays = node.optional("offsetDays").map(n -> n.integer(0, 3650)).orElse(0);
        boolean barring = node.optional("barring").map(PolicyNode::bool).orElse(true);
        Validity validity = PolicySources.validity(node);
        Source source = PolicySources.source(node.required("source"));
        return build(node, () -> TimeLimit.builder(kind, amount, unit, from).losses(losses).offsetDays(offsetDays)
                .barring(barring).validity(validity).source(source).build());
    }

    static List<RegimeRule> rules(PolicyNode list) {
        List<RegimeRule> rules = new ArrayList<>();
        for (PolicyNode node : list.elements()) {
            rules.add(rule(node));
        }
        return rules;
    }

    static RegimeRule rule(PolicyNode node) {
        node.onlyFields("regime", "parties", "carriers", "modes", "scope", "origins", "destinations", "why");
        RegimeRule.Builder rule = RegimeRule.builder(node.required("regime").text())
                .why(node.required("why").text())
                .scope(node.optional("scope").map(n -> n.enumValue(RegimeRule.Scope.class)).orElse(RegimeRule.Scope.ANY));
        node.optional("parties").ifPresent(list -> rule.parties(enums(list, Party.class)));
        node.optional("modes").ifPresent(list -> rule.modes(enums(list, Mode.class)));
        node.optional("carriers").ifPresent(list -> {
            Set<String> carriers = new LinkedHashSet<>();
            list.elements().forEach(carrier -> carriers.add(carrier.text()));
            rule.carriers(carriers);
        });
        node.optional("origins").ifPresent(list -> rule.origins(countries(list)));
        node.optional("destinations").ifPresent(list -> rule.destinations(countries(list)));
        return build(node, rule::build);
    }

    private static Set<LossKind> losses(PolicyNode node) {
        return node.optional("losses").map(list -> {
            Set<LossKind> losses = enums(list, LossKind.class);
            if (losses.isEmpty()) {
                throw list.problem("must list at least one loss kind, or be left out for all of them");
            }
            return losses;
        }).orElseGet(() -> EnumSet.allOf(LossKind.class));
    }

    private static <E extends Enum<E>> Set<E> enums(PolicyNode list, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (PolicyNode element : list.elements()) {
            values.add(element.enumValue(type));
        }
        return values;
    }

    private static Set<CountryCode> countries(PolicyNode list) {
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (PolicyNode element : list.elements()) {
            countries.add(element.country());
        }
        return countries;
    }

    static <T> T build(PolicyNode node, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw node.problem(e.getMessage());
        }
    }
}
