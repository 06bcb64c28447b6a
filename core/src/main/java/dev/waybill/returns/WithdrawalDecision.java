package dev.waybill.returns;

import dev.waybill.shipment.CountryCode;
import dev.waybill.source.Confidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a {@link WithdrawalRequest}: whether the buyer may withdraw, until when, on what
 * basis, who pays the return and how fast the refund is due. "Not eligible" is an answer, not an
 * error.
 *
 * <p>Immutable and thread-safe. Produced by {@link WithdrawalEvaluator}.
 *
 * @param country              the buyer's country
 * @param statutory            true where that country's law gives a distance-selling withdrawal right
 * @param eligible             whether the buyer may withdraw with the notice given on the request's day
 * @param deadline             the last day to notify; null where no right applies (no statutory
 *                             right and no shop window, or an excluded category)
 * @param basis                the legal citation (with caveats where research did not verify it) or
 *                             {@code "shop policy"}
 * @param reason               why not eligible; null when eligible
 * @param returnShippingPaidBy who pays the return
 * @param refundWithinDays     days the seller has to refund; null where nothing sets a deadline
 * @param confidence           the research mark of a statutory basis; null when the basis is the shop's policy
 *                             or no rule is encoded
 * @param rolledOverFrom       the last day before it moved over a rest day or public holiday; null when it did not
 * @param shopOffer            what the shop's policy adds; null without a shop policy or when not eligible
 * @param ignoredShopTerms     the shop's terms that were stricter than the law and so not applied,
 *                             each naming the file, the JSON path and why
 */
public record WithdrawalDecision(CountryCode country, boolean statutory, boolean eligible, LocalDate deadline,
                                 String basis, String reason, ReturnShippingPayer returnShippingPaidBy,
                                 Integer refundWithinDays, Confidence confidence, LocalDate rolledOverFrom,
                                 ShopOffer shopOffer, List<String> ignoredShopTerms) {

    /** Validates the parts and copies the list. */
    public WithdrawalDecision {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(returnShippingPaidBy, "returnShippingPaidBy");
        ignoredShopTerms = List.copyOf(ignoredShopTerms);
        if (eligible == (reason != null)) {
            throw new IllegalArgumentException(eligible ? "an eligible decision has no reason"
                    : "a decision that is not eligible needs a reason");
        }
        if (eligible && deadline == null) {
            throw new IllegalArgumentException("an eligible decision has a deadline");
        }
    }

    /** The last day to notify, where a right applies. */
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(deadline);
    }

    /** Why not eligible, when not. */
    public Optional<String> whyNot() {
        return Optional.ofNullable(reason);
    }
}
