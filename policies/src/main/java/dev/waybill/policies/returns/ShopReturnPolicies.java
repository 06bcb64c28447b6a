package dev.waybill.policies.returns;

import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import dev.waybill.policies.internal.At;
import dev.waybill.policies.internal.MoneyJson;
import dev.waybill.policies.internal.PolicyJson;
import dev.waybill.returns.ReturnShippingPayer;
import dev.waybill.returns.ShopReturnPolicy;
import dev.waybill.returns.ShopTerms;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /** A policy file: the default terms, the shop's name and per-market terms. */
    record PolicyFile(Integer windowDays, ReturnShippingPayer returnShippingPaidBy, Integer refundWithinDays,
            Boolean exchangeFirst, MoneyJson refundWithoutReturnUnder, BigDecimal restockingFeePercent,
            List<ExclusionJson> exclusions, String shop, Map<String, TermsJson> markets) {

        TermsJson terms() {
            return new TermsJson(windowDays, returnShippingPaidBy, refundWithinDays, exchangeFirst,
                    refundWithoutReturnUnder, restockingFeePercent, exclusions);
        }
    }

    /** The terms, every one optional. */
    record TermsJson(Integer windowDays, ReturnShippingPayer returnShippingPaidBy, Integer refundWithinDays,
            Boolean exchangeFirst, MoneyJson refundWithoutReturnUnder, BigDecimal restockingFeePercent,
            List<ExclusionJson> exclusions) {
    }

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
    public static ShopReturnPolicy read(PolicyNode document) {
        At root = At.of(document);
        PolicyFile file = PolicyJson.bind(document, PolicyFile.class);
        String name = file.shop() == null ? root.file() : root.field("shop").text(file.shop());
        ShopTerms defaults = terms(root, file.terms());
        Map<CountryCode, ShopTerms> markets = new LinkedHashMap<>();
        if (file.markets() != null) {
            At marketsAt = root.field("markets");
            for (Map.Entry<String, TermsJson> entry : file.markets().entrySet()) {
                At at = marketsAt.field(entry.getKey());
                if (!entry.getKey().equals(entry.getKey().toUpperCase(Locale.ROOT))) {
                    throw at.problem("market keys are upper-case ISO 3166-1 alpha-2 codes, got '" + entry.getKey() + "'");
                }
                CountryCode country = at.build(() -> CountryCode.parse(entry.getKey()));
                markets.put(country, terms(at, at.required(entry.getValue())));
            }
        }
        return new ShopReturnPolicy(name, defaults, markets);
    }

    private static ShopTerms terms(At at, TermsJson json) {
        ShopTerms.Builder terms = ShopTerms.builder();
        source(terms, at, "windowDays", json.windowDays());
        source(terms, at, "returnShippingPaidBy", json.returnShippingPaidBy());
        source(terms, at, "refundWithinDays", json.refundWithinDays());
        source(terms, at, "exchangeFirst", json.exchangeFirst());
        source(terms, at, "refundWithoutReturnUnder", json.refundWithoutReturnUnder());
        source(terms, at, "restockingFeePercent", json.restockingFeePercent());
        source(terms, at, "exclusions", json.exclusions());
        if (json.windowDays() != null) {
            terms.windowDays(at.field("windowDays").integer(json.windowDays(), 0, 3650));
        }
        if (json.returnShippingPaidBy() != null) {
            terms.returnShippingPaidBy(json.returnShippingPaidBy());
        }
        if (json.refundWithinDays() != null) {
            terms.refundWithinDays(at.field("refundWithinDays").integer(json.refundWithinDays(), 0, 365));
        }
        if (json.exchangeFirst() != null) {
            terms.exchangeFirst(json.exchangeFirst());
        }
        if (json.refundWithoutReturnUnder() != null) {
            At thresholdAt = at.field("refundWithoutReturnUnder");
            Money threshold = thresholdAt.money(json.refundWithoutReturnUnder());
            if (threshold.isNegative()) {
                throw thresholdAt.field("amount").problem("must not be negative, got "
                        + threshold.amount().toPlainString());
            }
            terms.refundWithoutReturnUnder(threshold);
        }
        if (json.restockingFeePercent() != null) {
            BigDecimal percent = json.restockingFeePercent();
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw at.field("restockingFeePercent").problem("must be between 0 and 100, got " + percent.toPlainString());
            }
            terms.restockingFeePercent(percent);
        }
        if (json.exclusions() != null) {
            terms.exclusions(ExclusionJson.exclusions(at.field("exclusions"), json.exclusions(), "shop policy"));
        }
        return at.build(terms::build);
    }

    /** Records where a term that is set was read, for the decision's ignored terms. */
    private static void source(ShopTerms.Builder terms, At at, String term, Object value) {
        if (value != null) {
            terms.source(term, at.file() + ": " + at.field(term).path());
        }
    }
}
