package dev.waybill.remedy;

import java.util.EnumSet;
import java.util.Set;

/**
 * What went wrong for the buyer beyond lateness, each settled in full by the compensation ladder:
 * a refund, a reship or an exchange. Each fault allows only the remedies that make sense for it
 * (a lost parcel cannot be exchanged).
 */
public enum Fault {
    /** The parcel is lost. */
    LOST(EnumSet.of(RemedyKind.FULL_REFUND, RemedyKind.RESHIP), false),
    /** The carrier shows it delivered, the buyer says it never came. */
    NOT_RECEIVED(EnumSet.of(RemedyKind.FULL_REFUND, RemedyKind.RESHIP), false),
    /** The parcel is going back to the sender for a reason that is not the buyer's. */
    RETURNED(EnumSet.of(RemedyKind.FULL_REFUND, RemedyKind.RESHIP), false),
    /** The goods arrived damaged. */
    DAMAGED(EnumSet.of(RemedyKind.FULL_REFUND, RemedyKind.EXCHANGE, RemedyKind.RESHIP), true),
    /** The buyer received the wrong item. */
    WRONG_ITEM(EnumSet.of(RemedyKind.FULL_REFUND, RemedyKind.EXCHANGE, RemedyKind.RESHIP), true),
    /** Something was missing from the parcel. */
    MISSING_ITEM(EnumSet.of(RemedyKind.FULL_REFUND, RemedyKind.RESHIP), false);

    private final Set<RemedyKind> allowed;
    private final boolean itemWithBuyer;

    Fault(Set<RemedyKind> allowed, boolean itemWithBuyer) {
        this.allowed = Set.copyOf(allowed);
        this.itemWithBuyer = itemWithBuyer;
    }

    /** The remedies a ladder may name for this fault. */
    public Set<RemedyKind> allowed() {
        return allowed;
    }

    /** True when the buyer holds an item that could be sent back (damaged or wrong goods). */
    public boolean itemWithBuyer() {
        return itemWithBuyer;
    }
}
