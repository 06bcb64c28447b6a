package dev.waybill.returns;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a shop's own policy adds to an eligible return beyond the statutory answer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param exchangeFirst        the shop offers an exchange first; within a statutory right this is
 *                             only an offer, the buyer keeps the right to a refund
 * @param restockingFeePercent the share of the price the shop keeps; zero within a statutory right
 * @param refundWithoutReturn  the item need not come back (its value is under the shop's threshold)
 */
public record ShopOffer(boolean exchangeFirst, BigDecimal restockingFeePercent, boolean refundWithoutReturn) {

    /** Validates the fee. */
    public ShopOffer {
        Objects.requireNonNull(restockingFeePercent, "restockingFeePercent");
        if (restockingFeePercent.signum() < 0 || restockingFeePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("restockingFeePercent must be between 0 and 100, got "
                    + restockingFeePercent.toPlainString());
        }
    }
}
