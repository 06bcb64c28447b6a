package dev.waybill.policies.remedy;

import dev.waybill.liability.Validity;
import dev.waybill.policies.PolicyNode;
import dev.waybill.policies.liability.PolicySources;
import dev.waybill.remedy.MarketplaceRule;
import dev.waybill.shipment.CountryCode;
import dev.waybill.source.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads dated marketplace rules; errors name the file, the JSON path and the problem. */
final class MarketplaceReader {

    private MarketplaceReader() {
    }

    static List<MarketplaceRule> rules(PolicyNode root) {
        root.onlyFields("about", "rules");
        List<MarketplaceRule> rules = new ArrayList<>();
        for (PolicyNode node : root.required("rules").elements()) {
            node.onlyFields("marketplace", "markets", "measure", "graceDays", "metric", "validFrom", "validTo", "source");
            String marketplace = node.required("marketplace").text();
            Set<CountryCode> markets = new LinkedHashSet<>();
            node.optional("markets").ifPresent(list -> list.elements().forEach(m -> markets.add(m.country())));
            MarketplaceRule.Measure measure = node.required("measure").enumValue(MarketplaceRule.Measure.class);
            int graceDays = node.optional("graceDays").map(n -> n.integer(0, 365)).orElse(0);
            if (measure == MarketplaceRule.Measure.AFTER_PROMISE && !node.has("graceDays")) {
                throw node.problem("graceDays is required for AFTER_PROMISE");
            }
            if (measure == MarketplaceRule.Measure.AT_HANDOVER && node.has("graceDays")) {
                throw node.required("graceDays").problem("a rule judged at hand-over has no grace days");
            }
            String metric = node.required("metric").text();
            Validity validity = PolicySources.validity(node);
            Source source = PolicySources.source(node.required("source"));
            rules.add(new MarketplaceRule(marketplace, markets, measure, graceDays, metric, validity, source));
        }
        return rules;
    }
}
