package dev.waybill.carriers.usps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.mapping.BodyReader;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.EventTime;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.shipment.CountryCode;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * USPS bodies to shipments: one {@code TrackingDetails} per number, or an {@code ErrorMessage}
 * ({@code {apiVersion, error:{code, message, errors:[...]}}}), or the token endpoint's OAuth2 error.
 */
final class UspsMapper {

    private static final BodyReader<UspsResponse.Root> ROOT = BodyReader.of(UspsTracking.NAME,
            UspsResponse.Root.class);
    private static final CountryCode US = CountryCode.of("US");

    private UspsMapper() {
    }

    /** Everything a body holds: the shipment, or a problem naming the error. */
    static ParsedBody read(byte[] body, int status, LaneDefaults defaults) {
        UspsResponse.Root root = ROOT.read(status, body);
        if (root == null || (root.trackingNumber() == null && root.error() == null)) {
            throw new CarrierResponseException(UspsTracking.NAME, status, null,
                    "not a USPS tracking response (no 'trackingNumber' or 'error')", null);
        }
        if (root.error() != null && !root.error().isNull()) {
            CarrierError error = error(root);
            return new ParsedBody(List.of(), List.of(ParsedBody.Problem.of(notFound(error)
                    ? ParsedBody.Problem.Kind.NOT_FOUND : ParsedBody.Problem.Kind.API_ERROR,
                    blankToNull(root.trackingNumber()), error.code().orElse(null),
                    error.message().orElse("an error without a message"))));
        }
        String number = root.trackingNumber().strip();
        List<UspsResponse.Event> events = root.trackingEvents() == null ? List.of() : root.trackingEvents();
        if (events.isEmpty() && blankToNull(root.statusCategory()) == null) {
            return new ParsedBody(List.of(), List.of(ParsedBody.Problem.of(ParsedBody.Problem.Kind.NOT_FOUND, number,
                    null, "USPS has no tracking events for it yet")));
        }
        return ParsedBody.of(List.of(shipment(number, root, events, defaults)));
    }

    private static dev.waybill.shipment.Shipment shipment(String number, UspsResponse.Root root,
                                                          List<UspsResponse.Event> events, LaneDefaults defaults) {
        ShipmentDraft draft = ShipmentDraft.of(UspsTracking.NAME, number)
                .origin(side(root.originCountry(), root.originState(), root.originZIP()))
                .destination(side(root.destinationCountryCode(), root.destinationState(), root.destinationZIP()));
        if (blankToNull(root.statusCategory()) != null) {
            EventTime latest = events.isEmpty() || events.get(0) == null ? null : time(events.get(0));
            draft.statusAt(UspsStatusMap.CATEGORIES.map(root.statusCategory(), number), root.status(), latest,
                    "USPS statusCategory '" + root.statusCategory().strip() + "'"
                            + (blankToNull(root.status()) == null ? "" : " (status '" + root.status().strip() + "')"));
        }
        for (UspsResponse.Event event : events) {
            if (event == null) {
                continue;
            }
            CountryCode country = country(event);
            String location = EventDraft.location(event.eventCity(), event.eventState());
            if (country == null && blankToNull(event.eventCountry()) != null) {
                location = location == null ? event.eventCountry().strip() : location + ", " + event.eventCountry().strip();
            }
            EventTime time = time(event);
            draft.event(new EventDraft(event.eventTimestamp(), time,
                    UspsStatusMap.EVENTS.map(event.eventCode(), number),
                    location, country, detail(event)).withText(event.eventType()));
        }
        return draft.build(defaults);
    }

    /** A side of the lane: its country code, else the United States where USPS gives a state or ZIP Code. */
    private static CountryCode side(String country, String state, String zip) {
        CountryCode code = Countries.orNull(country);
        if (code != null) {
            return code;
        }
        return blankToNull(country) == null && (blankToNull(state) != null || blankToNull(zip) != null) ? US : null;
    }

    /** The event's country code; without one, the United States where the scan names a state. */
    private static CountryCode country(UspsResponse.Event event) {
        CountryCode code = Countries.orNull(event.eventCountry());
        if (code != null) {
            return code;
        }
        return blankToNull(event.eventCountry()) == null && blankToNull(event.eventState()) != null ? US : null;
    }

    /**
     * {@code eventTimestamp} is the local clock of the scan; with {@code GMTOffset} ({@code -05:00},
     * or {@code -7:00} as USPS's own example writes it) it is an instant; else {@code GMTTimestamp}
     * is the instant; else the local clock, resolved in the zone of the place.
     */
    static EventTime time(UspsResponse.Event event) {
        EventTime local = EventTime.tryParse(event.eventTimestamp()).orElse(null);
        ZoneOffset offset = offset(event.gmtOffset());
        if (local != null && !local.hasOffset() && offset != null) {
            return local.at(offset);
        }
        if (local != null && local.hasOffset()) {
            return local;
        }
        EventTime gmt = EventTime.tryParse(event.gmtTimestamp()).orElse(null);
        if (gmt != null && gmt.hasOffset()) {
            return gmt;
        }
        return local;
    }

    private static ZoneOffset offset(String text) {
        String stripped = blankToNull(text);
        if (stripped == null) {
            return null;
        }
        boolean oneDigitHour = stripped.length() == 5 && stripped.charAt(2) == ':'
                && (stripped.charAt(0) == '+' || stripped.charAt(0) == '-');
        String padded = oneDigitHour ? stripped.charAt(0) + "0" + stripped.substring(1) : stripped;
        try {
            return ZoneOffset.of(padded);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** USPS's {@code ErrorMessage} or the OAuth2 error body; {@link CarrierError#NONE} for anything else. */
    static CarrierError error(int status, byte[] body) {
        if (body.length == 0) {
            return CarrierError.NONE;
        }
        UspsResponse.Root root = ROOT.read(status, body);
        return root == null || root.error() == null || root.error().isNull() ? CarrierError.NONE : error(root);
    }

    private static CarrierError error(UspsResponse.Root root) {
        JsonNode error = root.error();
        if (error.isTextual()) {
            return new CarrierError(error.asText(), blankToNull(root.errorDescription()));
        }
        StringJoiner message = new StringJoiner("; ");
        String top = text(error.get("message"));
        if (top != null) {
            message.add(top);
        }
        JsonNode details = error.get("errors");
        if (details != null && details.isArray()) {
            for (JsonNode detail : details) {
                String said = text(detail.get("detail"));
                said = said != null ? said : text(detail.get("title"));
                if (said != null && !said.equals(top)) {
                    message.add(said);
                }
            }
        }
        return new CarrierError(text(error.get("code")), message.length() == 0 ? null : message.toString());
    }

    /** USPS's words for a number without tracking: a 404, or its 400 "A status update is not yet available". */
    private static boolean notFound(CarrierError error) {
        String said = (error.code().orElse("") + " " + error.message().orElse("")).toLowerCase(Locale.ROOT);
        return error.code().filter("404"::equals).isPresent() || said.contains("not found")
                || said.contains("not yet available");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : blankToNull(node.asText());
    }

    /** {@code eventCode: eventType}. */
    private static String detail(UspsResponse.Event event) {
        String code = blankToNull(event.eventCode());
        String type = blankToNull(event.eventType());
        if (code == null) {
            return type;
        }
        return type == null ? code : code + ": " + type;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
