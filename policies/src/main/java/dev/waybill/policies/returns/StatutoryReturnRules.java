package dev.waybill.policies.returns;

import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import dev.waybill.policies.internal.At;
import dev.waybill.policies.internal.PolicyJson;
import dev.waybill.returns.Caveat;
import dev.waybill.returns.DayType;
import dev.waybill.returns.FirstDay;
import dev.waybill.returns.NotInformedExtension;
import dev.waybill.returns.PeriodStart;
import dev.waybill.returns.ReturnRule;
import dev.waybill.returns.ReturnRuleBook;
import dev.waybill.returns.ReturnShippingPayer;
import dev.waybill.returns.WithdrawalPeriod;
import dev.waybill.shipment.CountryCode;
import dev.waybill.source.Confidence;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statutory withdrawal rules as data: the bundled {@value #RESOURCE} (48 markets: the 27 EU
 * members under one EU rule with national citations for DE, FR, IT, ES, NL, PL and SE, plus GB, TR,
 * RU, JP, KR, CN, BR, MX, SA and the markets without a statutory right), or a file in the same
 * format.
 *
 * <p>One row per market or group of markets:
 * <pre>{@code
 * {"id": "JP", "countries": ["JP"], "statutory": true, "citation": "...", "confidence": "V-P",
 *  "research": ["A-JP-01"], "caveats": [{"topic": "RULE", "confidence": "U", "note": "..."}],
 *  "period": {"days": 8, "dayType": "CALENDAR", "start": "DELIVERY", "firstDay": "EVENT_DAY",
 *             "rollOver": false, "restDays": ["SATURDAY", "SUNDAY"]},
 *  "exclusions": [], "returnShippingPaidBy": "CONSUMER", "sellerTermsPrevail": "..."}
 * }</pre>
 * A row for several countries may carry {@code national} entries that put a member's own
 * citation first, add caveats and settle ({@code "settled": ["ROLL_OVER"]}) topics its own law
 * verifies. Rows with {@code "statutory": false} carry only the citation and its marks.
 */
public final class StatutoryReturnRules {

    /** The bundled rules, next to this class. */
    public static final String RESOURCE = "statutory-return-rules.json";

    /** A rules file. */
    record RulesFile(String about, String asOf, List<RowJson> rules) {
    }

    /** One row: a market or a group of markets under one rule. */
    record RowJson(String id, List<String> countries, Boolean statutory, String citation, String confidence,
            List<String> research, List<String> sources, List<CaveatJson> caveats, PeriodJson period,
            List<ExclusionJson> exclusions, ReturnShippingPayer returnShippingPaidBy,
            ReturnShippingPayer returnShippingIfNotInformed, Integer refundWithinDays, String sellerTermsPrevail,
            Map<String, NationalJson> national) {
    }

    /** A member's own citation, research, settled topics and caveats within a group's row. */
    record NationalJson(String citation, String confidence, List<String> research, List<Caveat.Topic> settled,
            List<CaveatJson> caveats) {
    }

    /** A caveat as written. */
    record CaveatJson(Caveat.Topic topic, String confidence, String note) {
    }

    /** The withdrawal period as written. */
    record PeriodJson(Integer days, DayType dayType, PeriodStart start, FirstDay firstDay, Boolean rollOver,
            List<DayOfWeek> restDays, ExtensionJson notInformed) {
    }

    /** The extension when the buyer was not informed of the right. */
    record ExtensionJson(Integer months, NotInformedExtension.From from) {
    }

    private StatutoryReturnRules() {
    }

    /**
     * The bundled rules.
     *
     * @throws PolicyFileException if the resource is broken (a build error, caught by the tests)
     */
    public static ReturnRuleBook defaults() {
        return read(PolicyNode.fromResource(StatutoryReturnRules.class, RESOURCE));
    }

    /**
     * Rules from a file in the bundled format, replacing the bundled ones.
     *
     * @throws PolicyFileException naming the file, the JSON path and the problem
     */
    public static ReturnRuleBook load(Path file) {
        return read(PolicyNode.fromFile(file));
    }

    /**
     * Rules from a parsed document.
     *
     * @throws PolicyFileException naming the file, the JSON path and the problem
     */
    public static ReturnRuleBook read(PolicyNode document) {
        At list = At.of(document).field("rules");
        List<RowJson> rows = list.required(PolicyJson.bind(document, RulesFile.class).rules());
        Map<CountryCode, ReturnRule> rules = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            At row = list.index(i);
            for (ReturnRule rule : rules(row, row.required(rows.get(i)))) {
                if (rules.put(rule.country(), rule) != null) {
                    throw row.field("countries").problem(rule.country() + " has a rule in an earlier row");
                }
            }
        }
        if (rules.isEmpty()) {
            throw list.problem("no rules");
        }
        return ReturnRuleBook.of(rules.values());
    }

    private static List<ReturnRule> rules(At row, RowJson json) {
        row.field("id").text(json.id());
        if (json.sources() != null) {
            texts(row.field("sources"), json.sources());
        }
        boolean statutory = row.field("statutory").required(json.statutory());
        List<CountryCode> countries = countries(row.field("countries"), json.countries());
        Map<CountryCode, NationalJson> national = national(row.field("national"), json.national(), countries);
        if (!statutory) {
            Map<String, Object> onlyWithARight = new LinkedHashMap<>();
            onlyWithARight.put("period", json.period());
            onlyWithARight.put("exclusions", json.exclusions());
            onlyWithARight.put("returnShippingPaidBy", json.returnShippingPaidBy());
            onlyWithARight.put("returnShippingIfNotInformed", json.returnShippingIfNotInformed());
            onlyWithARight.put("refundWithinDays", json.refundWithinDays());
            onlyWithARight.put("sellerTermsPrevail", json.sellerTermsPrevail());
            onlyWithARight.forEach((field, value) -> {
                if (value != null) {
                    throw row.field(field).problem("a market without a statutory right has no " + field);
                }
            });
        }
        List<ReturnRule> rules = new ArrayList<>();
        for (CountryCode country : countries) {
            NationalJson own = national.get(country);
            At ownAt = row.field("national").field(country.toString());
            String citation = own != null ? ownAt.field("citation").text(own.citation())
                    : row.field("citation").text(json.citation());
            ReturnRule.Builder rule = ReturnRule.builder(country, citation);
            rule.confidence(own != null ? confidence(ownAt.field("confidence"), own.confidence())
                    : confidence(row.field("confidence"), json.confidence()));
            List<String> research = new ArrayList<>(texts(row.field("research"), json.research()));
            if (own != null && own.research() != null) {
                research.addAll(0, texts(ownAt.field("research"), own.research()));
            }
            rule.research(research);
            caveats(row, json, ownAt, own).forEach(rule::caveat);
            if (statutory) {
                rule.period(period(row.field("period"), json.period()))
                        .exclusions(ExclusionJson.exclusions(row.field("exclusions"), json.exclusions(), null))
                        .returnShippingPaidBy(row.field("returnShippingPaidBy").required(json.returnShippingPaidBy()))
                        .returnShippingIfNotInformed(json.returnShippingIfNotInformed())
                        .refundWithinDays(json.refundWithinDays() == null ? null
                                : row.field("refundWithinDays").integer(json.refundWithinDays(), 0, 365))
                        .sellerTermsPrevail(row.field("sellerTermsPrevail").optionalText(json.sellerTermsPrevail()));
            }
            rules.add(row.build(rule::build));
        }
        return rules;
    }

    private static List<String> texts(At at, List<String> written) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < at.required(written).size(); i++) {
            texts.add(at.index(i).text(written.get(i)));
        }
        return texts;
    }

    private static List<CountryCode> countries(At at, List<String> written) {
        List<CountryCode> countries = new ArrayList<>();
        for (int i = 0; i < at.required(written).size(); i++) {
            At element = at.index(i);
            CountryCode country = element.country(written.get(i));
            if (countries.contains(country)) {
                throw element.problem(country + " is listed twice");
            }
            countries.add(country);
        }
        if (countries.isEmpty()) {
            throw at.problem("no countries");
        }
        return countries;
    }

    private static Map<CountryCode, NationalJson> national(At at, Map<String, NationalJson> written,
            List<CountryCode> countries) {
        Map<CountryCode, NationalJson> national = new LinkedHashMap<>();
        if (written == null) {
            return national;
        }
        for (Map.Entry<String, NationalJson> entry : written.entrySet()) {
            At node = at.field(entry.getKey());
            CountryCode country = node.build(() -> CountryCode.parse(entry.getKey()));
            if (!countries.contains(country)) {
                throw node.problem(country + " is not one of this row's countries");
            }
            NationalJson json = node.required(entry.getValue());
            node.field("citation").text(json.citation());
            node.field("confidence").required(json.confidence());
            national.put(country, json);
        }
        return national;
    }

    private static List<Caveat> caveats(At row, RowJson json, At ownAt, NationalJson own) {
        Set<Caveat.Topic> settled = EnumSet.noneOf(Caveat.Topic.class);
        if (own != null && own.settled() != null) {
            for (int i = 0; i < own.settled().size(); i++) {
                settled.add(ownAt.field("settled").index(i).required(own.settled().get(i)));
            }
        }
        List<Caveat> caveats = new ArrayList<>();
        for (Caveat caveat : caveatList(row.field("caveats"), json.caveats())) {
            if (!settled.contains(caveat.topic())) {
                caveats.add(caveat);
            }
        }
        if (own != null) {
            caveats.addAll(caveatList(ownAt.field("caveats"), own.caveats()));
        }
        return caveats;
    }

    private static List<Caveat> caveatList(At at, List<CaveatJson> written) {
        List<Caveat> caveats = new ArrayList<>();
        if (written == null) {
            return caveats;
        }
        for (int i = 0; i < written.size(); i++) {
            At element = at.index(i);
            CaveatJson json = element.required(written.get(i));
            Caveat.Topic topic = element.field("topic").required(json.topic());
            Confidence confidence = confidence(element.field("confidence"), json.confidence());
            String note = element.field("note").text(json.note());
            caveats.add(element.build(() -> new Caveat(topic, confidence, note)));
        }
        return caveats;
    }

    private static Confidence confidence(At at, String written) {
        String mark = at.text(written);
        return at.build(() -> Confidence.parse(mark));
    }

    private static WithdrawalPeriod period(At at, PeriodJson written) {
        PeriodJson json = at.required(written);
        int days = at.field("days").integer(json.days(), 1, 365);
        DayType dayType = at.field("dayType").required(json.dayType());
        PeriodStart start = at.field("start").required(json.start());
        FirstDay firstDay = at.field("firstDay").required(json.firstDay());
        boolean rollOver = at.field("rollOver").required(json.rollOver());
        Set<DayOfWeek> restDays = EnumSet.noneOf(DayOfWeek.class);
        At restDaysAt = at.field("restDays");
        for (int i = 0; i < restDaysAt.required(json.restDays()).size(); i++) {
            At day = restDaysAt.index(i);
            if (!restDays.add(day.required(json.restDays().get(i)))) {
                throw day.problem("listed twice");
            }
        }
        NotInformedExtension notInformed = json.notInformed() == null ? null
                : extension(at.field("notInformed"), json.notInformed());
        return at.build(() -> new WithdrawalPeriod(days, dayType, start, firstDay, rollOver, restDays, notInformed));
    }

    private static NotInformedExtension extension(At at, ExtensionJson json) {
        int months = at.field("months").integer(json.months(), 1, 120);
        NotInformedExtension.From from = at.field("from").required(json.from());
        return new NotInformedExtension(months, from);
    }
}
