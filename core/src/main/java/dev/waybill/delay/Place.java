package dev.waybill.delay;

import dev.waybill.shipment.CountryCode;
import java.util.Objects;

/**
 * One end of a lane as a transit profile names it: a country, a region, or anywhere.
 * {@code Place.parse("CN")}, {@code Place.parse("EUROPE")}, {@code Place.parse("*")}.
 */
public sealed interface Place {

    /** Anywhere. */
    Place ANY = new Anywhere();

    /** True when {@code country} is in this place. */
    boolean contains(CountryCode country);

    /** How specific this place is: 2 for a country, 1 for a region, 0 for anywhere. */
    int specificity();

    /**
     * Parses a country code, a {@link Region} name or {@code *}.
     *
     * @throws IllegalArgumentException quoting the text when it is none of these
     */
    static Place parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.equals("*")) {
            return ANY;
        }
        for (Region region : Region.values()) {
            if (region.name().equals(trimmed)) {
                return new InRegion(region);
            }
        }
        if (trimmed.length() == 2) {
            return new Country(CountryCode.parse(trimmed));
        }
        throw new IllegalArgumentException("not a country code, a region or *: '" + text + "'");
    }

    /**
     * A single country.
     *
     * @param code the country
     */
    record Country(CountryCode code) implements Place {
        /** Validates the code. */
        public Country {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public boolean contains(CountryCode country) {
            return code.equals(country);
        }

        @Override
        public int specificity() {
            return 2;
        }

        @Override
        public String toString() {
            return code.value();
        }
    }

    /**
     * Every country of a region.
     *
     * @param region the region
     */
    record InRegion(Region region) implements Place {
        /** Validates the region. */
        public InRegion {
            Objects.requireNonNull(region, "region");
        }

        @Override
        public boolean contains(CountryCode country) {
            return region.countries().contains(country);
        }

        @Override
        public int specificity() {
            return 1;
        }

        @Override
        public String toString() {
            return region.name();
        }
    }

    /** Anywhere; use {@link Place#ANY}. */
    record Anywhere() implements Place {
        @Override
        public boolean contains(CountryCode country) {
            return true;
        }

        @Override
        public int specificity() {
            return 0;
        }

        @Override
        public String toString() {
            return "*";
        }
    }
}
