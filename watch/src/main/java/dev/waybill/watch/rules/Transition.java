package dev.waybill.watch.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of one field of a shipment's verdict, recorded once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipment the shipment's id
 * @param at       the instant the change was seen (the tick's or the intake's instant)
 * @param field    what changed
 * @param from     the value before, null for the first verdict
 * @param to       the value now (an ETA as its likely date, null when there is none)
 * @param cause    what caused it
 */
public record Transition(String shipment, Instant at, Field field, String from, String to, Trigger cause) {

    /** Validates the parts. */
    public Transition {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(cause, "cause");
        if (Objects.equals(from, to)) {
            throw new IllegalArgumentException("not a change: " + field + " " + from + " -> " + to);
        }
    }

    /** A stable key of this transition: the same change seen at the same instant has the same key. */
    public String key() {
        return field + ":" + from + "->" + to + "@" + at;
    }
}
