package dev.waybill.watch.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours in which the buyer is not written to, in the buyer's own time zone. A window whose
 * start is after its end spans midnight (the default, 21:00 to 08:00). Daylight-saving changes are
 * those of the zone: the window ends at 08:00 local time on the day the clocks move.
 *
 * @param from the local time quiet starts
 * @param until the local time quiet ends
 */
public record QuietHours(LocalTime from, LocalTime until) {

    /** 21:00 to 08:00. */
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    /** Validates the parts; equal ends mean no quiet hours. */
    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** True when {@code local} falls inside the window. */
    public boolean contains(LocalTime local) {
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until)
                ? !local.isBefore(from) && local.isBefore(until)
                : !local.isBefore(from) || local.isBefore(until);
    }

    /**
     * The first instant at or after {@code at} outside the window in {@code zone}: {@code at} itself
     * when it is outside, else the window's end.
     */
    public Instant releaseAt(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(until)) {
            day = day.plusDays(1);            // after the start, before midnight: ends tomorrow
        }
        return ZonedDateTime.ofLocal(LocalDateTime.of(day, until), zone, null).toInstant();
    }
}
