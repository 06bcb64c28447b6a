package dev.waybill.remedy;

import java.util.Objects;

/**
 * The words a remedy's codes are written in: its {@link RemedyReason} and the basis of its
 * {@link MarketplaceStanding}. {@code dev.waybill.policies.message.RemedyReasons} gives them from the
 * message catalogs in any of their languages (the command's output is its English); {@link #codes()}
 * writes the codes themselves.
 *
 * <p>Implementations are thread-safe.
 */
public interface RemedyWords {

    /** {@code reason} in words. */
    String reason(RemedyReason reason);

    /** Why {@code standing} counts against the shop or not, in words. */
    String basis(MarketplaceStanding standing);

    /** The codes as they are: a reason as {@code KIND/SITUATION} ({@code LATE/ARRIVED_LATE}), a basis by its name. */
    static RemedyWords codes() {
        return CodeWords.INSTANCE;
    }
}

/** {@link RemedyWords#codes()}: the codes as words. */
enum CodeWords implements RemedyWords {
    INSTANCE;

    @Override
    public String reason(RemedyReason reason) {
        Objects.requireNonNull(reason, "reason");
        return reason.kind() + "/" + reason.situation();
    }

    @Override
    public String basis(MarketplaceStanding standing) {
        return standing.basis().name();
    }
}
