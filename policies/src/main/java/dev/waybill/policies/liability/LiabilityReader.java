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
import dev.waybill.policies.internal.At;
import dev.waybill.policies.internal.MoneyJson;
import dev.waybill.policies.internal.SourceJson;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Mode;
import dev.waybill.source.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads liability regimes and regime rules from policy files: bound into the DTO records below, then
 * checked into core's types; every problem names the file, the JSON path and what is wrong.
 */
final class LiabilityReader {

    /** {@code liability-regimes.json}. */
    record RegimesFile(String about, List<RegimeJson> regimes) {
    }

    /** {@code regime-mapping.json}. */
    record MappingFile(String about, List<RuleJson> rules) {
    }

    /** A shop's override file: both parts optional. */
    record OverridesFile(String about, List<RegimeJson> regimes, List<RuleJson> rules) {
    }

    /** A regime as written. */
    record RegimeJson(String id, String name, RegimeKind kind, List<LimitJson> limits, List<TimeLimitJson> timeLimits) {
    }

    /** A limit: {@code perKg}, {@code perPackage} (both with {@code combine}) or {@code carriageCharges}. */
    record LimitJson(List<LossKind> losses, String from, MoneyJson perKg, MoneyJson perPackage, String combine,
            BigDecimal carriageCharges, SourceJson source) {
    }

    /** A notice, claim or action time limit as written. */
    record TimeLimitJson(TimeLimit.Kind kind, List<LossKind> losses, Integer amount, TimeLimit.Unit unit, Trigger from,
            Integer offsetDays, Boolean barring, String validFrom, String validTo, SourceJson source) {
    }

    /** A rule of the mapping from a claim to its regime. */
    record RuleJson(String regime, List<Party> parties, List<String> carriers, List<Mode> modes, RegimeRule.Scope scope,
            List<String> origins, List<String> destinations, String why) {
    }

    private LiabilityReader() {
    }

    static List<LiabilityRegime> regimes(At list, List<RegimeJson> written) {
        List<LiabilityRegime> regimes = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < list.required(written).size(); i++) {
            At at = list.index(i);
            LiabilityRegime regime = regime(at, written.get(i));
            if (!ids.add(regime.id())) {
                throw at.field("id").problem("duplicate regime id '" + regime.id() + "'");
            }
            regimes.add(regime);
        }
        return regimes;
    }

    private static LiabilityRegime regime(At at, RegimeJson json) {
        at.required(json);
        String id = at.field("id").text(json.id());
        String name = at.field("name").text(json.name());
        RegimeKind kind = at.field("kind").required(json.kind());
        List<LimitRule> limits = new ArrayList<>();
        At limitsAt = at.field("limits");
        for (int i = 0; i < limitsAt.required(json.limits()).size(); i++) {
            limits.add(limit(limitsAt.index(i), json.limits().get(i)));
        }
        List<TimeLimit> timeLimits = new ArrayList<>();
        At timeLimitsAt = at.field("timeLimits");
        for (int i = 0; i < timeLimitsAt.required(json.timeLimits()).size(); i++) {
            timeLimits.add(timeLimit(timeLimitsAt.index(i), json.timeLimits().get(i)));
        }
        return at.build(() -> new LiabilityRegime(id, name, kind, limits, timeLimits));
    }

    private static LimitRule limit(At at, LimitJson json) {
        at.required(json);
        Set<LossKind> losses = losses(at.field("losses"), json.losses());
        LocalDate from = at.field("from").optionalDate(json.from());
        LiabilityLimit limit = liabilityLimit(at, json);
        Source source = SourceJson.source(at.field("source"), json.source());
        return at.build(() -> new LimitRule(losses, from, limit, source));
    }

    private static LiabilityLimit liabilityLimit(At at, LimitJson json) {
        boolean perKg = json.perKg() != null;
        boolean perPackage = json.perPackage() != null;
        if (json.carriageCharges() != null) {
            if (perKg || perPackage || json.combine() != null) {
                throw at.problem("carriageCharges cannot be combined with perKg, perPackage or combine");
            }
            return at.field("carriageCharges").build(() -> LiabilityLimit.carriageCharges(json.carriageCharges()));
        }
        if (perKg && perPackage) {
            At combine = at.field("combine");
            String how = combine.text(json.combine());
            return switch (how) {
                case "GREATER" -> at.build(() -> LiabilityLimit.greaterOf(at.field("perPackage").money(json.perPackage()),
                        at.field("perKg").money(json.perKg())));
                case "SUM" -> at.build(() -> LiabilityLimit.packagePlusWeight(at.field("perPackage").money(json.perPackage()),
                        at.field("perKg").money(json.perKg())));
                default -> throw combine.problem("unknown value '" + how + "'; expected GREATER or SUM");
            };
        }
        if (json.combine() != null) {
            throw at.field("combine").problem("combine needs both perKg and perPackage");
        }
        if (perKg) {
            At rate = at.field("perKg");
            return rate.build(() -> LiabilityLimit.perKilogram(rate.money(json.perKg())));
        }
        if (perPackage) {
            At amount = at.field("perPackage");
            return amount.build(() -> LiabilityLimit.perPackage(amount.money(json.perPackage())));
        }
        throw at.problem("a limit needs perKg, perPackage (or both with combine) or carriageCharges");
    }

    private static TimeLimit timeLimit(At at, TimeLimitJson json) {
        at.required(json);
        TimeLimit.Kind kind = at.field("kind").required(json.kind());
        int amount = at.field("amount").integer(json.amount(), 0, 3650);
        TimeLimit.Unit unit = at.field("unit").required(json.unit());
        Trigger from = at.field("from").required(json.from());
        Set<LossKind> losses = losses(at.field("losses"), json.losses());
        int offsetDays = at.field("offsetDays").integer(json.offsetDays(), 0, 3650, 0);
        boolean barring = json.barring() == null || json.barring();
        var validity = at.validity(json.validFrom(), json.validTo());
        Source source = SourceJson.source(at.field("source"), json.source());
        return at.build(() -> TimeLimit.builder(kind, amount, unit, from).losses(losses).offsetDays(offsetDays)
                .barring(barring).validity(validity).source(source).build());
    }

    static List<RegimeRule> rules(At list, List<RuleJson> written) {
        List<RegimeRule> rules = new ArrayList<>();
        for (int i = 0; i < list.required(written).size(); i++) {
            rules.add(rule(list.index(i), written.get(i)));
        }
        return rules;
    }

    private static RegimeRule rule(At at, RuleJson json) {
        at.required(json);
        RegimeRule.Builder rule = RegimeRule.builder(at.field("regime").text(json.regime()))
                .why(at.field("why").text(json.why()))
                .scope(json.scope() == null ? RegimeRule.Scope.ANY : json.scope());
        if (json.parties() != null) {
            rule.parties(enums(at.field("parties"), json.parties(), Party.class));
        }
        if (json.modes() != null) {
            rule.modes(enums(at.field("modes"), json.modes(), Mode.class));
        }
        if (json.carriers() != null) {
            Set<String> carriers = new LinkedHashSet<>();
            for (int i = 0; i < json.carriers().size(); i++) {
                carriers.add(at.field("carriers").index(i).text(json.carriers().get(i)));
            }
            rule.carriers(carriers);
        }
        if (json.origins() != null) {
            rule.origins(countries(at.field("origins"), json.origins()));
        }
        if (json.destinations() != null) {
            rule.destinations(countries(at.field("destinations"), json.destinations()));
        }
        return at.build(rule::build);
    }

    private static Set<LossKind> losses(At at, List<LossKind> written) {
        if (written == null) {
            return EnumSet.allOf(LossKind.class);
        }
        Set<LossKind> losses = enums(at, written, LossKind.class);
        if (losses.isEmpty()) {
            throw at.problem("must list at least one loss kind, or be left out for all of them");
        }
        return losses;
    }

    private static <E extends Enum<E>> Set<E> enums(At at, Collection<E> written, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        int i = 0;
        for (E value : written) {
            values.add(at.index(i++).required(value));
        }
        return values;
    }

    private static Set<CountryCode> countries(At at, List<String> written) {
        Set<CountryCode> countries = new LinkedHashSet<>();
        for (int i = 0; i < written.size(); i++) {
            countries.add(at.index(i).country(written.get(i)));
        }
        return countries;
    }
}
