package dev.waybill.shipment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, upper case.
 *
 * <p>Immutable and thread-safe. {@code CountryCode.parse("fr")} gives {@code FR};
 * {@code toString()} round-trips through {@link #parse(String)}. {@link #parse}, {@link #of} and
 * {@link #tryParse} answer one shared instance per code (compare with {@code equals} all the same).
 *
 * @param value the two upper-case letters
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    /**
     * One instance per assigned code, by its letters ({@link #index(int, int)}): stores and
     * adapters read the same few codes millions of times, and lanes compare equal codes by reference first.
     */
    private static final CountryCode[] BY_LETTERS = new CountryCode[26 * 26];

    static {
        for (String code : ISO_COUNTRIES) {
            BY_LETTERS[index(upper(code.charAt(0)), upper(code.charAt(1)))] = new CountryCode(code);
        }
    }

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
        CountryCode known = known(text);
        return known != null ? known : new CountryCode(text.strip().toUpperCase(Locale.ROOT));   // refuses it
    }

    /** Parses like {@link #parse(String)} but answers empty instead of throwing. */
    public static Optional<CountryCode> tryParse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(known(text));
    }

    /**
     * The shared instance of the assigned code {@code text} names once stripped and upper-cased (as
     * {@code Locale.ROOT} upper-cases); null when it names none. Two ASCII letters skip the normalising.
     */
    private static CountryCode known(String text) {
        if (text.length() == 2) {
            int first = upper(text.charAt(0));
            int second = upper(text.charAt(1));
            if (first >= 0 && second >= 0) {
                return BY_LETTERS[index(first, second)];
            }
        }
        String normalised = text.strip().toUpperCase(Locale.ROOT);
        return normalised.length() == 2 && ISO_COUNTRIES.contains(normalised)
                ? BY_LETTERS[index(upper(normalised.charAt(0)), upper(normalised.charAt(1)))] : null;
    }

    /** The place in {@link #BY_LETTERS} of the code whose letters are {@code first} and {@code second} (0 to 25). */
    private static int index(int first, int second) {
        return first * 26 + second;
    }

    /** 0 to 25 for an ASCII letter of either case, else -1. */
    private static int upper(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        return c >= 'a' && c <= 'z' ? c - 'a' : -1;
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
