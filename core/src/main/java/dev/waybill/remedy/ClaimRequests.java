package dev.waybill.remedy;

import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.delay.Verdict;
import dev.waybill.liability.ClaimRequest;
import dev.waybill.liability.LossKind;
import dev.waybill.liability.Party;
import dev.waybill.shipment.Shipment;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a verdict into the claim to work out: what was lost, and from whom it is recovered. The
 * liability package cannot read verdicts (the verdict engine reads it), so the mapping lives here.
 *
 * <pre>{@code
 * Optional<Claim> claim = ClaimRequests.from(shipment, verdict, today).flatMap(claimEngine::claim);
 * }</pre>
 */
public final class ClaimRequests {

    private static final Set<Party> NOBODY_TO_CLAIM = EnumSet.of(Party.NONE, Party.SELLER, Party.BUYER);

    private ClaimRequests() {
    }

    /**
     * What the seller claims for under {@code verdict}: {@code LOSS} for a lost parcel,
     * {@code NON_RECEIPT} for one shown delivered but not received, {@code DAMAGE} for damage and
     * {@code DELAY} for a late delivery; empty otherwise.
     */
    public static Optional<LossKind> lossKindOf(Verdict verdict) {
        Objects.requireNonNull(verdict, "verdict");
        if (verdict.status() == Status.LOST || verdict.exception() == ExceptionType.LOST) {
            return Optional.of(LossKind.LOSS);
        }
        if (verdict.exception() == ExceptionType.NOT_RECEIVED) {
            return Optional.of(LossKind.NON_RECEIPT);
        }
        if (verdict.exception() == ExceptionType.DAMAGED) {
            return Optional.of(LossKind.DAMAGE);
        }
        if (verdict.status() == Status.DELIVERED_LATE) {
            return Optional.of(LossKind.DELAY);
        }
        return Optional.empty();
    }

    /**
     * The claim request for {@code shipment} under {@code verdict}, or empty where there is nobody
     * to claim from ({@code recoverFrom} is none, the seller or the buyer) or nothing to claim for.
     */
    public static Optional<ClaimRequest> from(Shipment shipment, Verdict verdict, LocalDate today) {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(today, "today");
        if (NOBODY_TO_CLAIM.contains(verdict.recoverFrom())) {
            return Optional.empty();
        }
        return lossKindOf(verdict).map(loss -> ClaimRequest.of(shipment, verdict.recoverFrom(), loss, today));
    }
}
