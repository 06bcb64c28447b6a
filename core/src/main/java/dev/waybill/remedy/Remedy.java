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
 * @param amount         the money offered (refund or coupon value); null for kinds without an amount
 * @param returnRequired whether the buyer must send the item back
 * @param claimFrom      whom the seller recovers the cost from; {@link Party#NONE} when nobody
 * @param reason         why, in one sentence
 */
public record Remedy(RemedyKind kind, Money amount, boolean returnRequired, Party claimFrom, String reason) {

    /** Validates the parts. */
    public Remedy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(claimFrom, "claimFrom");
        Objects.requireNonNull(reason, "reason");
        if (amount != null && amount.isNegative()) {
            throw new IllegalArgumentException("remedy amount is negative: " + amount);
        }
    }

    /** The amount offered, if the kind carries one. */
    public Optional<Money> money() {
        return Optional.ofNullable(amount);
    }
}
