package dev.waybill.carriers.mapping;

import dev.waybill.shipment.CountryCode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the country codes carriers send: ISO 3166-1 alpha-2 ({@code CN}) or alpha-3 ({@code CHN},
 * AfterShip's choice), any case. Anything else is treated as absent, not as an error.
 */
public final class Countries {

    private static final Map<String, String> ALPHA3_TO_ALPHA2 = alpha3Table();
    /** Every country by its alpha-2 and alpha-3 code, upper case: the codes as carriers mostly send them. */
    private static final Map<String, CountryCode> BY_CODE = codeTable();

    private Countries() {
    }

    private static Map<String, String> alpha3Table() {
        Map<String, String> table = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            table.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        return Map.copyOf(table);
    }

    private static Map<String, CountryCode> codeTable() {
        Map<String, CountryCode> table = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            CountryCode.tryParse(alpha2).ifPresent(country -> table.put(alpha2, country));
        }
        ALPHA3_TO_ALPHA2.forEach((alpha3, alpha2) -> {
            if (table.containsKey(alpha2)) {
                table.put(alpha3, table.get(alpha2));
            }
        });
        return Map.copyOf(table);
    }

    /** The country for an alpha-2 or alpha-3 code, if it is one. */
    public static Optional<CountryCode> tryParse(String code) {
        return Optional.ofNullable(orNull(code));
    }

    /** Like {@link #tryParse(String)} but null when absent, for optional builder fields. */
    public static CountryCode orNull(String code) {
        if (code == null) {
            return null;
        }
        CountryCode exact = BY_CODE.get(code);
        return exact != null ? exact : parse(code);
    }

    private static CountryCode parse(String code) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (normalised.length() == 3) {
            String alpha2 = ALPHA3_TO_ALPHA2.get(normalised);
            return alpha2 == null ? null : CountryCode.tryParse(alpha2).orElse(null);
        }
        return normalised.length() == 2 ? CountryCode.tryParse(normalised).orElse(null) : null;
    }
}
