package dev.waybill;

import dev.waybill.delay.Verdict;
import dev.waybill.liability.Claim;
import dev.waybill.remedy.Remedy;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Waybill concludes about one shipment at one moment: the delay {@link Verdict}, the
 * claim the seller can make for a loss, and the remedy to offer the buyer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param verdict the delay verdict
 * @param claim   the claim against {@link Verdict#recoverFrom()}; null where no claim applies
 * @param remedy  what to offer the buyer; null where no compensation engine is configured
 */
public record Assessment(Verdict verdict, Claim claim, Remedy remedy) {

    /** Validates the verdict. */
    public Assessment {
        Objects.requireNonNull(verdict, "verdict");
    }

    /** An assessment with only a verdict. */
    public static Assessment of(Verdict verdict) {
        return new Assessment(verdict, null, null);
    }

    /** The claim, where one applies. */
    public Optional<Claim> claimIfAny() {
        return Optional.ofNullable(claim);
    }

    /** The remedy, where one was decided. */
    public Optional<Remedy> remedyIfAny() {
        return Optional.ofNullable(remedy);
    }

    /** This assessment with {@code claim}. */
    public Assessment withClaim(Claim claim) {
        return new Assessment(verdict, claim, remedy);
    }

    /** This assessment with {@code remedy}. */
    public Assessment withRemedy(Remedy remedy) {
        return new Assessment(verdict, claim, remedy);
    }
}
