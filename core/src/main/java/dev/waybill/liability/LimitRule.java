package dev.waybill.liability;

import dev.waybill.source.Source;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One dated liability limit of a regime: which losses it caps, from which date of carriage, how,
 * and on what authority. A regime's limits for a loss kind follow each other in time: the one in
 * force for a shipment is the latest whose {@code from} is on or before its date of carriage.
 *
 * <p>Immutable and thread-safe.
 *
 * @param losses the loss kinds it caps, not empty
 * @param from   the first date of carriage it applies to; empty for "since the regime began"
 * @param limit  the cap
 * @param source the citation, research row and confidence
 */
public record LimitRule(Set<LossKind> losses, Optional<LocalDate> from, LiabilityLimit limit, Source source) {

    /** Validates the parts and copies the loss kinds. */
    public LimitRule {
        Objects.requireNonNull(losses, "losses");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(source, "source");
        if (losses.isEmpty()) {
            throw new IllegalArgumentException("a limit must cap at least one loss kind");
        }
        losses = Set.copyOf(EnumSet.copyOf(losses));
    }

    /** A rule whose first date is a plain date, null for "since the regime began". */
    public LimitRule(Set<LossKind> losses, LocalDate from, LiabilityLimit limit, Source source) {
        this(losses, Optional.ofNullable(from), limit, source);
    }

    /** A rule for every loss kind; {@code from} null for "since the regime began". */
    public static LimitRule of(LocalDate from, LiabilityLimit limit, Source source) {
        return new LimitRule(EnumSet.allOf(LossKind.class), from, limit, source);
    }

    /** True when this rule caps {@code loss} for goods carried on {@code carriedOn}. */
    public boolean appliesTo(LossKind loss, LocalDate carriedOn) {
        return losses.contains(loss) && from.filter(carriedOn::isBefore).isEmpty();
    }
}
