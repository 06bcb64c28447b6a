package dev.waybill.policies.returns;

import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
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

    private StatutoryReturnRules() {
    }

    /**
     * The bundled rules.
     *
     * @throws PolicyFileException if the resource is broken (a build error, caught by the tests)
     */
    public static ReturnRuleBook load() {
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
    public static ReturnRuleBook read(PolicyNode root) {
        root.onlyFields("about", "asOf", "rules");
        Map<CountryCode, ReturnRule> rules = new LinkedHashMap<>();
        for (PolicyNode row : root.required("rules").elements()) {
            for (ReturnRule rule : rules(row)) {
                if (rules.put(rule.country(), rule) != null) {
                    throw row.required("countries").problem(rule.country() + " has a rule in an earlier row");
                }
            }
        }
        if (rules.isEmpty()) {
            throw root.required("rules").problem("no rules");
        }
        return ReturnRuleBook.of(rules.values());
    }

    private static List<ReturnRule> rules(PolicyNode row) {
        row.onlyFields("id", "countries", "statutory", "citation", "confidence", "research", "sources", "caveats",
                "period", "exclusions", "returnShippingPaidBy", "returnShippingIfNotInformed", "refundWithinDays",
                "sellerTermsPrevail", "national");
        row.required("id").text();
        row.optional("sources").ifPresent(PolicyValues::texts);
        boolean statutory = row.required("statutory").bool();
        List<CountryCode> countries = countries(row.required("countries"));
        Map<CountryCode, PolicyNode> national = national(row, countries);
        if (!statutory) {
            for (String field : List.of("period", "exclusions", "returnShippingPaidBy", "returnShippingIfNotInformed",
                    "refundWithinDays", "sellerTermsPrevail")) {
                if (row.has(field)) {
                    throw row.required(field).problem("a market without a statutory right has no " + field);
                }
            }
        }
        List<ReturnRule> rules = new ArrayList<>();
        for (CountryCode country : countries) {
            PolicyNode own = national.get(country);
            ReturnRule.Builder rule = ReturnRule.builder(country, citation(row, own));
            rule.confidence(confidence((own != null ? own : row).required("confidence")));
            List<String> research = new ArrayList<>(PolicyValues.texts(row.required("research")));
            if (own != null) {
                own.optional("research").map(PolicyValues::texts).ifPresent(ids -> research.addAll(0, ids));
            }
            rule.research(research);
            caveats(row, own).forEach(rule::caveat);
            if (statutory) {
                rule.period(period(row.required("period")))
                        .exclusions(PolicyValues.exclusions(row.required("exclusions"), null))
                        .returnShippingPaidBy(row.required("returnShippingPaidBy").enumValue(ReturnShippingPayer.class))
                        .returnShippingIfNotInformed(row.optional("returnShippingIfNotInformed")
                                .map(n -> n.enumValue(ReturnShippingPayer.class)).orElse(null))
                        .refundWithinDays(row.optional("refundWithinDays").map(n -> n.integer(0, 365)).orElse(null))
                        .sellerTermsPrevail(row.optional("sellerTermsPrevail").map(PolicyNode::text).orElse(null));
            }
            rules.add(PolicyValues.at(row, rule::build));
        }
        return rules;
    }

    private static List<CountryCode> countries(PolicyNode array) {
        List<CountryCode> countries = new ArrayList<>();
        for (PolicyNode element : array.elements()) {
            CountryCode country = element.country();
            if (countries.contains(country)) {
                throw element.problem(country + " is listed twice");
            }
            countries.add(country);
        }
        if (countries.isEmpty()) {
            throw array.problem("no countries");
        }
        return countries;
    }

    private static Map<CountryCode, PolicyNode> national(PolicyNode row, List<CountryCode> countries) {
        Map<CountryCode, PolicyNode> national = new LinkedHashMap<>();
        row.optional("national").ifPresent(map -> {
            for (Map.Entry<String, PolicyNode> entry : map.fields()) {
                PolicyNode node = entry.getValue();
                CountryCode country = PolicyValues.at(node, () -> CountryCode.parse(entry.getKey()));
                if (!countries.contains(country)) {
                    throw node.problem(country + " is not one of this row's countries");
                }
                node.onlyFields("citation", "confidence", "research", "settled", "caveats");
                node.required("citation").text();
                node.required("confidence");
                national.put(country, node);
            }
        });
        return national;
    }

    private static String citation(PolicyNode row, PolicyNode own) {
        return (own != null ? own : row).required("citation").text();
    }

    private static List<Caveat> caveats(PolicyNode row, PolicyNode own) {
        Set<Caveat.Topic> settled = EnumSet.noneOf(Caveat.Topic.class);
        if (own != null) {
            own.optional("settled").ifPresent(array -> {
                for (PolicyNode topic : array.elements()) {
                    settled.add(topic.enumValue(Caveat.Topic.class));
                }
            });
        }
        List<Caveat> caveats = new ArrayList<>();
        for (Caveat caveat : caveatList(row)) {
            if (!settled.contains(caveat.topic())) {
                caveats.add(caveat);
            }
        }
        if (own != null) {
            caveats.addAll(caveatList(own));
        }
        return caveats;
    }

    private static List<Caveat> caveatList(PolicyNode owner) {
        List<Caveat> caveats = new ArrayList<>();
        owner.optional("caveats").ifPresent(array -> {
            for (PolicyNode element : array.elements()) {
                element.onlyFields("topic", "confidence", "note");
                Caveat.Topic topic = element.required("topic").enumValue(Caveat.Topic.class);
                Confidence confidence = confidence(element.required("confidence"));
                String note = element.required("note").text();
                caveats.add(PolicyValues.at(element, () -> new Caveat(topic, confidence, note)));
            }
        });
        return caveats;
    }

    private static Confidence confidence(PolicyNode node) {
        String mark = node.text();
        return PolicyValues.at(node, () -> Confidence.parse(mark));
    }

    private static WithdrawalPeriod period(PolicyNode node) {
        node.onlyFields("days", "dayType", "start", "firstDay", "rollOver", "restDays", "notInformed");
        int days = node.required("days").integer(1, 365);
        DayType dayType = node.required("dayType").enumValue(DayType.class);
        PeriodStart start = node.required("start").enumValue(PeriodStart.class);
        FirstDay firstDay = node.required("firstDay").enumValue(FirstDay.class);
        boolean rollOver = node.required("rollOver").bool();
        Set<DayOfWeek> restDays = EnumSet.noneOf(DayOfWeek.class);
        for (PolicyNode day : node.required("restDays").elements()) {
            if (!restDays.add(day.enumValue(DayOfWeek.class))) {
                throw day.problem("listed twice");
            }
        }
        NotInformedExtension notInformed = node.optional("notInformed").map(StatutoryReturnRules::extension)
                .orElse(null);
        return PolicyValues.at(node, () -> new WithdrawalPeriod(days, dayType, start, firstDay, rollOver, restDays,
                notInformed));
    }

    private static NotInformedExtension extension(PolicyNode node) {
        node.onlyFields("months", "from");
        int months = node.required("months").integer(1, 120);
        NotInformedExtension.From from = node.required("from").enumValue(NotInformedExtension.From.class);
        return new NotInformedExtension(months, from);
    }
}
