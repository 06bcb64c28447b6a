package dev.waybill.liability;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a dated rule is in force: from {@code from} to {@code to}, both inclusive, either end
 * open when null.
 *
 * <p>Immutable and thread-safe. {@code Validity.from(LocalDate.parse("2026-01-18"))} is in force
 * from 18 January 2026 on.
 *
 * @param from the first day in force; null for "since the rule began"
 * @param to   the last day in force; null for "still in force"
 */
public record Validity(LocalDate from, LocalDate to) {

    /** A rule in force on every day. */
    public static final Validity ALWAYS = new Validity(null, null);

    /** Validates the order of the two ends. */
    public Validity {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("validity ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** In force from {@code from} on. */
    public static Validity from(LocalDate from) {
        return new Validity(Objects.requireNonNull(from, "from"), null);
    }

    /** True when the rule is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    @Override
    public String toString() {
        if (from == null && to == null) {
            return "always";
        }
        return (from == null ? "" : "from " + from) + (from != null && to != null ? " " : "")
                + (to == null ? "" : "to " + to);
    }
}
