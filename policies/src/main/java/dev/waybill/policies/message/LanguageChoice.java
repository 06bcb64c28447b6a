package dev.waybill.policies.message;

import com.ibm.icu.util.ULocale;
import dev.waybill.shipment.CountryCode;
import java.util.Locale;

/**
 * Which templates and which formatting locale a message uses. The language is the request's, else
 * the shipment's, else the destination's main language (CLDR likely subtags: {@code SA} gives
 * {@code ar}, {@code BR} gives {@code pt}), else English; a language without templates falls back
 * to English and says so. Dates and numbers follow the requested language in the destination's
 * region when the request names no region ({@code ar} to {@code AE} formats as {@code ar-AE}).
 *
 * @param catalog   the templates to use
 * @param requested the language asked for or chosen
 * @param fellBack  true when {@code requested} has no templates and English is used
 * @param format    the locale dates, money and numbers are formatted in
 */
record LanguageChoice(Catalog catalog, Locale requested, boolean fellBack, ULocale format) {

    static LanguageChoice choose(MessageTemplates templates, Locale request, Locale shipment, CountryCode destination) {
        Locale requested = request != null ? request
                : shipment != null ? shipment
                : mainLanguage(destination);
        return templates.catalogFor(requested)
                .map(catalog -> new LanguageChoice(catalog, requested, false, formatLocale(requested, destination)))
                .orElseGet(() -> {
                    Catalog english = templates.english();
                    return new LanguageChoice(english, requested, true,
                            formatLocale(english.language(), destination));
                });
    }

    private static Locale mainLanguage(CountryCode destination) {
        ULocale likely = ULocale.addLikelySubtags(new ULocale("und", destination.value()));
        if (likely.getLanguage().isEmpty() || likely.getLanguage().equals("und")) {
            return Locale.ENGLISH;
        }
        return new Locale.Builder().setLanguage(likely.getLanguage()).setRegion(destination.value()).build();
    }

    private static ULocale formatLocale(Locale language, CountryCode destination) {
        ULocale locale = ULocale.forLocale(language);
        if (!locale.getCountry().isEmpty()) {
            return locale;
        }
        return new ULocale.Builder().setLocale(locale).setRegion(destination.value()).build();
    }
}
