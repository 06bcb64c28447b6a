package dev.waybill.returns;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A buyer's question: may I withdraw from this purchase if I tell the shop on {@code noticeOn}?
 *
 * <p>Immutable and thread-safe.
 * {@code WithdrawalRequest.builder(CountryCode.of("DE"), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16)).build()}.
 *
 * @param country     the buyer's country, whose law applies
 * @param delivered   the date of the event the period runs from: the delivery (for a split order
 *                    under EU law, the delivery of the last item; in China, the day the buyer signed)
 * @param noticeOn    the day the buyer notifies (sends the notice) the shop
 * @param category    the kind of goods, for the exceptions
 * @param opened      true when a sealed item was unsealed after delivery
 * @param notInformed true when the shop did not tell the buyer of the withdrawal right
 * @param orderValue  the price paid, for a shop's refund-without-return threshold; empty when unknown
 */
public record WithdrawalRequest(CountryCode country, LocalDate delivered, LocalDate noticeOn,
                                ReturnCategory category, boolean opened, boolean notInformed,
                                Optional<Money> orderValue) {

    /** Validates the parts. */
    public WithdrawalRequest {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(delivered, "delivered");
        Objects.requireNonNull(noticeOn, "noticeOn");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(orderValue, "orderValue");
        if (orderValue.filter(Money::isNegative).isPresent()) {
            throw new IllegalArgumentException("orderValue is negative: " + orderValue.get());
        }
    }

    /** A request whose order value is a plain value, null when unknown. */
    public WithdrawalRequest(CountryCode country, LocalDate delivered, LocalDate noticeOn, ReturnCategory category,
                             boolean opened, boolean notInformed, Money orderValue) {
        this(country, delivered, noticeOn, category, opened, notInformed, Optional.ofNullable(orderValue));
    }

    /** A request for standard goods, sealed items intact, the buyer informed; set the rest on the builder. */
    public static Builder builder(CountryCode country, LocalDate delivered, LocalDate noticeOn) {
        return new Builder(country, delivered, noticeOn);
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        return new Builder(country, delivered, noticeOn).category(category).opened(opened)
                .notInformed(notInformed).orderValue(orderValue.orElse(null));
    }

    /** Builds a {@link WithdrawalRequest}. Not thread-safe. */
    public static final class Builder {
        private final CountryCode country;
        private final LocalDate delivered;
        private final LocalDate noticeOn;
        private ReturnCategory category = ReturnCategory.STANDARD;
        private boolean opened;
        private boolean notInformed;
        private Money orderValue;

        private Builder(CountryCode country, LocalDate delivered, LocalDate noticeOn) {
            this.country = country;
            this.delivered = delivered;
            this.noticeOn = noticeOn;
        }

        /** The kind of goods; default {@link ReturnCategory#STANDARD}. */
        public Builder category(ReturnCategory category) {
            this.category = category;
            return this;
        }

        /** Whether a sealed item was unsealed after delivery; default false. */
        public Builder opened(boolean opened) {
            this.opened = opened;
            return this;
        }

        /** Whether the shop failed to tell the buyer of the right; default false. */
        public Builder notInformed(boolean notInformed) {
            this.notInformed = notInformed;
            return this;
        }

        /** The price paid; default unknown. */
        public Builder orderValue(Money orderValue) {
            this.orderValue = orderValue;
            return this;
        }

        /** The request; validates. */
        public WithdrawalRequest build() {
            return new WithdrawalRequest(country, delivered, noticeOn, category, opened, notInformed, orderValue);
        }
    }
}
