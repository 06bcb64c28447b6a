package dev.waybill.returns;

import dev.waybill.shipment.CountryCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The date arithmetic of a withdrawal period: counting calendar or business days from the start
 * event, the not-informed extension, and the roll-over of a last day that is not a working day.
 */
final class PeriodCalculator {

    /** More consecutive non-working days than any calendar has: a guard against a broken calendar. */
    private static final int MAX_NON_WORKING_RUN = 60;

    private final HolidayCalendar holidays;

    PeriodCalculator(HolidayCalendar holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /**
     * The last day to notify.
     *
     * @param lastDay    the last day, after any roll-over
     * @param rolledFrom the last day before it rolled over; null when it did not move
     * @param extended   true when the not-informed extension applied
     */
    record LastDay(LocalDate lastDay, LocalDate rolledFrom, boolean extended) {
    }

    LastDay lastDay(CountryCode country, WithdrawalPeriod period, LocalDate start, boolean notInformed) {
        LocalDate end = initialEnd(country, period, start);
        boolean extended = false;
        if (notInformed && period.notInformed().isPresent()) {
            NotInformedExtension extension = period.notInformed().get();
            LocalDate from = extension.from() == NotInformedExtension.From.PERIOD_END ? end : start;
            end = from.plusMonths(extension.months());
            extended = true;
        }
        LocalDate last = period.rollOver() ? nextWorkingDay(country, period, end) : end;
        return new LastDay(last, last.equals(end) ? null : end, extended);
    }

    private LocalDate initialEnd(CountryCode country, WithdrawalPeriod period, LocalDate start) {
        LocalDate day = period.firstDay() == FirstDay.DAY_AFTER_EVENT ? start.plusDays(1) : start;
        if (period.dayType() == DayType.CALENDAR) {
            return day.plusDays(period.days() - 1L);
        }
        int counted = 0;
        int skipped = 0;
        while (true) {
            if (isWorkingDay(country, period, day)) {
                counted++;
                skipped = 0;
                if (counted == period.days()) {
                    return day;
                }
            } else if (++skipped > MAX_NON_WORKING_RUN) {
                throw new IllegalStateException("no working day in " + country + " for " + MAX_NON_WORKING_RUN
                        + " days after " + day.minusDays(MAX_NON_WORKING_RUN) + ": check the holiday calendar");
            }
            day = day.plusDays(1);
        }
    }

    private LocalDate nextWorkingDay(CountryCode country, WithdrawalPeriod period, LocalDate day) {
        LocalDate candidate = day;
        for (int i = 0; i <= MAX_NON_WORKING_RUN; i++) {
            if (isWorkingDay(country, period, candidate)) {
                return candidate;
            }
            candidate = candidate.plusDays(1);
        }
        throw new IllegalStateException("no working day in " + country + " for " + MAX_NON_WORKING_RUN + " days after "
                + day + ": check the holiday calendar");
    }

    boolean isWorkingDay(CountryCode country, WithdrawalPeriod period, LocalDate day) {
        return !period.restDays().contains(day.getDayOfWeek()) && !holidays.isPublicHoliday(country, day);
    }
}
