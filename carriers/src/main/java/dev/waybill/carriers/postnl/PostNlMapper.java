package dev.waybill.carriers.postnl;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.mapping.BodyReader;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.EventTime;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Shipment;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PostNL bodies to shipments: a {@code CurrentStatus} (the latest status) or {@code CompleteStatus}
 * (with every {@code OldStatus}) per barcode, the {@code updatedshipments} list, or an error body.
 * Each status becomes an event at its time, read through its status code (the "not applicable"
 * entries among the old statuses are left out); PostNL gives no place per
 * status, so times are read in the zone of the lane (the receiver's country for delivery-side
 * statuses, the sender's for the others).
 */
final class PostNlMapper {

    private static final BodyReader<PostNlResponse.Root> ROOT = BodyReader.of(PostNlTracking.NAME,
            PostNlResponse.Root.class);
    private static final BodyReader<PostNlResponse.Updated[]> UPDATED = BodyReader.of(PostNlTracking.NAME,
            PostNlResponse.Updated[].class);
    /** {@code 07-03-2018 23:20:05}, optionally with milliseconds: the status answers' local clock. */
    private static final DateTimeFormatter DUTCH = new DateTimeFormatterBuilder()
            .appendPattern("dd-MM-uuuu HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final String RECEIVER = "01";
    private static final String SENDER = "02";
    /** "Niet van toepassing": PostNL's own bookkeeping between statuses, not a status of the parcel. */
    private static final String NOT_APPLICABLE = "99";

    private PostNlMapper() {
    }

    /** Everything a body holds: a shipment per barcode, a not-found problem per warning, an error. */
    static ParsedBody read(byte[] body, int status, LaneDefaults defaults) {
        PostNlResponse.Root root = ROOT.read(status, body);
        if (root == null) {
            PostNlResponse.Updated[] updated = UPDATED.read(status, body);
            return updated == null ? ParsedBody.of(List.of()) : updated(updated, defaults);
        }
        List<ParsedBody.Problem> problems = new ArrayList<>();
        CarrierError error = error(root);
        if (error != CarrierError.NONE) {
            problems.add(ParsedBody.Problem.of(ParsedBody.Problem.Kind.API_ERROR, null, error.code().orElse(null),
                    error.message().orElse("an error without a message")));
        }
        PostNlResponse.Answer answer = root.completeStatus() != null ? root.completeStatus() : root.currentStatus();
        if (answer == null && problems.isEmpty() && root.warnings() == null && root.signature() != null) {
            return ParsedBody.of(List.of());
        }
        if (answer == null && problems.isEmpty() && root.warnings() == null) {
            throw new CarrierResponseException(PostNlTracking.NAME, status, null,
                    "not a PostNL status response (no 'CurrentStatus' or 'CompleteStatus')", null);
        }
        List<Shipment> shipments = new ArrayList<>();
        List<PostNlResponse.Shipment> answered = answer == null || answer.shipments() == null ? List.of()
                : answer.shipments();
        for (PostNlResponse.Shipment shipment : answered) {
            if (shipment != null && number(shipment) != null) {
                shipments.add(shipment(shipment, defaults));
            }
        }
        if (shipments.isEmpty() && root.warnings() != null) {
            for (PostNlResponse.Message warning : root.warnings()) {
                if (warning != null) {
                    problems.add(ParsedBody.Problem.of(ParsedBody.Problem.Kind.NOT_FOUND, null, warning.anyCode(),
                            warning.text() == null ? "no shipment found" : warning.text()));
                }
            }
        }
        if (shipments.isEmpty() && problems.isEmpty()) {
            return ParsedBody.of(List.of());
        }
        return new ParsedBody(shipments, problems);
    }

    private static ParsedBody updated(PostNlResponse.Updated[] updated, LaneDefaults defaults) {
        List<Shipment> shipments = new ArrayList<>();
        for (PostNlResponse.Updated entry : updated) {
            if (entry == null || blankToNull(entry.barcode()) == null || entry.status() == null) {
                continue;
            }
            String number = entry.barcode().strip();
            ShipmentDraft draft = ShipmentDraft.of(PostNlTracking.NAME, number);
            status(draft, entry.status(), number);
            draft.event(event(entry.status(), number));
            shipments.add(draft.build(defaults));
        }
        return ParsedBody.of(shipments);
    }

    private static Shipment shipment(PostNlResponse.Shipment shipment, LaneDefaults defaults) {
        String number = number(shipment);
        ShipmentDraft draft = ShipmentDraft.of(PostNlTracking.NAME, number)
                .origin(country(shipment.addresses(), SENDER))
                .destination(country(shipment.addresses(), RECEIVER));
        BigDecimal grams = decimal(shipment.dimension() == null ? null : shipment.dimension().weight());
        if (grams != null) {
            draft.weightKg(grams.movePointLeft(3));
        }
        if (shipment.status() != null) {
            status(draft, shipment.status(), number);
            draft.event(event(shipment.status(), number));
        }
        if (shipment.oldStatuses() != null) {
            for (PostNlResponse.Status old : shipment.oldStatuses()) {
                if (old != null && !NOT_APPLICABLE.equals(blankToNull(old.statusCode()))) {
                    draft.event(event(old, number));
                }
            }
        }
        return draft.build(defaults);
    }

    /** The barcode asked for; the main barcode of a multi-parcel shipment only when the parcel has none. */
    private static String number(PostNlResponse.Shipment shipment) {
        String own = blankToNull(shipment.barcode());
        return own != null ? own : blankToNull(shipment.mainBarcode());
    }

    private static void status(ShipmentDraft draft, PostNlResponse.Status status, String number) {
        draft.statusAt(PostNlStatusMap.map(status, number), time(status.time()),
                "PostNL status " + detail(status));
    }

    private static EventDraft event(PostNlResponse.Status status, String number) {
        StatusMapping row = PostNlStatusMap.map(status, number);
        return new EventDraft(status.time(), time(status.time()), row, null, null, detail(status));
    }

    /** {@code '11' (Zending afgeleverd), phase '4' (Afgeleverd)}. */
    private static String detail(PostNlResponse.Status status) {
        StringBuilder detail = new StringBuilder("'").append(Objects.requireNonNullElse(status.statusCode(), "?"))
                .append("'");
        if (blankToNull(status.statusDescription()) != null) {
            detail.append(" (").append(status.statusDescription().strip()).append(")");
        }
        if (blankToNull(status.phaseCode()) != null) {
            detail.append(", phase '").append(status.phaseCode().strip()).append("'");
            if (blankToNull(status.phaseDescription()) != null) {
                detail.append(" (").append(status.phaseDescription().strip()).append(")");
            }
        }
        return detail.toString();
    }

    /** PostNL's {@code dd-MM-yyyy HH:mm:ss[.SSS]} local clock, or ISO-8601 ({@code updatedshipments}); null if neither. */
    static EventTime time(String text) {
        String stripped = blankToNull(text);
        if (stripped == null) {
            return null;
        }
        if (stripped.length() > 2 && stripped.charAt(2) == '-') {
            LocalDateTime plain = plainDutch(stripped);
            if (plain != null) {
                return EventTime.ofLocal(plain);
            }
            try {
                return EventTime.ofLocal(LocalDateTime.parse(stripped, DUTCH));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return EventTime.tryParse(stripped).orElse(null);
    }

    /**
     * {@code dd-MM-yyyy HH:mm:ss} exactly, read by position without the general formatter (nearly
     * every PostNL status); null for any other shape, a date that does not exist included, which
     * the formatter then reads or refuses.
     */
    private static LocalDateTime plainDutch(String text) {
        if (text.length() != 19 || text.charAt(5) != '-' || text.charAt(10) != ' ' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int day = digits(text, 0, 2);
        int month = digits(text, 3, 5);
        int year = digits(text, 6, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((day | month | year | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 if it holds anything but ASCII digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static CountryCode country(List<PostNlResponse.Address> addresses, String type) {
        if (addresses == null) {
            return null;
        }
        for (PostNlResponse.Address address : addresses) {
            if (address != null && type.equals(blankToNull(address.type()))) {
                return Countries.orNull(address.countryCode());
            }
        }
        return null;
    }

    /** The error of an error body ({@code fault}, {@code Error}, {@code Errors}); {@link CarrierError#NONE} for none. */
    static CarrierError error(int status, byte[] body) {
        if (body.length == 0) {
            return CarrierError.NONE;
        }
        PostNlResponse.Root root = ROOT.read(status, body);
        return root == null ? CarrierError.NONE : error(root);
    }

    private static CarrierError error(PostNlResponse.Root root) {
        if (root.fault() != null && root.fault().isObject()) {
            String code = root.fault().path("detail").path("errorcode").asText(null);
            return new CarrierError(code, root.fault().path("faultstring").asText(null));
        }
        if (root.error() != null) {
            return new CarrierError(root.error().anyCode(), root.error().text());
        }
        if (root.errors() != null && !root.errors().isEmpty() && root.errors().get(0) != null) {
            List<String> texts = new ArrayList<>();
            root.errors().stream().filter(Objects::nonNull).map(PostNlResponse.Message::text).filter(Objects::nonNull)
                    .forEach(texts::add);
            return new CarrierError(root.errors().get(0).anyCode(), texts.isEmpty() ? null : String.join("; ", texts));
        }
        return CarrierError.NONE;
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
