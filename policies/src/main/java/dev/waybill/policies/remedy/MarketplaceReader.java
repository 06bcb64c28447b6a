package dev.waybill.policies.remedy;

import dev.waybill.liability.Validity;
import dev.waybill.policies.PolicyNode;
import dev.waybill.policies.internal.At;
import dev.waybill.policies.internal.PolicyJson;
import dev.waybill.policies.internal.SourceJson;
import dev.waybill.remedy.MarketplaceRule;
import dev.waybill.shipment.CountryCode;
import dev.waybill.source.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads dated marketplace rules: bound into the DTO records below, then checked into core's
 * {@link MarketplaceRule}; errors name the file, the JSON path and the problem.
 */
final class MarketplaceReader {

    /** {@code marketplace-rules.json}. */
    record RulesFile(String about, List<RuleJson> rules) {
    }

    /** One dated rule as written. */
    record RuleJson(String marketplace, List<String> markets, MarketplaceRule.Measure measure, Integer graceDays,
            String metric, String validFrom, String validTo, SourceJson source) {
    }

    private MarketplaceReader() {
    }

    static List<MarketplaceRule> rules(PolicyNode document) {
        At list = At.of(document).field("rules");
        List<RuleJson> written = list.required(PolicyJson.bind(document, RulesFile.class).rules());
        List<MarketplaceRule> rules = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            rules.add(rule(list.index(i), written.get(i)));
        }
        return rules;
    }

    private static MarketplaceRule rule(At at, RuleJson json) {
        at.required(json);
        String marketplace = at.field("marketplace").text(json.marketplace());
        Set<CountryCode> markets = new LinkedHashSet<>();
        if (json.markets() != null) {
            for (int i = 0; i < json.markets().size(); i++) {
                markets.add(at.field("markets").index(i).country(json.markets().get(i)));
            }
        }
        MarketplaceRule.Measure measure = at.field("measure").required(json.measure());
        int graceDays = at.field("graceDays").integer(json.graceDays(), 0, 365, 0);
        if (measure == MarketplaceRule.Measure.AFTER_PROMISE && json.graceDays() == null) {
            throw at.problem("graceDays is required for AFTER_PROMISE");
        }
        if (measure == MarketplaceRule.Measure.AT_HANDOVER && json.graceDays() != null) {
            throw at.field("graceDays").problem("a rule judged at hand-over has no grace days");
        }
        String metric = at.field("metric").text(json.metric());
        Validity validity = at.validity(json.validFrom(), json.validTo());
        Source source = SourceJson.source(at.field("source"), json.source());
        return new MarketplaceRule(marketplace, markets, measure, graceDays, metric, validity, source);
    }
}
