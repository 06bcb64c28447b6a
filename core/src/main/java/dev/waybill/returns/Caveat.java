package dev.waybill.returns;

import dev.waybill.source.Confidence;
import java.util.Objects;

/**
 * A fact of a rule that research could not verify, or where sources conflict, and which part of an
 * answer it touches. A decision's {@code basis} carries the caveats of the parts it rests on, for
 * example {@code "... (unverified: scope for online sales)"}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param topic      the part of an answer the caveat touches
 * @param confidence the research mark: {@link Confidence#SECONDARY}, {@link Confidence#CONFLICTING}
 *                   or {@link Confidence#UNVERIFIED} (a verified fact needs no caveat)
 * @param note       what is uncertain and which reading the rule encodes
 */
public record Caveat(Topic topic, Confidence confidence, String note) {

    /** The part of an answer a caveat touches. */
    public enum Topic {
        /** The rule as a whole: shown in every answer under it. */
        RULE,
        /**
         * The roll-over of a last day that falls on a rest day or public holiday: shown when the last
         * day is such a day (it moved, or the rule does not move it).
         */
        ROLL_OVER,
        /** The extension when the buyer was not informed: shown when it applied. */
        NOT_INFORMED,
        /** The category exceptions: shown for any category other than {@link ReturnCategory#STANDARD}. */
        EXCLUSIONS,
        /** The refund deadline: shown in every answer, since every answer carries it. */
        REFUND,
        /** Who pays the return: shown in every answer, since every answer carries it. */
        RETURN_SHIPPING
    }

    /** Validates the parts. */
    public Caveat {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(note, "note");
        if (confidence.isVerified()) {
            throw new IllegalArgumentException("a caveat marks an unverified or conflicting fact, not " + confidence);
        }
        if (note.isBlank()) {
            throw new IllegalArgumentException("caveat note is blank");
        }
    }

    /** The caveat as it appears in a basis: {@code "(unverified: ...)"} or {@code "(conflicting sources: ...)"}. */
    public String render() {
        return switch (confidence) {
            case CONFLICTING -> "(conflicting sources: " + note + ")";
            case SECONDARY -> "(unverified, single secondary source: " + note + ")";
            default -> "(unverified: " + note + ")";
        };
    }
}
