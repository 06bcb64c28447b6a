package dev.waybill.remedy;

import dev.waybill.delay.Cause;
import dev.waybill.liability.Party;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Stage;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a remedy was chosen, as a code: the shape of the reasoning ({@link Kind}), what happened
 * ({@link Situation}), what the shop should do ({@link Action}) and the values the sentence needs.
 * Its words come from the message catalogs, in any of their languages
 * ({@code dev.waybill.policies.remedy.RemedyReasons} renders it); the contract's {@code reason} is
 * its English rendering.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind                  the shape of the reasoning
 * @param situation             what happened to the parcel
 * @param stage                 where the parcel was lost ({@link Situation#LOST}); else where it is
 * @param cause                 the cause the sentence names ({@link Cause#NONE} or {@link Cause#UNKNOWN} for none)
 * @param days                  the days late ({@link Situation#ARRIVED_LATE}, {@link Situation#LATE}) or silent
 *                              ({@link Situation#STALLED}); 0 otherwise
 * @param replacementPreferredIn the market whose buyers prefer a replacement, where that decided the remedy
 * @param returnCostsMoreThan   the item's value, where returning it would cost more
 * @param action                what to do, for {@link Kind#SETTLED} and {@link Kind#LATE}
 * @param amount                the money the action names, where known
 * @param percent               the share of the order a lateness remedy or a goodwill coupon is worth
 * @param goodwill              true when a goodwill coupon is added to a settlement
 * @param goodwillCoupon        that coupon's value, where the order value is known
 * @param claimFrom             whom to claim the loss or damage from afterwards, where someone
 * @param apologise             for {@link Kind#AT_RISK}: true when the ladder apologises
 */
public record RemedyReason(Kind kind, Situation situation, Stage stage, Cause cause, int days,
                           Optional<CountryCode> replacementPreferredIn, Optional<Money> returnCostsMoreThan,
                           Optional<Action> action, Optional<Money> amount, Optional<BigDecimal> percent,
                           boolean goodwill, Optional<Money> goodwillCoupon, Optional<Party> claimFrom,
                           boolean apologise) {

    /** The shape of the reasoning. */
    public enum Kind {
        /** A fault settled by a refund, a replacement or an exchange, perhaps with a goodwill coupon and a claim. */
        SETTLED,
        /** Nothing is wrong: on track or delivered on time. */
        NOTHING_OWED,
        /** The cause is on the buyer's side, so nothing is owed. */
        BUYERS_SIDE,
        /** A late parcel earns the ladder's gesture for its days late. */
        LATE,
        /** An open problem that is not late yet: an apology or nothing yet. */
        AT_RISK
    }

    /** What happened to the parcel. */
    public enum Situation {
        /** Lost, at {@code stage}. */
        LOST,
        /** Shown delivered but not received. */
        NOT_RECEIVED,
        /** On its way back for a reason that is not the buyer's ({@code cause}). */
        RETURNED,
        /** The goods arrived damaged. */
        DAMAGED_ON_ARRIVAL,
        /** The carrier reports the goods damaged. */
        DAMAGED_ON_THE_WAY,
        /** The buyer received the wrong item. */
        WRONG_ITEM,
        /** Something was missing from the parcel. */
        MISSING_ITEM,
        /** Arrived {@code days} late. */
        ARRIVED_LATE,
        /** Is {@code days} late. */
        LATE,
        /** Well past its lane's normal transit time, without a promised date. */
        PAST_NORMAL_TRANSIT,
        /** On track. */
        ON_TRACK,
        /** Delivered on time. */
        DELIVERED_ON_TIME,
        /** Not picked up by the carrier yet. */
        NOT_PICKED_UP,
        /** Held by export customs. */
        EXPORT_HOLD,
        /** Held by customs. */
        CUSTOMS_HOLD,
        /** Not scanned for {@code days}. */
        STALLED,
        /** A delivery attempt failed. */
        DELIVERY_FAILED,
        /** Waiting at a pickup point. */
        AWAITING_PICKUP,
        /** On its way back. */
        RETURNING,
        /** Behind schedule. */
        BEHIND_SCHEDULE
    }

    /** What the shop should do. */
    public enum Action {
        /** Refund the order in full now. */
        REFUND_NOW,
        /** Refund the order in full once the item is back. */
        REFUND_ON_RETURN,
        /** Refund the order in full and let the buyer keep the item. */
        REFUND_AND_KEEP,
        /** Exchange it for the right item. */
        EXCHANGE_FOR_RIGHT_ITEM,
        /** Exchange it for a new one. */
        EXCHANGE_FOR_NEW,
        /** Send a replacement. */
        SEND_REPLACEMENT,
        /** Send a replacement and let the buyer keep the damaged item. */
        SEND_REPLACEMENT_AND_KEEP,
        /** Send the right item. */
        SEND_RIGHT_ITEM,
        /** Send the right item and let the buyer keep the wrong one. */
        SEND_RIGHT_ITEM_AND_KEEP,
        /** Send the missing item. */
        SEND_MISSING_ITEM,
        /** Reship the order now. */
        RESHIP_NOW,
        /** Apologise and give the buyer the new date. */
        APOLOGISE_WITH_NEW_DATE,
        /** Offer a coupon worth {@code percent} of the order. */
        OFFER_COUPON,
        /** Refund {@code percent} of the order. */
        REFUND_SHARE
    }

    /** Validates the parts. */
    public RemedyReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(replacementPreferredIn, "replacementPreferredIn");
        Objects.requireNonNull(returnCostsMoreThan, "returnCostsMoreThan");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(goodwillCoupon, "goodwillCoupon");
        Objects.requireNonNull(claimFrom, "claimFrom");
        if (days < 0) {
            throw new IllegalArgumentException("days is negative: " + days);
        }
        if ((kind == Kind.SETTLED || kind == Kind.LATE) != action.isPresent()) {
            throw new IllegalArgumentException(kind + (action.isPresent() ? " takes no action: " + action.get()
                    : " needs an action"));
        }
    }

    /** A reason of {@code kind} about {@code situation} at {@code stage}, naming {@code cause}, with nothing else. */
    public static RemedyReason of(Kind kind, Situation situation, Stage stage, Cause cause) {
        return new RemedyReason(kind, situation, stage, cause, 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), false);
    }

    /**
     * A reason of {@code kind} ({@link Kind#SETTLED} or {@link Kind#LATE}) about {@code situation}
     * at {@code stage}, naming {@code cause}, whose {@code action} names {@code amount} and
     * {@code percent} (either may be null).
     */
    public static RemedyReason of(Kind kind, Situation situation, Stage stage, Cause cause, Action action, Money amount,
                                  BigDecimal percent) {
        return new RemedyReason(kind, situation, stage, cause, 0, Optional.empty(), Optional.empty(),
                Optional.of(action), Optional.ofNullable(amount), Optional.ofNullable(percent), false, Optional.empty(),
                Optional.empty(), false);
    }

    /** This reason with {@code days}. */
    public RemedyReason withDays(int days) {
        return new RemedyReason(kind, situation, stage, cause, days, replacementPreferredIn, returnCostsMoreThan,
                action, amount, percent, goodwill, goodwillCoupon, claimFrom, apologise);
    }

    /** This reason noting that buyers in {@code market} prefer a replacement. */
    public RemedyReason withReplacementPreferredIn(CountryCode market) {
        return new RemedyReason(kind, situation, stage, cause, days, Optional.of(market), returnCostsMoreThan,
                action, amount, percent, goodwill, goodwillCoupon, claimFrom, apologise);
    }

    /** This reason noting that returning the item would cost more than its {@code value}. */
    public RemedyReason withReturnCostsMoreThan(Money value) {
        return new RemedyReason(kind, situation, stage, cause, days, replacementPreferredIn, Optional.of(value),
                action, amount, percent, goodwill, goodwillCoupon, claimFrom, apologise);
    }

    /** This reason with a goodwill coupon of {@code percent} of the order, worth {@code coupon} (or unknown). */
    public RemedyReason withGoodwill(BigDecimal percent, Money coupon) {
        return new RemedyReason(kind, situation, stage, cause, days, replacementPreferredIn, returnCostsMoreThan,
                action, amount, Optional.of(percent), true, Optional.ofNullable(coupon), claimFrom, apologise);
    }

    /** This reason claiming the loss or damage from {@code party} afterwards. */
    public RemedyReason withClaimFrom(Party party) {
        return new RemedyReason(kind, situation, stage, cause, days, replacementPreferredIn, returnCostsMoreThan,
                action, amount, percent, goodwill, goodwillCoupon, Optional.of(party), apologise);
    }

    /** This reason with the ladder's apology for a parcel at risk. */
    public RemedyReason withApology() {
        return new RemedyReason(kind, situation, stage, cause, days, replacementPreferredIn, returnCostsMoreThan,
                action, amount, percent, goodwill, goodwillCoupon, claimFrom, true);
    }
}
