package dev.waybill.policies.returns;

import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import dev.waybill.returns.ReturnShippingPayer;
import dev.waybill.returns.ShopReturnPolicy;
import dev.waybill.returns.ShopTerms;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a shop's own return policy file, validating every term:
 * <pre>{@code
 * {
 *   "shop": "Lumen Home",
 *   "windowDays": 30,
 *   "returnShippingPaidBy": "SELLER",
 *   "refundWithinDays": 7,
 *   "exchangeFirst": true,
 *   "refundWithoutReturnUnder": {"amount": "15.00", "currency": "EUR"},
 *   "restockingFeePercent": 0,
 *   "exclusions": [{"category": "PERSONALIZED"}, {"category": "SEALED_HYGIENE", "onlyIfOpened": true}],
 *   "markets": {"US": {"windowDays": 60, "refundWithoutReturnUnder": {"amount": "10", "currency": "USD"}}}
 * }
 * }</pre>
 * Every term is optional; a market's entry sets only what differs from the defaults. The window
 * counts calendar days after the delivery day. Whether a term is stricter than the law is decided
 * per request ({@code WithdrawalEvaluator}), not here: a 10-day window is stricter in the EU and
 * more generous in China.
 */
public final class ShopReturnPolicies {

    private static final String[] TERMS = {"windowDays", "returnShippingPaidBy", "refundWithinDays", "exchangeFirst",
            "refundWithoutReturnUnder", "restockingFeePercent", "exclusions"};

    private ShopReturnPolicies() {
    }

    /**
     * Reads the policy in {@code file}.
     *
     * @throws PolicyFileException naming the file, the JSON path and the problem
     */
    public static ShopReturnPolicy load(Path file) {
        return read(PolicyNode.fromFile(file));
    }

    /**
     * Reads a parsed policy document.
     *
     * @throws PolicyFileException naming the file, the JSON path and the problem
     */
    public static ShopReturnPolicy read(PolicyNode root) {
        String[] fields = new String[TERMS.length + 2];
        System.arraycopy(TERMS, 0, fields, 0, TERMS.length);
        fields[TERMS.length] = "shop";
        fields[TERMS.length + 1] = "markets";
        root.onlyFields(fields);
        String name = root.optional("shop").map(PolicyNode::text).orElse(root.file());
        ShopTerms defaults = terms(root);
        Map<CountryCode, ShopTerms> markets = new LinkedHashMap<>();
        root.optional("markets").ifPresent(map -> {
            for (Map.Entry<String, PolicyNode> entry : map.fields()) {
                PolicyNode node = entry.getValue();
                if (!entry.getKey().equals(entry.getKey().toUpperCase(java.util.Locale.ROOT))) {
                    throw node.problem("market keys are upper-case ISO 3166-1 alpha-2 codes, got '" + entry.getKey() + "'");
                }
                CountryCode country = PolicyValues.at(node, () -> CountryCode.parse(entry.getKey()));
                node.onlyFields(TERMS);
                markets.put(country, terms(node));
            }
        });
        return new ShopReturnPolicy(name, defaults, markets);
    }

    private static ShopTerms terms(PolicyNode node) {
        ShopTerms.Builder terms = ShopTerms.builder();
        for (String term : TERMS) {
            if (node.has(term)) {
                terms.source(term, node.file() + ": " + node.required(term).path());
            }
        }
        node.optional("windowDays").ifPresent(n -> terms.windowDays(n.integer(0, 3650)));
        node.optional("returnShippingPaidBy").ifPresent(n -> terms.returnShippingPaidBy(
                n.enumValue(ReturnShippingPayer.class)));
        node.optional("refundWithinDays").ifPresent(n -> terms.refundWithinDays(n.integer(0, 365)));
        node.optional("exchangeFirst").ifPresent(n -> terms.exchangeFirst(n.bool()));
        node.optional("refundWithoutReturnUnder").ifPresent(n -> {
            Money threshold = n.money();
            if (threshold.isNegative()) {
                throw n.required("amount").problem("must not be negative, got " + threshold.amount().toPlainString());
            }
            terms.refundWithoutReturnUnder(threshold);
        });
        node.optional("restockingFeePercent").ifPresent(n -> {
            BigDecimal percent = n.decimal();
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw n.problem("must be between 0 and 100, got " + percent.toPlainString());
            }
            terms.restockingFeePercent(percent);
        });
        node.optional("exclusions").ifPresent(n -> terms.exclusions(PolicyValues.exclusions(n, "shop policy")));
        return PolicyValues.at(node, terms::build);
    }
}
