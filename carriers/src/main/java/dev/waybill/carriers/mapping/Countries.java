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

    private Countries() {
    }

    private static Map<String, String> alpha3Table() {
        Map<String, String> table = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            table.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        return Map.copyOf(table);
    }

    /** The country for an alpha-2 or alpha-3 code, if it is one. */
    public static Optional<CountryCode> tryParse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (normalised.length() == 3) {
            String alpha2 = ALPHA3_TO_ALPHA2.get(normalised);
            return alpha2 == null ? Optional.empty() : CountryCode.tryParse(alpha2);
        }
        return normalised.length() == 2 ? CountryCode.tryParse(normalised) : Optional.empty();
    }

    /** Like {@link #tryParse(String)} but null when absent, for optional builder fields. */
    public static CountryCode orNull(String code) {
        return tryParse(code).orElse(null);
    }
}
