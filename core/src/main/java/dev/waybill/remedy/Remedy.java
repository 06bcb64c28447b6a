package dev.waybill.remedy;

import dev.waybill.liability.Party;
import dev.waybill.shipment.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What to offer the buyer now, and what the seller claims back afterwards.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind           the kind of remedy
 * @param amount         the money offered (refund or coupon value); empty for kinds without an amount,
 *                       or when the order value is unknown
 * @param returnRequired whether the buyer must send the item back
 * @param claimFrom      whom the seller recovers the cost from; {@link Party#NONE} when nobody
 * @param reason         why, as a code whose words come from the message catalogs (English in the contract)
 * @param coupon         a goodwill coupon offered on top of the remedy; empty for none
 * @param standing       whether a late order counts against the shop on its marketplace; empty when no
 *                       marketplace was given or the case is not a delay
 */
public record Remedy(RemedyKind kind, Optional<Money> amount, boolean returnRequired, Party claimFrom,
                     RemedyReason reason, Optional<Money> coupon, Optional<MarketplaceStanding> standing) {

    /** Validates the parts. */
    public Remedy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(claimFrom, "claimFrom");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(coupon, "coupon");
        Objects.requireNonNull(standing, "standing");
        amount.filter(Money::isNegative).ifPresent(negative -> {
            throw new IllegalArgumentException("remedy amount is negative: " + negative);
        });
        coupon.filter(Money::isNegative).ifPresent(negative -> {
            throw new IllegalArgumentException("goodwill coupon is negative: " + negative);
        });
    }

    /** A remedy of {@code amount} without a goodwill coupon or a marketplace standing. */
    public Remedy(RemedyKind kind, Money amount, boolean returnRequired, Party claimFrom, RemedyReason reason) {
        this(kind, Optional.of(amount), returnRequired, claimFrom, reason, Optional.empty(), Optional.empty());
    }

    /** A remedy without an amount, a goodwill coupon or a marketplace standing. */
    public Remedy(RemedyKind kind, boolean returnRequired, Party claimFrom, RemedyReason reason) {
        this(kind, Optional.empty(), returnRequired, claimFrom, reason, Optional.empty(), Optional.empty());
    }
}
