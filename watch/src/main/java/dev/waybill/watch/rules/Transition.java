package dev.waybill.watch.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of one field of a shipment's verdict, recorded once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipment the shipment's id
 * @param at       the instant the change was seen (the tick's or the intake's instant)
 * @param field    what changed
 * @param from     the value before; empty for the first verdict
 * @param to       the value now (an ETA as its likely date); empty when there is none
 * @param cause    what caused it
 */
public record Transition(String shipment, Instant at, Field field, Optional<String> from, Optional<String> to,
                         Trigger cause) {

    /** Validates the parts. */
    public Transition {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cause, "cause");
        if (from.equals(to)) {
            throw new IllegalArgumentException("not a change: " + field + " " + from.orElse(null) + " -> "
                    + to.orElse(null));
        }
    }

    /** The same, the values given as plain text, null for none. */
    public Transition(String shipment, Instant at, Field field, String from, String to, Trigger cause) {
        this(shipment, at, field, Optional.ofNullable(from), Optional.ofNullable(to), cause);
    }

    /**
     * A stable key of this transition: the same change seen at the same instant has the same key (an
     * absent value is written {@code null}, as it always was: notice ids are derived from these keys).
     */
    public String key() {
        return field + ":" + from.orElse(null) + "->" + to.orElse(null) + "@" + at;
    }
}
