package dev.waybill.carriers.ups;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.mapping.BodyReader;
import dev.waybill.carriers.mapping.Countries;
import dev.waybill.carriers.mapping.EventDraft;
import dev.waybill.carriers.mapping.EventTime;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.carriers.mapping.ShipmentDraft;
import dev.waybill.carriers.mapping.Weights;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Shipment;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * UPS bodies to shipments: a {@code trackResponse} (packages, or a {@code TW0001} warning), an error
 * envelope, or a Track Alert push event (handed to {@link UpsTrackAlert}).
 */
final class UpsMapper {

    /** The warning UPS answers with 200 for a number it does not know. */
    static final String NOT_FOUND_WARNING = "TW0001";

    private static final BodyReader<UpsResponse.Root> ROOT = BodyReader.of(UpsTracking.NAME, UpsResponse.Root.class);

    private UpsMapper() {
    }

    /** Everything a body holds: one shipment per package, a problem per unknown number or API error. */
    static ParsedBody read(byte[] body, int status, LaneDefaults defaults) {
        UpsResponse.Root root = ROOT.read(status, body);
        if (root != null && root.trackResponse() == null && root.response() == null && root.trackingNumber() != null) {
            return UpsTrackAlert.read(body, defaults);
        }
        if (root == null || (root.trackResponse() == null && root.response() == null)) {
            throw new CarrierResponseException(UpsTracking.NAME, status, null,
                    "not a UPS tracking response or Track Alert event (no 'trackResponse', no 'trackingNumber')", null);
        }
        List<ParsedBody.Problem> problems = new ArrayList<>();
        if (root.response() != null && root.response().errors() != null) {
            for (UpsResponse.Message error : root.response().errors()) {
                if (error != null) {
                    problems.add(ParsedBody.Problem.of(ParsedBody.Problem.Kind.API_ERROR, null, error.code(),
                            words(error)));
                }
            }
        }
        List<Shipment> shipments = new ArrayList<>();
        List<UpsResponse.Shipment> answered = root.trackResponse() == null || root.trackResponse().shipment() == null
                ? List.of() : root.trackResponse().shipment();
        for (UpsResponse.Shipment shipment : answered) {
            if (shipment == null) {
                continue;
            }
            boolean hasPackages = shipment.packages() != null && !shipment.packages().isEmpty();
            if (hasPackages) {
                for (UpsResponse.Package pkg : shipment.packages()) {
                    if (pkg != null) {
                        shipments.add(shipment(shipment.inquiryNumber(), pkg, shipment.packages().size(), defaults));
                    }
                }
            } else if (shipment.warnings() != null) {
                for (UpsResponse.Message warning : shipment.warnings()) {
                    if (warning != null) {
                        problems.add(ParsedBody.Problem.of(NOT_FOUND_WARNING.equals(warning.code())
                                        ? ParsedBody.Problem.Kind.NOT_FOUND : ParsedBody.Problem.Kind.API_ERROR,
                                shipment.inquiryNumber(), warning.code(), words(warning)));
                    }
                }
            }
        }
        if (shipments.isEmpty() && problems.isEmpty()) {
            return ParsedBody.of(List.of());
        }
        return new ParsedBody(shipments, problems);
    }

    /** What an error or warning says; UPS's schema makes {@code message} optional. */
    private static String words(UpsResponse.Message message) {
        return Objects.requireNonNullElse(message.message(), "UPS gave no message");
    }

    /** One package as a shipment; {@code packages} is how many the answer holds. */
    static Shipment shipment(String inquiryNumber, UpsResponse.Package pkg, int packages,
                                     LaneDefaults defaults) {
        String number = number(inquiryNumber, pkg.trackingNumber(), packages);
        if (number == null) {
            throw new CarrierResponseException(UpsTracking.NAME, 0, null,
                    "a package without a tracking number or inquiry number", null);
        }
        ShipmentDraft draft = ShipmentDraft.of(UpsTracking.NAME, number)
                .origin(address(pkg.packageAddress(), "ORIGIN"))
                .destination(address(pkg.packageAddress(), "DESTINATION"));
        if (pkg.weight() != null) {
            BigDecimal weight = decimal(pkg.weight().weight());
            if (weight != null) {
                draft.weightKg(Weights.toKg(weight, pkg.weight().unitOfMeasurement()));
            }
        }
        List<UpsResponse.Activity> activities = pkg.activity() == null ? List.of() : pkg.activity();
        UpsResponse.Status current = pkg.currentStatus();
        if (current != null && current.type() != null) {
            EventTime latest = activities.isEmpty() || activities.get(0) == null ? null : statusTime(activities.get(0));
            draft.statusAt(UpsStatusMap.TABLE.map(current.type(), number), text(current), latest,
                    "UPS currentStatus '" + detail(current) + "'");
        }
        for (UpsResponse.Activity activity : activities) {
            if (activity == null || activity.status() == null) {
                continue;
            }
            UpsResponse.Address address = activity.location() == null ? null : activity.location().address();
            draft.event(new EventDraft(activity.date(), time(activity),
                    UpsStatusMap.TABLE.map(activity.status().type(), number),
                    address == null ? null : EventDraft.location(address.city(), address.stateProvince()),
                    address == null ? null : country(address), detail(activity.status()))
                    .withText(text(activity.status())));
        }
        return draft.build(defaults);
    }

    /**
     * The package's own number where it is one (UPS's example puts the placeholder {@code "string"}
     * there), else the number asked for; a multi-package shipment's packages keep their own numbers.
     */
    private static String number(String inquiryNumber, String trackingNumber, int packages) {
        String own = trackingNumber == null ? null : trackingNumber.strip();
        boolean plausible = own != null && own.length() >= 7 && anyDigit(own);
        String asked = inquiryNumber == null || inquiryNumber.isBlank() ? null : inquiryNumber.strip();
        if (plausible && (packages > 1 || asked == null)) {
            return own;
        }
        return asked != null ? asked : plausible ? own : null;
    }

    /** UPS's error envelope {@code {response:{errors:[{code,message}]}}}. */
    static CarrierError error(int status, byte[] body) {
        if (body.length == 0) {
            return CarrierError.NONE;
        }
        UpsResponse.Root root = ROOT.read(status, body);
        if (root == null || root.response() == null || root.response().errors() == null
                || root.response().errors().isEmpty() || root.response().errors().get(0) == null) {
            return CarrierError.NONE;
        }
        UpsResponse.Message first = root.response().errors().get(0);
        String message = root.response().errors().stream().filter(Objects::nonNull).map(UpsResponse.Message::message)
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
        return new CarrierError(first.code(), message.isEmpty() ? null : message);
    }

    /** The activity's time; where its date and time do not read, its {@code date} read as a timestamp. */
    private static EventTime statusTime(UpsResponse.Activity activity) {
        EventTime time = time(activity);
        return time != null ? time : EventTime.tryParse(activity.date()).orElse(null);
    }

    /**
     * {@code date} {@code YYYYMMDD} and {@code time} {@code HHMMSS} are the wall clock of the scan;
     * with {@code gmtOffset} they are an instant. Without an offset but with {@code gmtDate} and
     * {@code gmtTime}, the offset is the difference of the two clocks.
     */
    static EventTime time(UpsResponse.Activity activity) {
        LocalDateTime local = dateTime(activity.date(), activity.time());
        if (local == null) {
            return null;
        }
        ZoneOffset offset = offset(activity.gmtOffset());
        if (offset == null) {
            LocalDateTime gmt = dateTime(activity.gmtDate(), activity.gmtTime());
            if (gmt != null) {
                long seconds = java.time.Duration.between(gmt, local).getSeconds();
                if (Math.abs(seconds) <= 18 * 3600 && seconds % 900 == 0) {
                    offset = ZoneOffset.ofTotalSeconds((int) seconds);
                }
            }
        }
        return offset == null ? EventTime.ofLocal(local) : EventTime.of(OffsetDateTime.of(local, offset));
    }

    private static LocalDateTime dateTime(String date, String time) {
        String d = date == null ? "" : date.replace("-", "").strip();
        String t = time == null ? "" : time.replace(":", "").strip();
        if (d.length() != 8 || !allDigits(d)) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                    Integer.parseInt(d.substring(6, 8)));
            LocalTime clock = LocalTime.MIDNIGHT;
            if (t.length() == 6 && allDigits(t)) {
                clock = LocalTime.of(Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(2, 4)),
                        Integer.parseInt(t.substring(4, 6)));
            }
            return LocalDateTime.of(day, clock);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static ZoneOffset offset(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ZoneOffset.of(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static CountryCode address(List<UpsResponse.PackageAddress> addresses, String type) {
        if (addresses == null) {
            return null;
        }
        for (UpsResponse.PackageAddress address : addresses) {
            if (address != null && address.address() != null && type.equalsIgnoreCase(
                    address.type() == null ? "" : address.type().strip())) {
                return country(address.address());
            }
        }
        return null;
    }

    private static CountryCode country(UpsResponse.Address address) {
        CountryCode code = Countries.orNull(address.countryCode());
        return code != null ? code : Countries.orNull(address.country());
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The description the rules read; {@code simplifiedTextDescription} is a coarse label and left out. */
    private static String text(UpsResponse.Status status) {
        return status.description();
    }

    /** {@code type/code (statusCode): description}. */
    private static String detail(UpsResponse.Status status) {
        StringJoiner codes = new StringJoiner("/");
        for (String part : new String[] {status.type(), status.code()}) {
            if (part != null && !part.isBlank()) {
                codes.add(part.strip());
            }
        }
        String detail = codes.length() == 0 ? "?" : codes.toString();
        if (status.statusCode() != null && !status.statusCode().isBlank()) {
            detail += " (" + status.statusCode().strip() + ")";
        }
        if (status.description() != null && !status.description().isBlank()) {
            detail += ": " + status.description().strip();
        }
        return detail;
    }
}
