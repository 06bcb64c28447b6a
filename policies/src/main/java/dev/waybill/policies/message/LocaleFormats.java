package dev.waybill.policies.message;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/**
 * Dates, money, lists and country names the way a locale writes them, from CLDR through ICU4J:
 * the locale's month names, order, digits and calendar (a Thai buyer reads the Buddhist year).
 * One CLDR implementation for plurals, dates and numbers keeps the digits of a message consistent.
 * Immutable and thread-safe: every call builds its own formatter.
 */
final class LocaleFormats {

    private final ULocale locale;

    LocaleFormats(ULocale locale) {
        this.locale = locale;
    }

    /** The locale formatting follows. */
    ULocale locale() {
        return locale;
    }

    /**
     * A date with its weekday: in full for email and chat ({@code Friday, November 20}), abbreviated
     * for SMS ({@code Fri, Nov 20}); the year only when it is not the year of {@code today}.
     */
    String date(LocalDate date, LocalDate today, boolean brief) {
        String skeleton = (date.getYear() == today.getYear() ? "" : "y") + (brief ? "MMMEd" : "MMMMEEEEd");
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(new Date(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
    }

    /** An amount with its currency, for example {@code 19,90 €} in German. */
    String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(money.currency().getCurrencyCode()));
        return format.format(money.amount());
    }

    /** Items joined the way the locale lists them: {@code A, B and C}, {@code A、B和C}. */
    String list(List<String> items) {
        return ListFormatter.getInstance(locale).format(items);
    }

    /** The country's name in the locale's language. */
    String country(CountryCode country) {
        return new ULocale("und", country.value()).getDisplayCountry(locale);
    }
}
