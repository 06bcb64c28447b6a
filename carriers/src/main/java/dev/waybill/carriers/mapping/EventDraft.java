package dev.waybill.carriers.mapping;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.TextReading;
import java.util.Objects;
import java.util.Optional;

/**
 * One carrier event read from a body, before its time and customs side are resolved.
 *
 * <p>Immutable and thread-safe, a value: equal when all parts are. The constructors and
 * {@link #of(String, StatusMapping, String, CountryCode, String)} take plain values, null (or blank
 * text) for a part the body does not give; the accessors answer such a part as empty.
 */
public final class EventDraft {

    // The parts as given, blank text kept: ShipmentDraft reads them without an Optional, as the draft
    // of every event parsed goes through it; the accessors answer blank text as empty.
    final String rawTime;
    final EventTime time;
    final StatusMapping status;
    final String location;
    final CountryCode country;
    final String detail;
    final String text;
    final TextReading reading;

    /**
     * A draft from its parts.
     *
     * @param rawTime  the timestamp text as sent, for the warning when it cannot be read; may be null
     * @param time     the parsed timestamp; null when {@code rawTime} was unreadable (the event is then
     *                 skipped with a warning)
     * @param status   the row of the carrier's status table
     * @param location the place as the carrier names it; null or blank when not named; where
     *                 {@code country} is null, {@link ShipmentDraft} resolves the country from it with
     *                 {@link Places}, and takes the zone of a gazetteer city it names either way
     * @param country  the country of the event as the carrier gives it as a code; may be null
     * @param detail   the carrier's own code and text; null or blank when not given
     * @param text     the carrier's free-text description, read by {@link TextRules} where the code says
     *                 little ({@link ShipmentDraft} decides when); null or blank when not given
     * @param reading  how {@code status} was read from {@code text}; null while it is the code's own row
     */
    public EventDraft(String rawTime, EventTime time, StatusMapping status, String location, CountryCode country,
                      String detail, String text, TextReading reading) {
        this.rawTime = rawTime;
        this.time = time;
        this.status = Objects.requireNonNull(status, "status");
        this.location = location;
        this.country = country;
        this.detail = detail;
        this.text = text;
        this.reading = reading;
    }

    /** A draft without free text, its parts as the first constructor takes them. */
    public EventDraft(String rawTime, EventTime time, StatusMapping status, String location, CountryCode country,
                      String detail) {
        this(rawTime, time, status, location, country, detail, null, null);
    }

    /** A draft whose time is parsed from {@code rawTime}. */
    public static EventDraft of(String rawTime, StatusMapping status, String location, CountryCode country,
                                String detail) {
        return new EventDraft(rawTime, EventTime.tryParse(rawTime).orElse(null), status, location, country, detail);
    }

    private static Optional<String> given(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** The timestamp text as sent; empty when the body gives none or a blank one. */
    public Optional<String> rawTime() {
        return given(rawTime);
    }

    /** The parsed timestamp; empty when the raw time did not read (the event is then left out with a warning). */
    public Optional<EventTime> time() {
        return Optional.ofNullable(time);
    }

    /** The row of the carrier's status table. */
    public StatusMapping status() {
        return status;
    }

    /** The place as the carrier names it; empty when not named. */
    public Optional<String> location() {
        return given(location);
    }

    /** The country of the event as the carrier gives it as a code; empty when it gives none. */
    public Optional<CountryCode> country() {
        return Optional.ofNullable(country);
    }

    /** The carrier's own code and text; empty when not given. */
    public Optional<String> detail() {
        return given(detail);
    }

    /** The carrier's free-text description; empty when not given. */
    public Optional<String> text() {
        return given(text);
    }

    /** How {@link #status()} was read from {@link #text()}; empty while it is the code's own row. */
    public Optional<TextReading> reading() {
        return Optional.ofNullable(reading);
    }

    /** This draft with the carrier's free-text description (null or blank for none), for {@link TextRules} to read. */
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
     * {@code "city, state"}, either alone, or null when both are blank (what the constructors take
     * for a place not named).
     */
    public static String location(String city, String state) {
        boolean hasCity = city != null && !city.isBlank();
        boolean hasState = state != null && !state.isBlank();
        if (hasCity && hasState) {
            return city + ", " + state;
        }
        return hasCity ? city : hasState ? state : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventDraft draft && Objects.equals(rawTime, draft.rawTime)
                && Objects.equals(time, draft.time) && status.equals(draft.status)
                && Objects.equals(location, draft.location) && Objects.equals(country, draft.country)
                && Objects.equals(detail, draft.detail) && Objects.equals(text, draft.text)
                && Objects.equals(reading, draft.reading);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rawTime, time, status, location, country, detail, text, reading);
    }

    /** The parts given, as a record prints them: {@code EventDraft[rawTime=..., status=..., detail=...]}. */
    @Override
    public String toString() {
        StringBuilder parts = new StringBuilder("EventDraft[status=").append(status);
        append(parts, "rawTime", rawTime);
        append(parts, "time", time);
        append(parts, "location", location);
        append(parts, "country", country);
        append(parts, "detail", detail);
        append(parts, "text", text);
        append(parts, "reading", reading);
        return parts.append(']').toString();
    }

    private static void append(StringBuilder parts, String name, Object value) {
        if (value != null) {
            parts.append(", ").append(name).append('=').append(value);
        }
    }
}
