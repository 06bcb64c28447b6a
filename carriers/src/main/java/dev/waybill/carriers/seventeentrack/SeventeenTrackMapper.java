package dev.waybill.carriers.seventeentrack;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierException;
import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.CarrierServerException;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.mapping.BodyReader;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.EventTime;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.shipment.Shipment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** 17TRACK bodies to shipments: {@code gettrackinfo} answers and webhook bodies. */
final class SeventeenTrackMapper {

    /**
     * Carrier keys with a known name (17TRACK carrier list, as quoted in research). Others keep the
     * number as text.
     */
    static final Map<String, String> CARRIER_NAMES = Map.of(
            "3011", "china-post", "190012", "yanwen", "190107", "yunexpress", "190271", "cainiao",
            "100001", "dhl", "100002", "ups", "100003", "fedex", "21051", "usps", "2151", "correios");

    private static final Set<Integer> AUTHENTICATION = Set.of(-18010001, -18010002, -18010004, -18010005);
    private static final int INTERNAL = -18010003;
    /** A {@code register} rejection for a number already registered: no tracking, but nothing wrong with it. */
    private static final int ALREADY_REGISTERED = -18019901;
    private static final BodyReader<SeventeenTrackResponse.Envelope> ENVELOPE = BodyReader.of(
            SeventeenTrackTracking.NAME, SeventeenTrackResponse.Envelope.class);
    /** A pushed item forwarded without its {@code {event, data}} envelope, read a second time as one. */
    private static final BodyReader<SeventeenTrackResponse.Data> FLAT = BodyReader.of(
            SeventeenTrackTracking.NAME, SeventeenTrackResponse.Data.class);

    private SeventeenTrackMapper() {
    }

    /** The envelope of an API answer; a non-zero {@code code} becomes the matching exception. */
    static SeventeenTrackResponse.Envelope envelope(byte[] body, int status) {
        return answer(ENVELOPE.read(status, body), status);
    }

    /** {@code envelope} checked to be an answer that reports success. */
    private static SeventeenTrackResponse.Envelope answer(SeventeenTrackResponse.Envelope envelope, int status) {
        if (envelope == null || envelope.code() == null) {
            throw new CarrierResponseException(SeventeenTrackTracking.NAME, status, null,
                    "not a 17TRACK answer (no 'code')", null);
        }
        if (envelope.code() != 0) {
            throw failure(status, envelope);
        }
        return envelope;
    }

    private static CarrierException failure(int status, SeventeenTrackResponse.Envelope envelope) {
        String message = "17TRACK refused the call";
        if (envelope.data() != null && envelope.data().errors() != null && !envelope.data().errors().isEmpty()
                && envelope.data().errors().get(0).message() != null) {
            message = envelope.data().errors().get(0).message();
        }
        String code = Integer.toString(envelope.code());
        if (AUTHENTICATION.contains(envelope.code())) {
            return new CarrierAuthenticationException(SeventeenTrackTracking.NAME, status, code, message, null);
        }
        if (envelope.code() == INTERNAL) {
            return new CarrierServerException(SeventeenTrackTracking.NAME, status, code, message, null);
        }
        return new CarrierRequestException(SeventeenTrackTracking.NAME, status, code, message, null);
    }

    /** The error of a non-2xx answer. */
    static CarrierError error(int status, byte[] body) {
        if (body.length == 0) {
            return CarrierError.NONE;
        }
        SeventeenTrackResponse.Envelope envelope = ENVELOPE.read(status, body);
        if (envelope == null) {
            return CarrierError.NONE;
        }
        String message = envelope.data() == null || envelope.data().errors() == null
                || envelope.data().errors().isEmpty() ? null : envelope.data().errors().get(0).message();
        return new CarrierError(envelope.code() == null ? null : envelope.code().toString(), message);
    }

    /** An accepted item of {@code gettrackinfo}, or a pushed one, checked to have a number. */
    static SeventeenTrackResponse.Item item(SeventeenTrackResponse.Item item, int status) {
        if (item == null || item.number() == null || item.number().isBlank()) {
            throw new CarrierResponseException(SeventeenTrackTracking.NAME, status, null,
                    "an accepted item without a number", null);
        }
        return item;
    }

    /**
     * Everything in any 17TRACK body (a {@code gettrackinfo} or {@code register} answer, a
     * {@code TRACKING_UPDATED} or {@code TRACKING_STOPPED} push, or a pushed item forwarded flat,
     * without its envelope): the shipments of the items that carry tracking, and a problem
     * for each number that does not (a rejected number, a registration receipt, a push that only
     * says tracking stopped) or for the body (an answer whose {@code code} is not 0).
     */
    static ParsedBody parsed(byte[] body, LaneDefaults defaults) {
        SeventeenTrackResponse.Envelope envelope = ENVELOPE.read(0, body);
        List<Shipment> shipments = new ArrayList<>();
        List<ParsedBody.Problem> problems = new ArrayList<>();
        if (envelope != null && envelope.event() != null && envelope.data() != null) {
            take(item(envelope.data().pushed(), 0), "the push (" + envelope.event() + ")", defaults, shipments,
                    problems);
            return new ParsedBody(shipments, problems);
        }
        if (envelope != null && envelope.code() == null && envelope.event() == null) {
            SeventeenTrackResponse.Data flat = FLAT.read(0, body);
            if (flat != null && flat.number() != null && flat.trackInfo() != null) {
                take(item(flat.pushed(), 0), "the pushed item", defaults, shipments, problems);
                return new ParsedBody(shipments, problems);
            }
        }
        try {
            answer(envelope, 0);
        } catch (CarrierResponseException e) {
            throw e;
        } catch (CarrierException e) {
            return ParsedBody.of(ParsedBody.Problem.of(ParsedBody.Problem.Kind.API_ERROR, null,
                    e.carrierCode().orElse(null), e.problem()));
        }
        SeventeenTrackResponse.Data data = envelope.data();
        if (data != null && data.accepted() != null) {
            for (SeventeenTrackResponse.Item accepted : data.accepted()) {
                take(item(accepted, 0), "the answer", defaults, shipments, problems);
            }
        }
        if (data != null && data.rejected() != null) {
            for (SeventeenTrackResponse.Rejected rejected : data.rejected()) {
                if (rejected == null) {
                    continue;
                }
                Integer code = rejected.error() == null ? null : rejected.error().code();
                String message = rejected.error() == null || rejected.error().message() == null ? "rejected"
                        : rejected.error().message();
                problems.add(ParsedBody.Problem.of(code != null && code == ALREADY_REGISTERED
                                ? ParsedBody.Problem.Kind.NO_SHIPMENTS : ParsedBody.Problem.Kind.NOT_FOUND,
                        rejected.number(), code == null ? null : code.toString(), message));
            }
        }
        return shipments.isEmpty() && problems.isEmpty() ? ParsedBody.of(List.of())
                : new ParsedBody(shipments, problems);
    }

    private static void take(SeventeenTrackResponse.Item item, String where, LaneDefaults defaults,
                             List<Shipment> shipments, List<ParsedBody.Problem> problems) {
        if (item.trackInfo() == null) {
            problems.add(ParsedBody.Problem.of(ParsedBody.Problem.Kind.NO_SHIPMENTS, item.number().strip(), null,
                    where + " names the number but carries no tracking (no track_info)"));
        } else if (!hasEvents(item) && item.trackInfo().latestStatus() != null
                && "NotFound".equals(item.trackInfo().latestStatus().status())) {
            problems.add(ParsedBody.Problem.of(ParsedBody.Problem.Kind.NOT_FOUND, item.number().strip(), null,
                    "17TRACK has no tracking for the number yet (latest_status 'NotFound', no events)"));
        } else {
            shipments.add(shipment(item, defaults));
        }
    }

    /** True when 17TRACK has events for the item. */
    static boolean hasEvents(SeventeenTrackResponse.Item item) {
        if (item.trackInfo() == null || item.trackInfo().tracking() == null
                || item.trackInfo().tracking().providers() == null) {
            return false;
        }
        return item.trackInfo().tracking().providers().stream()
                .anyMatch(p -> p != null && p.events() != null && !p.events().isEmpty());
    }

    /** The shipment of one item. */
    static Shipment shipment(SeventeenTrackResponse.Item item, LaneDefaults defaults) {
        String number = item.number().strip();
        SeventeenTrackResponse.TrackInfo info = item.trackInfo();
        ShipmentDraft draft = ShipmentDraft.of(SeventeenTrackTracking.NAME, number)
                .id(item.orderNo())
                .carrier(carrierName(item.carrier()));
        draft.origin(Countries.orNull(item.originCountry())).destination(Countries.orNull(item.destinationCountry()));
        if (info != null && info.shippingInfo() != null) {
            if (item.originCountry() == null && info.shippingInfo().shipperAddress() != null) {
                draft.origin(Countries.orNull(info.shippingInfo().shipperAddress().country()));
            }
            if (item.destinationCountry() == null && info.shippingInfo().recipientAddress() != null) {
                draft.destination(Countries.orNull(info.shippingInfo().recipientAddress().country()));
            }
        }
        if (info != null && info.latestStatus() != null && info.latestStatus().status() != null) {
            status(draft, info, number);
        }
        if (info != null && info.miscInfo() != null) {
            draft.weightKg(decimal(info.miscInfo().weightKg()));
        }
        if (info != null && info.tracking() != null && info.tracking().providers() != null) {
            for (SeventeenTrackResponse.Provider provider : info.tracking().providers()) {
                if (provider == null || provider.events() == null) {
                    continue;
                }
                for (SeventeenTrackResponse.Event event : provider.events()) {
                    if (event != null) {
                        draft.event(event(event, number));
                    }
                }
            }
        }
        return draft.build(defaults);
    }

    /**
     * The shipment-level status: {@code latest_status} ({@code sub_status} refines {@code status},
     * through the same table as the events), dated by {@code latest_event}; {@code Expired} says
     * 17TRACK stopped tracking the number.
     */
    private static void status(ShipmentDraft draft, SeventeenTrackResponse.TrackInfo info, String number) {
        SeventeenTrackResponse.LatestStatus latest = info.latestStatus();
        String at = info.latestEvent() == null ? null
                : firstText(info.latestEvent().timeIso(), info.latestEvent().timeUtc());
        String said = "17TRACK latest_status '" + latest.status() + "'"
                + (latest.subStatus() == null ? "" : ", sub_status '" + latest.subStatus() + "'");
        if (latest.status().strip().equals("Expired")) {
            draft.expired(at, said);
        } else {
            draft.status(SeventeenTrackStatusMap.map(latest.subStatus(), latest.status(), number), at, said);
        }
    }

    private static EventDraft event(SeventeenTrackResponse.Event event, String number) {
        String rawWithZone = rawTime(event.timeRaw(), true);
        String raw = firstText(event.timeIso(), event.timeUtc(), rawWithZone);
        EventTime time = firstTime(event.timeIso(), event.timeUtc(), rawWithZone);
        if (time == null && rawWithZone != null) {
            time = EventTime.tryParse(rawTime(event.timeRaw(), false)).orElse(null);
        }
        return new EventDraft(raw, time, SeventeenTrackStatusMap.map(event.subStatus(), event.stage(), number),
                event.location(), event.address() == null ? null : Countries.orNull(event.address().country()),
                detail(event)).withText(text(event));
    }

    /** The event's description, and 17TRACK's translation of it where there is one, for the text rules. */
    private static String text(SeventeenTrackResponse.Event event) {
        SeventeenTrackResponse.Translation translation = event.descriptionTranslation();
        String translated = translation == null ? null : translation.description();
        if (translated == null || translated.isBlank()) {
            return event.description();
        }
        return event.description() == null ? translated : event.description() + " / " + translated;
    }

    /**
     * The raw date and time as ISO text, with the raw zone when {@code withZone} (it is free text, so
     * it may not read).
     */
    private static String rawTime(SeventeenTrackResponse.TimeRaw raw, boolean withZone) {
        if (raw == null || raw.date() == null || raw.date().isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder(raw.date().strip());
        if (raw.time() != null && !raw.time().isBlank()) {
            text.append('T').append(raw.time().strip());
            if (withZone && raw.timezone() != null && !raw.timezone().isBlank()) {
                text.append(raw.timezone().strip());
            }
        }
        return text.toString();
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static EventTime firstTime(String... texts) {
        for (String text : texts) {
            EventTime time = EventTime.tryParse(text).orElse(null);
            if (time != null) {
                return time;
            }
        }
        return null;
    }

    private static String firstText(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static String detail(SeventeenTrackResponse.Event event) {
        String code = firstText(event.subStatus(), event.stage(), "?");
        String description = event.description() == null ? "" : event.description().strip();
        SeventeenTrackResponse.Translation translation = event.descriptionTranslation();
        if (translation != null && translation.description() != null && !translation.description().isBlank()
                && !translation.description().strip().equals(description)) {
            description = description + " (" + translation.description().strip() + ")";
        }
        return description.isEmpty() ? code : code + ": " + description;
    }

    /** The carrier's name for a 17TRACK key, or the key itself where it has none. */
    static String carrierName(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return CARRIER_NAMES.getOrDefault(key.strip(), key.strip());
    }
}
