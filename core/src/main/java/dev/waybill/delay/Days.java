package dev.waybill.delay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Calendar days in the zone a verdict counts days in, as epoch days (days since 1970-01-01): the
 * instants of a journey become whole days once, and the rules add and compare plain numbers.
 * {@code days.of(instant)} is {@code LocalDate.ofInstant(instant, zone).toEpochDay()} without the
 * date, and without new zone rules for every conversion in a fixed-offset zone.
 *
 * <p>Immutable and thread-safe.
 */
final class Days {

    private static final long SECONDS_PER_DAY = 24 * 60 * 60;

    /** The zone's offset when it never changes, else null. */
    private final ZoneOffset fixed;
    /** The zone's rules when its offset changes, else null. */
    private final ZoneRules rules;

    private Days(ZoneOffset fixed, ZoneRules rules) {
        this.fixed = fixed;
        this.rules = rules;
    }

    /** Days counted in {@code zone}. */
    static Days in(ZoneId zone) {
        return zone instanceof ZoneOffset offset ? new Days(offset, null) : new Days(null, zone.getRules());
    }

    /** The day {@code instant} falls on. */
    long of(Instant instant) {
        ZoneOffset offset = fixed != null ? fixed : rules.getOffset(instant);
        return Math.floorDiv(instant.getEpochSecond() + offset.getTotalSeconds(), SECONDS_PER_DAY);
    }

    /** The date of {@code day}. */
    static LocalDate date(long day) {
        return LocalDate.ofEpochDay(day);
    }

    /** Whole days from {@code from} to {@code to}, as {@code Duration.between(from, to).toDays()} counts them. */
    static long between(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        if (to.getNano() < from.getNano()) {
            seconds--;
        }
        return seconds / SECONDS_PER_DAY;
    }
}
