package dev.waybill.remedy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the ladder settles one {@link Fault}: the usual remedy, the one for markets whose buyers
 * prefer a replacement, and an optional goodwill coupon on top (a small fault earns slightly more
 * than the buyer expects).
 *
 * <p>Immutable and thread-safe.
 *
 * @param fault           the fault
 * @param usual           the remedy in most markets
 * @param replacement     the remedy in markets that prefer a replacement (reship or exchange first)
 * @param goodwillPercent a coupon worth this share of the order on top, in [0, 100]; 0 for none
 */
public record FaultRemedy(Fault fault, RemedyKind usual, RemedyKind replacement, BigDecimal goodwillPercent) {

    /** Validates that both remedies are allowed for the fault and the percent is in range. */
    public FaultRemedy {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(usual, "usual");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(goodwillPercent, "goodwillPercent");
        for (RemedyKind kind : new RemedyKind[] {usual, replacement}) {
            if (!fault.allowed().contains(kind)) {
                throw new IllegalArgumentException(fault + " is settled by one of " + fault.allowed() + ", not " + kind);
            }
        }
        if (goodwillPercent.signum() < 0 || goodwillPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("goodwill percent must be between 0 and 100, got " + goodwillPercent);
        }
    }

    /** A settlement without a goodwill coupon. */
    public static FaultRemedy of(Fault fault, RemedyKind usual, RemedyKind replacement) {
        return new FaultRemedy(fault, usual, replacement, BigDecimal.ZERO);
    }
}
