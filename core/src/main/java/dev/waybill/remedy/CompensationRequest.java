package dev.waybill.remedy;

import dev.waybill.delay.Verdict;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link CompensationEngine} decides from: the shipment and its verdict, the order value,
 * the buyer's market, the marketplace the order came from and today's date.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CompensationRequest request = CompensationRequest.builder(shipment, verdict, today)
 *         .orderValue(Money.of("EUR", "39.90")).marketplace("AMAZON").build();
 * }</pre>
 *
 * @param shipment    the shipment
 * @param verdict     its verdict, for the same id
 * @param orderValue  what the buyer paid; empty to use the shipment's declared value
 * @param market      the buyer's market; the shipment's destination when not given
 * @param marketplace the marketplace the order came from, upper case; empty for the shop's own site
 * @param today       today's date, which picks the marketplace rules in force
 * @param returnCost  what returning the item would cost the shop; empty to use the ladder's figure
 */
public record CompensationRequest(Shipment shipment, Verdict verdict, Optional<Money> orderValue, CountryCode market,
                                  Optional<String> marketplace, LocalDate today, Optional<Money> returnCost) {

    /** Validates the parts, defaults the market to the destination and normalises the marketplace. */
    public CompensationRequest {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(today, "today");
        if (!verdict.id().equals(shipment.id())) {
            throw new IllegalArgumentException("verdict '" + verdict.id() + "' is not for shipment '" + shipment.id() + "'");
        }
        Objects.requireNonNull(orderValue, "orderValue");
        Objects.requireNonNull(returnCost, "returnCost");
        if (orderValue.filter(Money::isNegative).isPresent()) {
            throw new IllegalArgumentException("order value is negative: " + orderValue.get());
        }
        if (returnCost.filter(cost -> cost.amount().signum() <= 0).isPresent()) {
            throw new IllegalArgumentException("return cost must be positive, got " + returnCost.get());
        }
        market = market == null ? shipment.destination() : market;
        marketplace = Objects.requireNonNull(marketplace, "marketplace").filter(name -> !name.isBlank())
                .map(MarketplaceRule::normalise);
    }

    /** A request whose order value, marketplace and return cost are plain values, null (or blank) when not given. */
    public CompensationRequest(Shipment shipment, Verdict verdict, Money orderValue, CountryCode market,
                               String marketplace, LocalDate today, Money returnCost) {
        this(shipment, verdict, Optional.ofNullable(orderValue), market, Optional.ofNullable(marketplace), today,
                Optional.ofNullable(returnCost));
    }

    /** A request with the shipment's declared value, its destination as the market, and no marketplace. */
    public static CompensationRequest of(Shipment shipment, Verdict verdict, LocalDate today) {
        return new CompensationRequest(shipment, verdict, Optional.empty(), null, Optional.empty(), today,
                Optional.empty());
    }

    /** A builder for {@code shipment} and its {@code verdict}. */
    public static Builder builder(Shipment shipment, Verdict verdict, LocalDate today) {
        return new Builder(shipment, verdict, today);
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        return new Builder(shipment, verdict, today).orderValue(orderValue.orElse(null)).market(market)
                .marketplace(marketplace.orElse(null)).returnCost(returnCost.orElse(null));
    }

    /** The value remedies are computed on: the order value, else the shipment's declared value. */
    public Optional<Money> value() {
        return orderValue.or(shipment::value);
    }

    /** Builds a {@link CompensationRequest}. Not thread-safe; the built request is. */
    public static final class Builder {
        private final Shipment shipment;
        private final Verdict verdict;
        private final LocalDate today;
        private Money orderValue;
        private CountryCode market;
        private String marketplace;
        private Money returnCost;

        private Builder(Shipment shipment, Verdict verdict, LocalDate today) {
            this.shipment = shipment;
            this.verdict = verdict;
            this.today = today;
        }

        /** What the buyer paid. */
        public Builder orderValue(Money orderValue) {
            this.orderValue = orderValue;
            return this;
        }

        /** The buyer's market, if not the destination. */
        public Builder market(CountryCode market) {
            this.market = market;
            return this;
        }

        /** The marketplace the order came from, for example {@code SHOPEE}. */
        public Builder marketplace(String marketplace) {
            this.marketplace = marketplace;
            return this;
        }

        /** What returning the item would cost the shop. */
        public Builder returnCost(Money returnCost) {
            this.returnCost = returnCost;
            return this;
        }

        /** The request; throws naming a missing or bad part. */
        public CompensationRequest build() {
            return new CompensationRequest(shipment, verdict, orderValue, market, marketplace, today, returnCost);
        }
    }
}
