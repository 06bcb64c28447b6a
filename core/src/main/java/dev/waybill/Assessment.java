package dev.waybill;

import dev.waybill.delay.Verdict;
import dev.waybill.liability.Claim;
import dev.waybill.remedy.Remedy;
import dev.waybill.shipment.Shipment;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Waybill concludes about one shipment at one moment: the shipment it judged, the delay
 * {@link Verdict}, the claim the seller can make for a loss, and the remedy to offer the buyer. It
 * holds its shipment, so a message asked for from it is always about the parcel it judged.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipment the shipment judged
 * @param verdict  the delay verdict
 * @param claim    the claim against {@link Verdict#recoverFrom()}, empty where no claim applies
 * @param remedy   what to offer the buyer, empty where no compensation engine is configured
 */
public record Assessment(Shipment shipment, Verdict verdict, Optional<Claim> claim, Optional<Remedy> remedy) {

    /** Validates the parts. */
    public Assessment {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(remedy, "remedy");
        if (!verdict.id().equals(shipment.id())) {
            throw new IllegalArgumentException("verdict of shipment '" + verdict.id() + "' paired with shipment '"
                    + shipment.id() + "'");
        }
    }

    /** An assessment of {@code shipment} with only a verdict. */
    public static Assessment of(Shipment shipment, Verdict verdict) {
        return new Assessment(shipment, verdict, Optional.empty(), Optional.empty());
    }

    /** This assessment with {@code claim}. */
    public Assessment withClaim(Claim claim) {
        return new Assessment(shipment, verdict, Optional.of(claim), remedy);
    }

    /** This assessment with {@code remedy}. */
    public Assessment withRemedy(Remedy remedy) {
        return new Assessment(shipment, verdict, claim, Optional.of(remedy));
    }
}
