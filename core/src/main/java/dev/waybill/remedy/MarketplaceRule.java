package dev.waybill.remedy;

import dev.waybill.liability.Validity;
import dev.waybill.shipment.CountryCode;
import dev.waybill.source.Source;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a marketplace judges a late order against the seller, as dated data with its source: the
 * basis for marking a carrier-caused delay as not counting against the shop.
 *
 * <p>Immutable and thread-safe.
 *
 * @param marketplace the marketplace, upper case, for example {@code AMAZON}
 * @param markets     the markets it applies in; empty for all
 * @param measure     what the marketplace measures
 * @param graceDays   for {@link Measure#AFTER_PROMISE}: days past the promised date before it counts; else 0
 * @param metric      the metric and its threshold in words, for example {@code Order Defect Rate below 1% over 60 days}
 * @param validity    the days it is in force
 * @param source      the citation, research row and confidence
 */
public record MarketplaceRule(String marketplace, Set<CountryCode> markets, Measure measure, int graceDays,
                              String metric, Validity validity, Source source) {

    /** What a marketplace measures when it judges lateness. */
    public enum Measure {
        /**
         * Delivery against the promised (latest estimated) date: the buyer can complain only after a
         * grace period, so a delay within it cannot yet count (Amazon's A-to-z Guarantee).
         */
        AFTER_PROMISE,
        /**
         * Shipment against the ship-by date: lateness is judged when the carrier takes the parcel,
         * so a delay after hand-over does not count (Shopee's Late Shipment Rate).
         */
        AT_HANDOVER
    }

    /** Validates the parts, upper-cases the marketplace and copies the markets. */
    public MarketplaceRule {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
        if (marketplace.isBlank()) {
            throw new IllegalArgumentException("marketplace is blank");
        }
        if (metric.isBlank()) {
            throw new IllegalArgumentException("metric is blank");
        }
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays is negative: " + graceDays);
        }
        if (measure == Measure.AT_HANDOVER && graceDays != 0) {
            throw new IllegalArgumentException("a rule judged at hand-over has no grace days, got " + graceDays);
        }
        marketplace = normalise(marketplace);
        metric = metric.strip();
        markets = Set.copyOf(markets);
    }

    /** The marketplace name as rules store it: trimmed and upper case. */
    public static String normalise(String marketplace) {
        return marketplace.strip().toUpperCase(Locale.ROOT);
    }

    /** True when this rule is {@code marketplace}'s in {@code market} on {@code day}. */
    public boolean appliesTo(String marketplace, CountryCode market, LocalDate day) {
        return this.marketplace.equals(normalise(marketplace)) && (markets.isEmpty() || markets.contains(market))
                && validity.inForceOn(day);
    }
}
