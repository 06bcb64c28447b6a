package dev.waybill.carriers.mapping;

import dev.waybill.shipment.CountryCode;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A place a carrier names, as {@link Places} resolves it: the country, and where the text names a
 * gazetteer city, that city and its IANA zone.
 *
 * <p>Immutable and thread-safe. {@code Places.defaults().resolve("LOS ANGELES, CA")} gives
 * {@code Place[country=US, city=Los Angeles, zone=America/Los_Angeles]}.
 *
 * @param country the country; never null
 * @param city    the gazetteer's name of the city; null when the text names none in {@code country}
 * @param zone    the city's zone, else the country's only zone; null when neither is known (a city
 *                unknown in a country with several zones)
 */
public record Place(CountryCode country, String city, ZoneId zone) {

    /** Validates the country. */
    public Place {
        Objects.requireNonNull(country, "country");
    }
}
