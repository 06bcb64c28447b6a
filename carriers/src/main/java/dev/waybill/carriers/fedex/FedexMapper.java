package dev.waybill.carriers.fedex;

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
import dev.waybill.carriers.mapping.Weights;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * FedEx bodies to shipments: {@code output.completeTrackResults}, one per number asked, each with one
 * or more {@code trackResults} (several when FedEx reused the number: the one shipped last is the
 * parcel), or an error body.
 */
final class FedexMapper {

    private static final BodyReader<FedexResponse.Root> ROOT = BodyReader.of(FedexTracking.NAME,
            FedexResponse.Root.class);

    private FedexMapper() {
    }

    /** Everything a body holds: a shipment per number FedEx knows, a problem per number it does not or per error. */
    static ParsedBody read(byte[] body, int status, LaneDefaults defaults) {
        FedexResponse.Root root = ROOT.read(status, body);
        if (root == null || (root.output() == null && root.errors() == null)) {
            throw new CarrierResponseException(FedexTracking.NAME, status, null,
                    "not a FedEx tracking response (no 'output')", null);
        }
        List<ParsedBody.Problem> problems = new ArrayList<>();
        if (root.errors() != null) {
            for (FedexResponse.Error error : root.errors()) {
                if (error != null) {
                    problems.add(problem(null, error));
                }
            }
        }
        List<Shipment> shipments = new ArrayList<>();
        List<FedexResponse.CompleteTrackResult> complete = root.output() == null
                || root.output().completeTrackResults() == null ? List.of() : root.output().completeTrackResults();
        for (FedexResponse.CompleteTrackResult result : complete) {
            if (result == null) {
                continue;
            }
            Optional<FedexResponse.TrackResult> chosen = latestShipped(result.trackResults());
            String asked = blankToNull(result.trackingNumber());
            if (chosen.isPresent()) {
                shipments.add(shipment(asked, chosen.get(), defaults));
            } else if (result.trackResults() != null) {
                for (FedexResponse.TrackResult failed : result.trackResults()) {
                    if (failed != null && failed.error() != null) {
                        problems.add(problem(asked != null ? asked : number(failed), failed.error()));
                    }
                }
            }
        }
        if (shipments.isEmpty() && problems.isEmpty()) {
            return ParsedBody.of(List.of());
        }
        return new ParsedBody(shipments, problems);
    }

    private static ParsedBody.Problem problem(String number, FedexResponse.Error error) {
        String code = error.code() == null ? "" : error.code().toUpperCase(Locale.ROOT);
        return ParsedBody.Problem.of(code.endsWith("NOTFOUND") || code.endsWith("NOT_FOUND")
                ? ParsedBody.Problem.Kind.NOT_FOUND : ParsedBody.Problem.Kind.API_ERROR, number, error.code(),
                Objects.requireNonNullElse(error.message(), "FedEx gave no message"));
    }

    /**
     * The result without an error that was shipped last ({@code dateAndTimes} {@code SHIP}, else
     * {@code ACTUAL_PICKUP}); results without either date rank below dated ones, in body order.
     */
    static Optional<FedexResponse.TrackResult> latestShipped(List<FedexResponse.TrackResult> results) {
        if (results == null) {
            return Optional.empty();
        }
        FedexResponse.TrackResult best = null;
        OffsetDateTime bestShipped = null;
        for (FedexResponse.TrackResult result : results) {
            if (result == null || (result.error() != null && result.scanEvents() == null
                    && result.latestStatusDetail() == null)) {
                continue;
            }
            OffsetDateTime shipped = date(result, "SHIP").or(() -> date(result, "ACTUAL_PICKUP")).orElse(null);
            if (best == null || (shipped != null && (bestShipped == null || shipped.isAfter(bestShipped)))) {
                best = result;
                bestShipped = shipped;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<OffsetDateTime> date(FedexResponse.TrackResult result, String type) {
        return Optional.ofNullable(rawDate(result, type)).flatMap(EventTime::tryParse).map(EventTime::withOffsetOrUtc);
    }

    private static String rawDate(FedexResponse.TrackResult result, String type) {
        if (result.dateAndTimes() == null) {
            return null;
        }
        for (FedexResponse.DateAndTime date : result.dateAndTimes()) {
            if (date != null && type.equals(date.type()) && date.dateTime() != null && !date.dateTime().isBlank()) {
                return date.dateTime().strip();
            }
        }
        return null;
    }

    private static Shipment shipment(String asked, FedexResponse.TrackResult result, LaneDefaults defaults) {
        String number = asked != null ? asked : number(result);
        if (number == null) {
            throw new CarrierResponseException(FedexTracking.NAME, 0, null, "a track result without a tracking number",
                    null);
        }
        ShipmentDraft draft = ShipmentDraft.of(FedexTracking.NAME, number)
                .origin(country(result.shipperInformation() == null ? null : result.shipperInformation().address()))
                .destination(country(result.recipientInformation() == null ? null
                        : result.recipientInformation().address()));
        weight(result).ifPresent(draft::weightKg);
        List<FedexResponse.ScanEvent> scans = result.scanEvents() == null ? List.of() : result.scanEvents();
        String delivered = rawDate(result, "ACTUAL_DELIVERY");
        FedexResponse.Status latest = result.latestStatusDetail();
        if (latest != null && latest.code() != null) {
            StatusMapping row = FedexStatusMap.TABLE.map(latest.code(), number);
            String time = row.code() == EventCode.DELIVERED && delivered != null ? delivered
                    : scans.isEmpty() || scans.get(0) == null ? null : scans.get(0).date();
            draft.status(row, text(latest.description(), latest.statusByLocale()), time,
                    "FedEx latestStatusDetail '" + detail(latest.code(), latest.derivedCode(), latest.description()) + "'");
        }
        boolean deliveryScanned = false;
        java.time.LocalDateTime lastScan = null;
        for (FedexResponse.ScanEvent scan : scans) {
            if (scan == null) {
                continue;
            }
            StatusMapping row = FedexStatusMap.TABLE.map(scan.eventType(), number);
            deliveryScanned |= row.code() == EventCode.DELIVERED;
            EventTime time = EventTime.tryParse(scan.date()).orElse(null);
            draft.event(new EventDraft(scan.date(), time, row, location(scan.scanLocation()), country(scan.scanLocation()),
                    detail(scan.eventType(), scan.derivedStatusCode(), scan.eventDescription(), scan.exceptionDescription()))
                    .withText(text(scan.eventDescription(), scan.exceptionDescription())));
            if (time != null && (lastScan == null || time.wallClock().isAfter(lastScan))) {
                lastScan = time.wallClock();
            }
        }
        if (delivered != null && !deliveryScanned) {
            // a delivery FedEx dates but did not scan; not one dated before the last scan (FedEx's example has that)
            EventTime time = EventTime.tryParse(delivered).orElse(null);
            // wall clocks, a day's slack for the offsets FedEx may leave out
            boolean consistent = time != null && (lastScan == null || !time.wallClock().isBefore(lastScan.minusDays(1)));
            if (consistent) {
                draft.event(new EventDraft(delivered, time, StatusMapping.of(EventCode.DELIVERED),
                        latest == null ? null : location(latest.scanLocation()),
                        latest == null ? null : country(latest.scanLocation()), "ACTUAL_DELIVERY"));
            }
        }
        return draft.build(defaults);
    }

    private static String number(FedexResponse.TrackResult result) {
        return result.trackingNumberInfo() == null ? null : blankToNull(result.trackingNumberInfo().trackingNumber());
    }

    /** FedEx's error body {@code {errors:[{code,message}]}}. */
    static CarrierError error(int status, byte[] body) {
        if (body.length == 0) {
            return CarrierError.NONE;
        }
        FedexResponse.Root root = ROOT.read(status, body);
        if (root == null || root.errors() == null || root.errors().isEmpty() || root.errors().get(0) == null) {
            return CarrierError.NONE;
        }
        String message = root.errors().stream().filter(Objects::nonNull).map(FedexResponse.Error::message)
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
        return new CarrierError(root.errors().get(0).code(), message.isEmpty() ? null : message);
    }

    private static Optional<BigDecimal> weight(FedexResponse.TrackResult result) {
        if (result.packageDetails() == null || result.packageDetails().weightAndDimensions() == null
                || result.packageDetails().weightAndDimensions().weight() == null) {
            return Optional.empty();
        }
        for (FedexResponse.Weight weight : result.packageDetails().weightAndDimensions().weight()) {
            if (weight != null && weight.value() != null) {
                try {
                    BigDecimal kg = Weights.toKg(new BigDecimal(weight.value().strip()), weight.unit());
                    if (kg != null) {
                        return Optional.of(kg);
                    }
                } catch (NumberFormatException unreadable) {
                    // try the next unit
                }
            }
        }
        return Optional.empty();
    }

    private static CountryCode country(FedexResponse.Address address) {
        return address == null ? null : Countries.orNull(address.countryCode());
    }

    private static String location(FedexResponse.Address address) {
        return address == null ? null : EventDraft.location(address.city(), address.stateOrProvinceCode());
    }

    private static String text(String first, String second) {
        StringJoiner text = new StringJoiner(" ");
        for (String part : new String[] {first, second}) {
            if (part != null && !part.isBlank()) {
                text.add(part.strip());
            }
        }
        return text.length() == 0 ? null : text.toString();
    }

    /** {@code eventType (derivedStatusCode): description / exception description}. */
    private static String detail(String code, String derived, String... texts) {
        StringBuilder detail = new StringBuilder(code == null || code.isBlank() ? "?" : code.strip());
        if (derived != null && !derived.isBlank() && !derived.strip().equals(detail.toString())) {
            detail.append(" (").append(derived.strip()).append(")");
        }
        List<String> parts = new ArrayList<>();
        for (String part : texts) {
            String stripped = part == null ? "" : part.strip();
            if (!stripped.isEmpty() && !parts.contains(stripped)) {
                detail.append(parts.isEmpty() ? ": " : " / ").append(stripped);
                parts.add(stripped);
            }
        }
        return detail.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
