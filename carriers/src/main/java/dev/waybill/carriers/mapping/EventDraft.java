package dev.waybill.carriers.mapping;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.TextReading;
import java.util.Objects;
import java.util.Optional;

/**
 * One carrier event read from a body, before its time and customs side are resolved.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rawTime  the timestamp text as sent, for the warning when it cannot be read; may be null
 * @param time     the parsed timestamp; null when {@code rawTime} was unreadable (the event is then
 *                 skipped with a warning)
 * @param status   the row of the carrier's status table
 * @param location the place as the carrier names it; may be null; where {@code country} is null,
 *                 {@link ShipmentDraft} resolves the country from it with {@link Places}, and takes the
 *                 zone of a gazetteer city it names either way
 * @param country  the country of the event as the carrier gives it as a code; may be null
 * @param detail   the carrier's own code and text; may be null
 * @param text     the carrier's free-text description, read by {@link TextRules} where the code says
 *                 little ({@link ShipmentDraft} decides when); may be null
 * @param reading  how {@code status} was read from {@code text}; null while it is the code's own row
 */
public record EventDraft(String rawTime, EventTime time, StatusMapping status, String location, CountryCode country,
                         String detail, String text, TextReading reading) {

    /** Validates the status row. */
    public EventDraft {
        Objects.requireNonNull(status, "status");
    }

    /** A draft without free text. */
    public EventDraft(String rawTime, EventTime time, StatusMapping status, String location, CountryCode country,
                      String detail) {
        this(rawTime, time, status, location, country, detail, null, null);
    }

    /** A draft whose time is parsed from {@code rawTime}. */
    public static EventDraft of(String rawTime, StatusMapping status, String location, CountryCode country,
                                String detail) {
        return new EventDraft(rawTime, EventTime.tryParse(rawTime).orElse(null), status, location, country, detail);
    }

    /** This draft with the carrier's free-text description, for {@link TextRules} to read. */
    public EventDraft withText(String text) {
        return new EventDraft(rawTime, time, status, location, country, detail, text, reading);
    }

    /** This draft with {@code status} as read from its text. */
    EventDraft readAs(TextMatch match) {
        return new EventDraft(rawTime, time, match.mapping(), location, country, detail, text, match.reading());
    }

    /**
     * Where this event happened: {@code location} resolved by {@code places} in {@code country} where
     * that is given (the text then only picks the city and its zone), else from the text alone; empty
     * when neither names a country.
     */
    public Optional<Place> place(Places places) {
        if (location == null || location.isBlank()) {
            return country == null ? Optional.empty() : Optional.of(new Place(country, null, Zones.single(country)));
        }
        return places.resolve(location, country == null ? null : country.value());
    }

    /**
     * A {@code location} from a city and a state or region as carriers send them apart:
     * {@code "city, state"}, either alone, or null when both are blank.
     */
    public static String location(String city, String state) {
        boolean hasCity = city != null && !city.isBlank();
        boolean hasState = state != null && !state.isBlank();
        if (hasCity && hasState) {
            return city + ", " + state;
        }
        return hasCity ? city : hasState ? state : null;
    }
}
