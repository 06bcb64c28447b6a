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
 * @param amount         the money offered (refund or coupon value); null for kinds without an amount,
 *                       or when the order value is unknown
 * @param returnRequired whether the buyer must send the item back
 * @param claimFrom      whom the seller recovers the cost from; {@link Party#NONE} when nobody
 * @param reason         why, as a code whose words come from the message catalogs (English in the contract)
 * @param coupon         a goodwill coupon offered on top of the remedy; null for none
 * @param standing       whether a late order counts against the shop on its marketplace; null when no
 *                       marketplace was given or the case is not a delay
 */
public record Remedy(RemedyKind kind, Money amount, boolean returnRequired, Party claimFrom, RemedyReason reason,
                     Money coupon, MarketplaceStanding standing) {

    /** Validates the parts. */
    public Remedy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(claimFrom, "claimFrom");
        Objects.requireNonNull(reason, "reason");
        if (amount != null && amount.isNegative()) {
            throw new IllegalArgumentException("remedy amount is negative: " + amount);
        }
        if (coupon != null && coupon.isNegative()) {
            throw new IllegalArgumentException("goodwill coupon is negative: " + coupon);
        }
    }

    /** A remedy without a goodwill coupon or a marketplace standing. */
    public Remedy(RemedyKind kind, Money amount, boolean returnRequired, Party claimFrom, RemedyReason reason) {
        this(kind, amount, returnRequired, claimFrom, reason, null, null);
    }

    /** The amount offered, if the kind carries one. */
    public Optional<Money> money() {
        return Optional.ofNullable(amount);
    }

    /** The goodwill coupon on top, if any. */
    public Optional<Money> couponIfAny() {
        return Optional.ofNullable(coupon);
    }

    /** The marketplace standing, if judged. */
    public Optional<MarketplaceStanding> standingIfAny() {
        return Optional.ofNullable(standing);
    }
}
