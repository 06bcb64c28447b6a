package dev.waybill.liability;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a dated rule is in force: from {@code from} to {@code to}, both inclusive, either end
 * open when empty.
 *
 * <p>Immutable and thread-safe. {@code Validity.from(LocalDate.parse("2026-01-18"))} is in force
 * from 18 January 2026 on.
 *
 * @param from the first day in force; empty for "since the rule began"
 * @param to   the last day in force; empty for "still in force"
 */
public record Validity(Optional<LocalDate> from, Optional<LocalDate> to) {

    /** A rule in force on every day. */
    public static final Validity ALWAYS = new Validity(Optional.empty(), Optional.empty());

    /** Validates the order of the two ends. */
    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("validity ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
    }

    /** A validity whose ends are plain dates, null for an open end. */
    public Validity(LocalDate from, LocalDate to) {
        this(Optional.ofNullable(from), Optional.ofNullable(to));
    }

    /** In force from {@code from} on. */
    public static Validity from(LocalDate from) {
        return new Validity(Optional.of(Objects.requireNonNull(from, "from")), Optional.empty());
    }

    /** True when the rule is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return from.filter(day::isBefore).isEmpty() && to.filter(day::isAfter).isEmpty();
    }

    @Override
    public String toString() {
        if (from.isEmpty() && to.isEmpty()) {
            return "always";
        }
        return from.map(day -> "from " + day).orElse("") + (from.isPresent() && to.isPresent() ? " " : "")
                + to.map(day -> "to " + day).orElse("");
    }
}
