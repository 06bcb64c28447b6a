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
 * @param deadline             the last day to notify; empty where no right applies (no statutory
 *                             right and no shop window, or an excluded category)
 * @param basis                the legal citation (with caveats where research did not verify it) or
 *                             {@code "shop policy"}
 * @param reason               why not eligible; empty when eligible
 * @param returnShippingPaidBy who pays the return
 * @param refundWithinDays     days the seller has to refund; empty where nothing sets a deadline
 * @param confidence           the research mark of a statutory basis; empty when the basis is the shop's policy
 *                             or no rule is encoded
 * @param rolledOverFrom       the last day before it moved over a rest day or public holiday; empty when it did not
 * @param shopOffer            what the shop's policy adds; empty without a shop policy or when not eligible
 * @param ignoredShopTerms     the shop's terms that were stricter than the law and so not applied,
 *                             each naming the file, the JSON path and why
 */
public record WithdrawalDecision(CountryCode country, boolean statutory, boolean eligible,
                                 Optional<LocalDate> deadline, String basis, Optional<String> reason,
                                 ReturnShippingPayer returnShippingPaidBy, Optional<Integer> refundWithinDays,
                                 Optional<Confidence> confidence, Optional<LocalDate> rolledOverFrom,
                                 Optional<ShopOffer> shopOffer, List<String> ignoredShopTerms) {

    /** Validates the parts and copies the list; a blank reason is absent. */
    public WithdrawalDecision {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(basis, "basis");
        reason = Objects.requireNonNull(reason, "reason").filter(text -> !text.isBlank());
        Objects.requireNonNull(returnShippingPaidBy, "returnShippingPaidBy");
        Objects.requireNonNull(refundWithinDays, "refundWithinDays");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(rolledOverFrom, "rolledOverFrom");
        Objects.requireNonNull(shopOffer, "shopOffer");
        ignoredShopTerms = List.copyOf(ignoredShopTerms);
        if (eligible == reason.isPresent()) {
            throw new IllegalArgumentException(eligible ? "an eligible decision has no reason"
                    : "a decision that is not eligible needs a reason");
        }
        if (eligible && deadline.isEmpty()) {
            throw new IllegalArgumentException("an eligible decision has a deadline");
        }
    }

    /** A decision whose optional parts are plain values, null (or a blank reason) when absent. */
    public WithdrawalDecision(CountryCode country, boolean statutory, boolean eligible, LocalDate deadline,
                              String basis, String reason, ReturnShippingPayer returnShippingPaidBy,
                              Integer refundWithinDays, Confidence confidence, LocalDate rolledOverFrom,
                              ShopOffer shopOffer, List<String> ignoredShopTerms) {
        this(country, statutory, eligible, Optional.ofNullable(deadline), basis, Optional.ofNullable(reason),
                returnShippingPaidBy, Optional.ofNullable(refundWithinDays), Optional.ofNullable(confidence),
                Optional.ofNullable(rolledOverFrom), Optional.ofNullable(shopOffer), ignoredShopTerms);
    }
}
