package dev.waybill.delay;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of calendar days, {@code from} to {@code to} inclusive.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day
 * @param to   the last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** Validates the order of the two days. */
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + " to " + to);
        }
    }

    /** The days {@code from} to {@code to} inclusive. */
    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    /** True when the two ranges share at least one day. */
    public boolean overlaps(DateRange other) {
        return !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + ".." + to;
    }
}
