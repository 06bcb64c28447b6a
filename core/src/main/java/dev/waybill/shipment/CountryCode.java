package dev.waybill.shipment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, upper case.
 *
 * <p>Immutable and thread-safe. {@code CountryCode.parse("fr")} gives {@code FR};
 * {@code toString()} round-trips through {@link #parse(String)}.
 *
 * @param value the two upper-case letters
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    /** Validates {@code value}; prefer {@link #parse(String)}, which also normalises case. */
    public CountryCode {
        Objects.requireNonNull(value, "value");
        if (!ISO_COUNTRIES.contains(value)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: '" + value + "'");
        }
    }

    /**
     * Parses a country code, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException if {@code text} is not an assigned alpha-2 code
     */
    public static CountryCode parse(String text) {
        Objects.requireNonNull(text, "text");
        return new CountryCode(text.strip().toUpperCase(Locale.ROOT));
    }

    /** Parses like {@link #parse(String)} but answers empty instead of throwing. */
    public static Optional<CountryCode> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.strip().toUpperCase(Locale.ROOT);
        return ISO_COUNTRIES.contains(normalised) ? Optional.of(new CountryCode(normalised)) : Optional.empty();
    }

    /** Same as {@link #parse(String)}; reads well for constants: {@code CountryCode.of("US")}. */
    public static CountryCode of(String text) {
        return parse(text);
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * True when goods move between this country and {@code other} without a customs declaration:
     * the same country, or one customs territory ({@code DE} and {@code FR}, {@code CH} and {@code LI});
     * see {@link Lane#crossesCustoms()}.
     */
    public boolean sharesCustomsTerritoryWith(CountryCode other) {
        return !CustomsTerritories.crossesCustoms(this, other);
    }
}
