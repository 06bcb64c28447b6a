package dev.waybill.json;

import dev.waybill.returns.WithdrawalDecision;
import java.util.Objects;

/**
 * The answer line of {@code waybill returns}: the contract's {@code country} (as the caller gave it),
 * {@code statutory}, {@code eligible}, {@code deadline}, {@code basis}, {@code reason},
 * {@code returnShippingPaidBy} and {@code refundWithinDays}, then {@code confidence} and
 * {@code rolledOverFrom}, and with a shop policy {@code shopOffer} and {@code ignoredShopTerms}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param country    the country as the caller gave it ({@code "de"} stays {@code "de"}; the decision
 *                   is judged for {@code DE})
 * @param decision   the decision
 * @param withPolicy true when a shop policy was given, so that the line carries the shop's fields
 */
public record ReturnsAnswer(String country, WithdrawalDecision decision, boolean withPolicy) {

    /** Validates the parts. */
    public ReturnsAnswer {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(decision, "decision");
    }

    /** The answer for {@code decision}, the country written as the decision names it. */
    public static ReturnsAnswer of(WithdrawalDecision decision, boolean withPolicy) {
        return new ReturnsAnswer(decision.country().value(), decision, withPolicy);
    }
}
