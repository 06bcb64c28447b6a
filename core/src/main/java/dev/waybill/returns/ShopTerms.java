package dev.waybill.returns;

import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A shop's return terms for one market (or its defaults): its own window, who pays the return,
 * how fast it refunds, exchange first, refund without return under a value, a restocking fee, and
 * the categories it does not take back. A null term is not set: it is inherited from the shop's
 * defaults, or the law's answer stands.
 *
 * <p>Immutable and thread-safe. {@code sources} says where each term was read (a file and JSON
 * path), so a term that is stricter than the law can be reported precisely.
 *
 * @param windowDays               days after the delivery day to notify (the delivery day is not counted)
 * @param returnShippingPaidBy     who pays the return under the shop's policy
 * @param refundWithinDays         days the shop takes to refund
 * @param exchangeFirst            the shop offers an exchange before a refund
 * @param refundWithoutReturnUnder below this order value the item need not come back
 * @param restockingFeePercent     the share of the price the shop keeps on a return (0-100)
 * @param exclusions               the categories the shop does not take back
 * @param sources                  where each term was read, by term name ({@code "windowDays"} ...)
 */
public record ShopTerms(Integer windowDays, ReturnShippingPayer returnShippingPaidBy, Integer refundWithinDays,
                        Boolean exchangeFirst, Money refundWithoutReturnUnder, BigDecimal restockingFeePercent,
                        List<CategoryExclusion> exclusions, Map<String, String> sources) {

    /** Validates the ranges and copies the collections. */
    public ShopTerms {
        if (windowDays != null && (windowDays < 0 || windowDays > 3650)) {
            throw new IllegalArgumentException("windowDays must be between 0 and 3650, got " + windowDays);
        }
        if (refundWithinDays != null && (refundWithinDays < 0 || refundWithinDays > 365)) {
            throw new IllegalArgumentException("refundWithinDays must be between 0 and 365, got " + refundWithinDays);
        }
        if (refundWithoutReturnUnder != null && refundWithoutReturnUnder.isNegative()) {
            throw new IllegalArgumentException("refundWithoutReturnUnder is negative: " + refundWithoutReturnUnder);
        }
        if (restockingFeePercent != null && (restockingFeePercent.signum() < 0
                || restockingFeePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("restockingFeePercent must be between 0 and 100, got "
                    + restockingFeePercent.toPlainString());
        }
        exclusions = exclusions == null ? null : List.copyOf(exclusions);
        sources = Map.copyOf(sources);
    }

    /** Terms with nothing set. */
    public static ShopTerms none() {
        return builder().build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these terms. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.windowDays = windowDays;
        builder.returnShippingPaidBy = returnShippingPaidBy;
        builder.refundWithinDays = refundWithinDays;
        builder.exchangeFirst = exchangeFirst;
        builder.refundWithoutReturnUnder = refundWithoutReturnUnder;
        builder.restockingFeePercent = restockingFeePercent;
        builder.exclusions = exclusions == null ? null : new ArrayList<>(exclusions);
        builder.sources.putAll(sources);
        return builder;
    }

    /** These terms, with every term not set here taken from {@code defaults}. */
    public ShopTerms inheriting(ShopTerms defaults) {
        Map<String, String> merged = new HashMap<>(defaults.sources);
        merged.putAll(sources);
        return new ShopTerms(
                windowDays != null ? windowDays : defaults.windowDays,
                returnShippingPaidBy != null ? returnShippingPaidBy : defaults.returnShippingPaidBy,
                refundWithinDays != null ? refundWithinDays : defaults.refundWithinDays,
                exchangeFirst != null ? exchangeFirst : defaults.exchangeFirst,
                refundWithoutReturnUnder != null ? refundWithoutReturnUnder : defaults.refundWithoutReturnUnder,
                restockingFeePercent != null ? restockingFeePercent : defaults.restockingFeePercent,
                exclusions != null ? exclusions : defaults.exclusions,
                merged);
    }

    /** Where {@code term} was read, for reports: {@code "shop.json: $.markets.DE.windowDays"}. */
    public String source(String term) {
        return sources.getOrDefault(term, "shop policy: " + term);
    }

    /** The categories the shop does not take back; empty when none are set. */
    public List<CategoryExclusion> excludedCategories() {
        return exclusions == null ? List.of() : exclusions;
    }

    /** The shop's exclusion for goods of {@code category}, {@code opened} or not, if any. */
    public Optional<CategoryExclusion> exclusionFor(ReturnCategory category, boolean opened) {
        return excludedCategories().stream().filter(e -> e.excludes(category, opened)).findFirst();
    }

    /** Builds {@link ShopTerms}; every term defaults to not set. Not thread-safe. */
    public static final class Builder {
        private Integer windowDays;
        private ReturnShippingPayer returnShippingPaidBy;
        private Integer refundWithinDays;
        private Boolean exchangeFirst;
        private Money refundWithoutReturnUnder;
        private BigDecimal restockingFeePercent;
        private List<CategoryExclusion> exclusions;
        private final Map<String, String> sources = new HashMap<>();

        private Builder() {
        }

        /** Days after the delivery day to notify. */
        public Builder windowDays(Integer days) {
            this.windowDays = days;
            return this;
        }

        /** Who pays the return under the shop's policy. */
        public Builder returnShippingPaidBy(ReturnShippingPayer payer) {
            this.returnShippingPaidBy = payer;
            return this;
        }

        /** Days the shop takes to refund. */
        public Builder refundWithinDays(Integer days) {
            this.refundWithinDays = days;
            return this;
        }

        /** Whether the shop offers an exchange first. */
        public Builder exchangeFirst(Boolean exchangeFirst) {
            this.exchangeFirst = exchangeFirst;
            return this;
        }

        /** Below this order value the item need not come back. */
        public Builder refundWithoutReturnUnder(Money threshold) {
            this.refundWithoutReturnUnder = threshold;
            return this;
        }

        /** The share of the price the shop keeps on a return, 0-100. */
        public Builder restockingFeePercent(BigDecimal percent) {
            this.restockingFeePercent = percent;
            return this;
        }

        /** The categories the shop does not take back; an empty list takes back everything. */
        public Builder exclusions(List<CategoryExclusion> exclusions) {
            this.exclusions = exclusions == null ? null : new ArrayList<>(exclusions);
            return this;
        }

        /** Records where {@code term} was read, for reports. */
        public Builder source(String term, String source) {
            sources.put(Objects.requireNonNull(term, "term"), Objects.requireNonNull(source, "source"));
            return this;
        }

        /** The terms; validates the ranges. */
        public ShopTerms build() {
            return new ShopTerms(windowDays, returnShippingPaidBy, refundWithinDays, exchangeFirst,
                    refundWithoutReturnUnder, restockingFeePercent, exclusions, sources);
        }
    }
}
