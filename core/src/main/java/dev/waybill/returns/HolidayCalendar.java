package dev.waybill.returns;

import dev.waybill.shipment.CountryCode;
import java.time.LocalDate;

/**
 * Which days are public holidays in a country, for rolling a last day over and for counting
 * business days. Core holds no holiday tables: {@code dev.waybill.policies.returns.JollydayHolidayCalendar}
 * answers from the Jollyday library, and a shop may supply its own (a regional calendar, a
 * government's yearly notice).
 *
 * <p>Implementations must be thread-safe and answer the same for the same arguments.
 */
public interface HolidayCalendar {

    /** True when {@code date} is a public (non-working) holiday nationwide in {@code country}. */
    boolean isPublicHoliday(CountryCode country, LocalDate date);

    /**
     * True when this calendar knows the public holidays of {@code country}. Where it does not,
     * {@link #isPublicHoliday} answers false and an answer that relied on it says so.
     */
    boolean covers(CountryCode country);

    /** A calendar that knows no holidays anywhere: only the rest days of the week stop the clock. */
    static HolidayCalendar none() {
        return new HolidayCalendar() {
            @Override
            public boolean isPublicHoliday(CountryCode country, LocalDate date) {
                return false;
            }

            @Override
            public boolean covers(CountryCode country) {
                return false;
            }

            @Override
            public String toString() {
                return "HolidayCalendar.none()";
            }
        };
    }
}
