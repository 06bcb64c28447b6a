package dev.waybill.returns;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The time a market's law gives to withdraw: its length and day type, the event it runs from, how
 * the first day counts, whether a last day on a rest day or public holiday moves to the next
 * working day, and the extension when the buyer was not informed.
 *
 * <p>Immutable and thread-safe. The EU rule reads
 * {@code new WithdrawalPeriod(14, CALENDAR, LAST_DELIVERY, DAY_AFTER_EVENT, true, Set.of(SATURDAY, SUNDAY), new NotInformedExtension(12, PERIOD_END))}.
 *
 * @param days        the length of the period
 * @param dayType     calendar or business days
 * @param start       the event the period runs from
 * @param firstDay    whether the day of that event is day 1
 * @param rollOver    true when a last day that is a rest day or public holiday moves to the next working day
 * @param restDays    the weekdays that are not working days, for roll-over and business-day counting
 * @param notInformed the extension when the buyer was not informed; empty where the law has none
 */
public record WithdrawalPeriod(int days, DayType dayType, PeriodStart start, FirstDay firstDay, boolean rollOver,
                               Set<DayOfWeek> restDays, Optional<NotInformedExtension> notInformed) {

    /** Validates the parts and copies the rest days. */
    public WithdrawalPeriod {
        Objects.requireNonNull(dayType, "dayType");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(restDays, "restDays");
        Objects.requireNonNull(notInformed, "notInformed");
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("period days must be between 1 and 365, got " + days);
        }
        restDays = restDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(restDays));
        if (restDays.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("every weekday is a rest day");
        }
        if ((rollOver || dayType == DayType.BUSINESS) && restDays.isEmpty()) {
            throw new IllegalArgumentException("roll-over and business days need the rest days of the week");
        }
    }

    /** A period whose not-informed extension is a plain value, null where the law has none. */
    public WithdrawalPeriod(int days, DayType dayType, PeriodStart start, FirstDay firstDay, boolean rollOver,
                            Set<DayOfWeek> restDays, NotInformedExtension notInformed) {
        this(days, dayType, start, firstDay, rollOver, restDays, Optional.ofNullable(notInformed));
    }
}
