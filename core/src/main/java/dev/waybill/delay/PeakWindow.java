package dev.waybill.delay;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.ValueRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * When a peak season falls in a given year. Four kinds cover the calendar that matters to
 * cross-border shops: fixed dates (11.11, the December run), days around US Thanksgiving (Black
 * Friday to Cyber Monday), days around Chinese New Year (from a table of dates), and Hijri dates
 * (Ramadan, the two Eids), which {@link HijrahChronology} converts.
 */
public sealed interface PeakWindow {

    /** The date ranges of this window that start or end in {@code year}. */
    List<DateRange> occurrences(int year);

    /**
     * The same month-days every year; {@code to} before {@code from} wraps into the next year.
     *
     * @param from the first day
     * @param to   the last day
     */
    record Fixed(MonthDay from, MonthDay to) implements PeakWindow {
        /** Validates both days. */
        public Fixed {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public List<DateRange> occurrences(int year) {
            LocalDate start = from.atYear(year);
            LocalDate end = to.atYear(year);
            if (end.isBefore(start)) {
                return List.of(DateRange.of(from.atYear(year - 1), end), DateRange.of(start, to.atYear(year + 1)));
            }
            return List.of(DateRange.of(start, end));
        }
    }

    /**
     * Days relative to US Thanksgiving (the fourth Thursday of November): Black Friday is +1,
     * Cyber Monday +4.
     *
     * @param fromOffset the first day, in days after Thanksgiving
     * @param toOffset   the last day, in days after Thanksgiving
     */
    record AroundThanksgiving(int fromOffset, int toOffset) implements PeakWindow {
        /** Validates the order of the offsets. */
        public AroundThanksgiving {
            if (toOffset < fromOffset) {
                throw new IllegalArgumentException("toOffset before fromOffset");
            }
        }

        /** US Thanksgiving of {@code year}. */
        public static LocalDate thanksgiving(int year) {
            return LocalDate.of(year, Month.NOVEMBER, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }

        @Override
        public List<DateRange> occurrences(int year) {
            LocalDate day = thanksgiving(year);
            return List.of(DateRange.of(day.plusDays(fromOffset), day.plusDays(toOffset)));
        }
    }

    /**
     * Days around Chinese New Year, from a table of its dates (the lunar calendar is not in the JDK).
     * Years missing from the table have no occurrence.
     *
     * @param newYearDays the first day of the lunar year, by Gregorian year
     * @param daysBefore  how many days before New Year the window opens (factories close early)
     * @param daysAfter   how many days after New Year it closes (the return to work)
     */
    record AroundLunarNewYear(Map<Integer, LocalDate> newYearDays, int daysBefore, int daysAfter)
            implements PeakWindow {
        /** Validates and copies the table. */
        public AroundLunarNewYear {
            newYearDays = Map.copyOf(new TreeMap<>(newYearDays));
            newYearDays.forEach((year, day) -> {
                if (day.getYear() != year) {
                    throw new IllegalArgumentException("lunar new year of " + year + " given as " + day);
                }
            });
            if (daysBefore < 0 || daysAfter < 0) {
                throw new IllegalArgumentException("days around lunar new year must not be negative");
            }
        }

        @Override
        public List<DateRange> occurrences(int year) {
            LocalDate day = newYearDays.get(year);
            return day == null ? List.of() : List.of(DateRange.of(day.minusDays(daysBefore), day.plusDays(daysAfter)));
        }
    }

    /**
     * Days of the Hijri (Umm al-Qura) calendar, converted by {@link HijrahChronology}: for example
     * Ramadan is month 9, days 1 to 30 (the chronology knows whether it has 29 or 30 days), Eid
     * al-Fitr starts on 10/1 and Eid al-Adha on 12/10.
     *
     * @param fromMonth the Hijri month of the first day
     * @param fromDay   the first day in that month
     * @param toMonth   the Hijri month of the last day
     * @param toDay     the last day; clamped to the length of the month
     */
    record Hijri(int fromMonth, int fromDay, int toMonth, int toDay) implements PeakWindow {
        /** Validates the months and days. */
        public Hijri {
            if (fromMonth < 1 || fromMonth > 12 || toMonth < fromMonth || toMonth > 12
                    || fromDay < 1 || fromDay > 30 || toDay < 1 || toDay > 30) {
                throw new IllegalArgumentException("not a Hijri day range: " + fromMonth + "/" + fromDay
                        + " to " + toMonth + "/" + toDay);
            }
        }

        /** Years outside the chronology's Umm al-Qura table (about 1882 to 2174) have no occurrence. */
        @Override
        public List<DateRange> occurrences(int year) {
            List<DateRange> ranges = new ArrayList<>();
            for (int hijriYear : hijriYearsOf(year)) {
                LocalDate start = LocalDate.from(HijrahChronology.INSTANCE.date(hijriYear, fromMonth, fromDay));
                HijrahDate monthStart = HijrahChronology.INSTANCE.date(hijriYear, toMonth, 1);
                int lastDay = Math.min(toDay, monthStart.lengthOfMonth());
                LocalDate end = LocalDate.from(HijrahChronology.INSTANCE.date(hijriYear, toMonth, lastDay));
                if (start.getYear() == year || end.getYear() == year) {
                    ranges.add(DateRange.of(start, end));
                }
            }
            return ranges;
        }

        /** The Hijri years that can fall in Gregorian {@code year} and that the chronology covers. */
        private static List<Integer> hijriYearsOf(int year) {
            int first;
            try {
                first = HijrahChronology.INSTANCE.date(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
            } catch (DateTimeException outsideTable) {
                return List.of();
            }
            ValueRange covered = HijrahChronology.INSTANCE.range(ChronoField.YEAR);
            return Stream.of(first, first + 1).filter(covered::isValidValue).toList();
        }
    }
}
