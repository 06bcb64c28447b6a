package dev.waybill.carriers.mapping;

import dev.waybill.shipment.CountryCode;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A place a carrier names, as {@link Places} resolves it: the country, and where the text names a
 * gazetteer city, that city and its IANA zone.
 *
 * <p>Immutable and thread-safe, a value: equal when all parts are.
 * {@code Places.defaults().resolve("LOS ANGELES, CA")} gives
 * {@code Place[country=US, city=Los Angeles, zone=America/Los_Angeles]}.
 */
public final class Place {

    // Read by ShipmentDraft without an Optional: a country-only place is made for many events parsed.
    final CountryCode country;
    final String city;
    final ZoneId zone;

    /**
     * A place from its parts.
     *
     * @param country the country; never null
     * @param city    the gazetteer's name of the city; null or blank when the text names none in
     *                {@code country}
     * @param zone    the city's zone, else the country's only zone; null when neither is known (a city
     *                unknown in a country with several zones)
     */
    public Place(CountryCode country, String city, ZoneId zone) {
        this.country = Objects.requireNonNull(country, "country");
        this.city = city == null || city.isBlank() ? null : city;
        this.zone = zone;
    }

    /** The country. */
    public CountryCode country() {
        return country;
    }

    /** The gazetteer's name of the city; empty when the text names none in {@link #country()}. */
    public Optional<String> city() {
        return Optional.ofNullable(city);
    }

    /**
     * The city's zone, else the country's only zone; empty when neither is known (a city unknown in a
     * country with several zones).
     */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Place place && country.equals(place.country) && Objects.equals(city, place.city)
                && Objects.equals(zone, place.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, city, zone);
    }

    /** {@code Place[country=US, city=Los Angeles, zone=America/Los_Angeles]}, an absent part left out. */
    @Override
    public String toString() {
        return "Place[country=" + country + (city == null ? "" : ", city=" + city)
                + (zone == null ? "" : ", zone=" + zone) + "]";
    }
}
