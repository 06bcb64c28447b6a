package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TextReading;
import dev.waybill.shipment.TimeBasis;
import dev.waybill.shipment.TrackingEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * The shipment format of the contract ({@code waybill assess} input, {@code waybill parse} output)
 * in both directions. Reading validates every field and names the first bad one as a JSON path
 * ({@code events[2].at}); unknown fields are ignored.
 */
final class ShipmentJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ShipmentJson() {
    }

    /** The {@code id} of a record, if it has a textual one; used to label error lines. */
    static String idOf(JsonNode record) {
        JsonNode id = record == null ? null : record.get("id");
        return id != null && id.isTextual() ? id.asText() : null;
    }

    /**
     * Reads one shipment record.
     *
     * @throws InvalidRecordException naming the first field that is missing or wrong
     */
    static Shipment read(JsonNode record) throws InvalidRecordException {
        if (record == null || !record.isObject()) {
            throw new InvalidRecordException("record", "expected a JSON object");
        }
        String id = requiredText(record, "id");
        CountryCode origin = requiredCountry(record, "origin");
        CountryCode destination = requiredCountry(record, "destination");
        Mode mode = optionalEnum(record, "mode", Mode.class, Mode.AIR);
        Lane lane = new Lane(origin, destination, mode, optionalText(record, "carrier"));

        Shipment.Builder shipment = Shipment.builder(id, lane)
                .trackingNumber(optionalText(record, "trackingNumber"))
                .shippedAt(optionalInstant(record, "shippedAt", "shippedAt"))
                .promisedBy(optionalDate(record, "promisedBy"))
                .value(optionalMoney(record, "value"))
                .weightKg(optionalWeight(record, "weightKg"))
                .language(optionalLanguage(record, "language"));

        JsonNode events = record.get("events");
        if (events == null || events.isNull()) {
            throw new InvalidRecordException("events", "missing (use [] for a shipment without events)");
        }
        if (!events.isArray()) {
            throw new InvalidRecordException("events", "expected an array");
        }
        for (int i = 0; i < events.size(); i++) {
            shipment.event(event(events.get(i), "events[" + i + "]"));
        }
        JsonNode reports = record.get("reports");
        if (reports != null && !reports.isNull()) {
            if (!reports.isArray()) {
                throw new InvalidRecordException("reports", "expected an array");
            }
            for (int i = 0; i < reports.size(); i++) {
                shipment.report(report(reports.get(i), "reports[" + i + "]"));
            }
        }
        JsonNode status = record.get("carrierStatus");
        if (status != null && !status.isNull()) {
            shipment.carrierStatus(carrierStatus(status, "carrierStatus"));
        }
        return shipment.build();
    }

    /** {@code {progress, reason?, at?, said}}: what the carrier said of the whole shipment ({@code parse} writes it). */
    private static CarrierStatus carrierStatus(JsonNode node, String path) throws InvalidRecordException {
        if (!node.isObject()) {
            throw new InvalidRecordException(path, "expected an object");
        }
        JsonNode progress = node.get("progress");
        if (progress == null || progress.isNull()) {
            throw new InvalidRecordException(path + ".progress", "missing");
        }
        String said = optionalText(node, "said", path + ".said");
        if (said == null || said.isBlank()) {
            throw new InvalidRecordException(path + ".said", "missing");
        }
        return new CarrierStatus(enumValue(progress, path + ".progress", CarrierStatus.Progress.class),
                optionalEnum(node, "reason", path + ".reason", Reason.class, null),
                optionalInstant(node, "at", path + ".at"), said);
    }

    /** {@code {rule, certainty}}: how an event's code was read from the carrier's text. */
    private static TextReading reading(JsonNode node, String path) throws InvalidRecordException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidRecordException(path, "expected an object");
        }
        String rule = optionalText(node, "rule", path + ".rule");
        if (rule == null || rule.isBlank()) {
            throw new InvalidRecordException(path + ".rule", "missing");
        }
        JsonNode certainty = node.get("certainty");
        if (certainty == null || certainty.isNull()) {
            throw new InvalidRecordException(path + ".certainty", "missing");
        }
        return TextReading.of(rule, enumValue(certainty, path + ".certainty", TextReading.Certainty.class));
    }

    private static TrackingEvent event(JsonNode node, String path) throws InvalidRecordException {
        if (!node.isObject()) {
            throw new InvalidRecordException(path, "expected an object");
        }
        OffsetDateTime at = optionalInstant(node, "at", path + ".at");
        if (at == null) {
            throw new InvalidRecordException(path + ".at", "missing");
        }
        JsonNode codeNode = node.get("code");
        if (codeNode == null || codeNode.isNull()) {
            throw new InvalidRecordException(path + ".code", "missing");
        }
        EventCode code = enumValue(codeNode, path + ".code", EventCode.class);
        JsonNode country = node.get("country");
        return TrackingEvent.builder(at, code)
                .reason(optionalEnum(node, "reason", path + ".reason", Reason.class, null))
                .location(optionalText(node, "location", path + ".location"))
                .country(country == null || country.isNull() ? null : country(country, path + ".country"))
                .detail(optionalText(node, "detail", path + ".detail"))
                .timeBasis(optionalEnum(node, "timeBasis", path + ".timeBasis", TimeBasis.class,
                        TimeBasis.OFFSET_GIVEN))
                .reading(reading(node.get("reading"), path + ".reading"))
                .build();
    }

    private static CustomerReport report(JsonNode node, String path) throws InvalidRecordException {
        if (!node.isObject()) {
            throw new InvalidRecordException(path, "expected an object");
        }
        OffsetDateTime at = optionalInstant(node, "at", path + ".at");
        if (at == null) {
            throw new InvalidRecordException(path + ".at", "missing");
        }
        JsonNode type = node.get("type");
        if (type == null || type.isNull()) {
            throw new InvalidRecordException(path + ".type", "missing");
        }
        return CustomerReport.of(at.toInstant(), enumValue(type, path + ".type", ReportType.class));
    }

    private static String requiredText(JsonNode node, String field) throws InvalidRecordException {
        String text = optionalText(node, field, field);
        if (text == null) {
            throw new InvalidRecordException(field, "missing");
        }
        return text;
    }

    private static String optionalText(JsonNode node, String field) throws InvalidRecordException {
        return optionalText(node, field, field);
    }

    private static String optionalText(JsonNode node, String field, String path) throws InvalidRecordException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidRecordException(path, "expected a string, got " + value);
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static CountryCode requiredCountry(JsonNode node, String field) throws InvalidRecordException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidRecordException(field, "missing");
        }
        return country(value, field);
    }

    private static CountryCode country(JsonNode value, String path) throws InvalidRecordException {
        if (!value.isTextual()) {
            throw new InvalidRecordException(path, "expected an ISO 3166-1 alpha-2 country code, got " + value);
        }
        String text = value.asText();
        if (text.strip().length() != 2) {
            throw new InvalidRecordException(path, "not an ISO 3166-1 alpha-2 country code: '" + text + "'");
        }
        try {
            return CountryCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException(path, e.getMessage());
        }
    }

    private static OffsetDateTime optionalInstant(JsonNode node, String field, String path)
            throws InvalidRecordException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidRecordException(path, "expected an ISO-8601 instant with an offset, got " + value);
        }
        return instant(value.asText(), path);
    }

    /** Parses an ISO-8601 instant that must carry an offset or {@code Z}. */
    static OffsetDateTime instant(String text, String path) throws InvalidRecordException {
        OffsetDateTime common = commonInstant(text);
        if (common != null) {
            return common;
        }
        try {
            return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            try {
                java.time.LocalDateTime.parse(text.strip());
                throw new InvalidRecordException(path, "timestamp without an offset: '" + text + "'");
            } catch (DateTimeParseException notLocalEither) {
                throw new InvalidRecordException(path, "not an ISO-8601 instant with an offset: '" + text + "'");
            }
        }
    }

    /**
     * The shape nearly every record uses, {@code 2026-11-02T08:00:00Z} or {@code ...+08:00}, read
     * without the general formatter. Only values the strict ISO formatter reads the same way are
     * taken (day 1 to 28, hour 0 to 23, offset hours up to 14); anything else answers null and is
     * read, or rejected with its message, the general way.
     */
    private static OffsetDateTime commonInstant(String text) {
        int length = text.length();
        if ((length != 20 && length != 25) || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        ZoneOffset offset;
        if (length == 20) {
            if (text.charAt(19) != 'Z') {
                return null;
            }
            offset = ZoneOffset.UTC;
        } else {
            char sign = text.charAt(19);
            int offsetHours = digits(text, 20, 22);
            int offsetMinutes = digits(text, 23, 25);
            if ((sign != '+' && sign != '-') || text.charAt(22) != ':' || offsetHours < 0 || offsetHours > 14
                    || offsetMinutes < 0 || offsetMinutes > 59) {
                return null;
            }
            offset = ZoneOffset.ofTotalSeconds((offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1));
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
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

    private static LocalDate optionalDate(JsonNode node, String field) throws InvalidRecordException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidRecordException(field, "expected an ISO date (2026-11-16), got " + value);
        }
        try {
            return LocalDate.parse(value.asText().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRecordException(field, "not an ISO date (2026-11-16): '" + value.asText() + "'");
        }
    }

    private static Money optionalMoney(JsonNode node, String field) throws InvalidRecordException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new InvalidRecordException(field, "expected {\"amount\": \"12.50\", \"currency\": \"EUR\"}");
        }
        JsonNode amount = value.get("amount");
        if (amount == null || amount.isNull()) {
            throw new InvalidRecordException(field + ".amount", "missing");
        }
        BigDecimal decimal;
        if (amount.isNumber()) {
            decimal = amount.decimalValue();
        } else if (amount.isTextual()) {
            try {
                decimal = new BigDecimal(amount.asText().strip());
            } catch (NumberFormatException e) {
                throw new InvalidRecordException(field + ".amount", "not a decimal: '" + amount.asText() + "'");
            }
        } else {
            throw new InvalidRecordException(field + ".amount", "expected a decimal string, got " + amount);
        }
        if (decimal.signum() < 0) {
            throw new InvalidRecordException(field + ".amount", "is negative: " + decimal.toPlainString());
        }
        JsonNode currency = value.get("currency");
        if (currency == null || currency.isNull()) {
            throw new InvalidRecordException(field + ".currency", "missing");
        }
        if (!currency.isTextual()) {
            throw new InvalidRecordException(field + ".currency", "expected an ISO 4217 code, got " + currency);
        }
        try {
            return Money.of(Money.currency(currency.asText()), decimal);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException(field + ".currency", e.getMessage());
        }
    }

    private static BigDecimal optionalWeight(JsonNode node, String field) throws InvalidRecordException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        BigDecimal weight;
        if (value.isNumber()) {
            weight = value.decimalValue();
        } else if (value.isTextual()) {
            try {
                weight = new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                throw new InvalidRecordException(field, "not a number: '" + value.asText() + "'");
            }
        } else {
            throw new InvalidRecordException(field, "expected a number, got " + value);
        }
        if (weight.signum() < 0) {
            throw new InvalidRecordException(field, "is negative: " + weight.toPlainString());
        }
        return weight;
    }

    private static Locale optionalLanguage(JsonNode node, String field) throws InvalidRecordException {
        String tag = optionalText(node, field);
        if (tag == null) {
            return null;
        }
        return language(tag, field);
    }

    /** Parses a BCP 47 language tag strictly. */
    static Locale language(String tag, String path) throws InvalidRecordException {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw new InvalidRecordException(path, "not a BCP 47 language tag: '" + tag + "'");
        }
    }

    private static <E extends Enum<E>> E optionalEnum(JsonNode node, String field, Class<E> type, E fallback)
            throws InvalidRecordException {
        return optionalEnum(node, field, field, type, fallback);
    }

    private static <E extends Enum<E>> E optionalEnum(JsonNode node, String field, String path, Class<E> type,
                                                      E fallback) throws InvalidRecordException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        return enumValue(value, path, type);
    }

    private static <E extends Enum<E>> E enumValue(JsonNode value, String path, Class<E> type)
            throws InvalidRecordException {
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.asText().strip())) {
                    return constant;
                }
            }
        }
        throw new InvalidRecordException(path, "unknown value " + value + "; expected one of "
                + Arrays.toString(type.getEnumConstants()));
    }

    /** Writes {@code shipment} in the input format of {@code assess}. */
    static ObjectNode write(Shipment shipment) {
        ObjectNode node = NODES.objectNode();
        node.put("id", shipment.id());
        node.put("origin", shipment.origin().value());
        node.put("destination", shipment.destination().value());
        if (shipment.lane().carrier() != null) {
            node.put("carrier", shipment.lane().carrier());
        }
        if (shipment.trackingNumber() != null) {
            node.put("trackingNumber", shipment.trackingNumber());
        }
        node.put("mode", shipment.lane().mode().name());
        if (shipment.shippedAt() != null) {
            node.put("shippedAt", JsonOutput.instant(shipment.shippedAt()));
        }
        if (shipment.promisedBy() != null) {
            node.put("promisedBy", shipment.promisedBy().toString());
        }
        if (shipment.value() != null) {
            ObjectNode value = node.putObject("value");
            value.put("amount", shipment.value().amount().toPlainString());
            value.put("currency", shipment.value().currency().getCurrencyCode());
        }
        if (shipment.weightKg() != null) {
            node.put("weightKg", shipment.weightKg());
        }
        if (shipment.language() != null) {
            node.put("language", shipment.language().toLanguageTag());
        }
        ArrayNode events = node.putArray("events");
        for (TrackingEvent event : shipment.events()) {
            ObjectNode e = events.addObject();
            e.put("at", JsonOutput.instant(event.at()));
            e.put("code", event.code().name());
            if (event.reason() != null) {
                e.put("reason", event.reason().name());
            }
            if (event.location() != null) {
                e.put("location", event.location());
            }
            if (event.country() != null) {
                e.put("country", event.country().value());
            }
            if (event.detail() != null) {
                e.put("detail", event.detail());
            }
            if (event.timeBasis() != TimeBasis.OFFSET_GIVEN) {
                e.put("timeBasis", event.timeBasis().name());
            }
            if (event.reading() != null) {
                ObjectNode reading = e.putObject("reading");
                reading.put("rule", event.reading().rule());
                reading.put("certainty", event.reading().certainty().name());
            }
        }
        if (shipment.carrierStatus() != null) {
            CarrierStatus status = shipment.carrierStatus();
            ObjectNode s = node.putObject("carrierStatus");
            s.put("progress", status.progress().name());
            if (status.reason() != null) {
                s.put("reason", status.reason().name());
            }
            if (status.at() != null) {
                s.put("at", JsonOutput.instant(status.at()));
            }
            s.put("said", status.said());
        }
        if (!shipment.reports().isEmpty()) {
            ArrayNode reports = node.putArray("reports");
            for (CustomerReport report : shipment.reports()) {
                ObjectNode r = reports.addObject();
                r.put("at", report.at().toString());
                r.put("type", report.type().name());
            }
        }
        return node;
    }
}
