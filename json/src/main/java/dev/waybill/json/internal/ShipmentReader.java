package dev.waybill.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.json.ContractJsonException;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.InputLimits;
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
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Reads the shipment format of the contract ({@code waybill assess} input, {@code waybill parse}
 * output). Validates every field and names the first bad one as a JSON path ({@code events[2].at});
 * unknown fields are ignored.
 */
public final class ShipmentReader {

    /** Most digits after the point of a weight or a value: finer than any unit, and bounded so arithmetic is. */
    private static final int MAX_FRACTION_DIGITS = 20;

    private ShipmentReader() {
    }

    /** The {@code id} of a record, if it has a textual one; used to label error lines. */
    public static String idOf(JsonNode record) {
        JsonNode id = record == null ? null : record.get("id");
        return id != null && id.isTextual() ? id.asText() : null;
    }

    /**
     * Reads one shipment record within {@link InputLimits#defaults()}.
     *
     * @throws ContractJsonException naming the first field that is missing or wrong
     */
    public static Shipment read(JsonNode record) throws ContractJsonException {
        return read(record, InputLimits.defaults());
    }

    /**
     * Reads one shipment record; more events or reports than {@code limits} allow, and a weight or value
     * above them, are refused naming the field.
     *
     * @throws ContractJsonException naming the first field that is missing, wrong or out of range
     */
    public static Shipment read(JsonNode record, InputLimits limits) throws ContractJsonException {
        if (record == null || !record.isObject()) {
            throw new ContractJsonException("record", "expected a JSON object");
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
                .value(optionalMoney(record, "value", limits.maxAmount()))
                .weightKg(optionalWeight(record, "weightKg", limits.maxWeightKg()))
                .language(optionalLanguage(record, "language"));

        JsonNode events = record.get("events");
        if (events == null || events.isNull()) {
            throw new ContractJsonException("events", "missing (use [] for a shipment without events)");
        }
        if (!events.isArray()) {
            throw new ContractJsonException("events", "expected an array");
        }
        requireAtMost(events.size(), limits, "events");
        for (int i = 0; i < events.size(); i++) {
            shipment.event(event(events.get(i), "events[" + i + "]"));
        }
        JsonNode reports = record.get("reports");
        if (reports != null && !reports.isNull()) {
            if (!reports.isArray()) {
                throw new ContractJsonException("reports", "expected an array");
            }
            requireAtMost(reports.size(), limits, "reports");
            for (int i = 0; i < reports.size(); i++) {
                shipment.report(report(reports.get(i), "reports[" + i + "]"));
            }
        }
        JsonNode status = record.get("carrierStatus");
        if (status != null && !status.isNull()) {
            shipment.carrierStatus(carrierStatus(status, "carrierStatus"));
        }
        JsonNode handOver = record.get("handOver");
        if (handOver != null && !handOver.isNull()) {
            shipment.handOver(handOver(handOver, "handOver"));
        }
        return shipment.build();
    }

    /** {@code {carrier?, trackingNumber, at?}}: the next carrier the parcel was handed to ({@code parse} writes it). */
    private static HandOver handOver(JsonNode node, String path) throws ContractJsonException {
        if (!node.isObject()) {
            throw new ContractJsonException(path, "expected an object");
        }
        String carrier = optionalText(node, "carrier", path + ".carrier");
        String number = optionalText(node, "trackingNumber", path + ".trackingNumber");
        if (number == null || number.isBlank()) {
            throw new ContractJsonException(path + ".trackingNumber", "missing");
        }
        return new HandOver(carrier, number, optionalInstant(node, "at", path + ".at"));
    }

    private static void requireAtMost(int count, InputLimits limits, String field) throws ContractJsonException {
        if (count > limits.maxEventsPerShipment()) {
            throw new ContractJsonException(field, count + " entries, more than the limit of "
                    + limits.maxEventsPerShipment() + " per shipment");
        }
    }

    /** {@code {progress, reason?, at?, said}}: what the carrier said of the whole shipment ({@code parse} writes it). */
    private static CarrierStatus carrierStatus(JsonNode node, String path) throws ContractJsonException {
        if (!node.isObject()) {
            throw new ContractJsonException(path, "expected an object");
        }
        JsonNode progress = node.get("progress");
        if (progress == null || progress.isNull()) {
            throw new ContractJsonException(path + ".progress", "missing");
        }
        String said = optionalText(node, "said", path + ".said");
        if (said == null || said.isBlank()) {
            throw new ContractJsonException(path + ".said", "missing");
        }
        return new CarrierStatus(enumValue(progress, path + ".progress", CarrierStatus.Progress.class),
                optionalEnum(node, "reason", path + ".reason", Reason.class, null),
                optionalInstant(node, "at", path + ".at"), said);
    }

    /** {@code {rule, certainty}}: how an event's code was read from the carrier's text. */
    private static TextReading reading(JsonNode node, String path) throws ContractJsonException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new ContractJsonException(path, "expected an object");
        }
        String rule = optionalText(node, "rule", path + ".rule");
        if (rule == null || rule.isBlank()) {
            throw new ContractJsonException(path + ".rule", "missing");
        }
        JsonNode certainty = node.get("certainty");
        if (certainty == null || certainty.isNull()) {
            throw new ContractJsonException(path + ".certainty", "missing");
        }
        return TextReading.of(rule, enumValue(certainty, path + ".certainty", TextReading.Certainty.class));
    }

    private static TrackingEvent event(JsonNode node, String path) throws ContractJsonException {
        if (!node.isObject()) {
            throw new ContractJsonException(path, "expected an object");
        }
        OffsetDateTime at = optionalInstant(node, "at", path + ".at");
        if (at == null) {
            throw new ContractJsonException(path + ".at", "missing");
        }
        JsonNode codeNode = node.get("code");
        if (codeNode == null || codeNode.isNull()) {
            throw new ContractJsonException(path + ".code", "missing");
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

    private static CustomerReport report(JsonNode node, String path) throws ContractJsonException {
        if (!node.isObject()) {
            throw new ContractJsonException(path, "expected an object");
        }
        OffsetDateTime at = optionalInstant(node, "at", path + ".at");
        if (at == null) {
            throw new ContractJsonException(path + ".at", "missing");
        }
        JsonNode type = node.get("type");
        if (type == null || type.isNull()) {
            throw new ContractJsonException(path + ".type", "missing");
        }
        return CustomerReport.of(at.toInstant(), enumValue(type, path + ".type", ReportType.class));
    }

    private static String requiredText(JsonNode node, String field) throws ContractJsonException {
        String text = optionalText(node, field, field);
        if (text == null) {
            throw new ContractJsonException(field, "missing");
        }
        return text;
    }

    private static String optionalText(JsonNode node, String field) throws ContractJsonException {
        return optionalText(node, field, field);
    }

    private static String optionalText(JsonNode node, String field, String path) throws ContractJsonException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ContractJsonException(path, "expected a string, got " + value);
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static CountryCode requiredCountry(JsonNode node, String field) throws ContractJsonException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ContractJsonException(field, "missing");
        }
        return country(value, field);
    }

    private static CountryCode country(JsonNode value, String path) throws ContractJsonException {
        if (!value.isTextual()) {
            throw new ContractJsonException(path, "expected an ISO 3166-1 alpha-2 country code, got " + value);
        }
        String text = value.asText();
        if (text.strip().length() != 2) {
            throw new ContractJsonException(path, "not an ISO 3166-1 alpha-2 country code: '" + text + "'");
        }
        try {
            return CountryCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ContractJsonException(path, e.getMessage());
        }
    }

    private static OffsetDateTime optionalInstant(JsonNode node, String field, String path)
            throws ContractJsonException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ContractJsonException(path, "expected an ISO-8601 instant with an offset, got " + value);
        }
        return Instants.parse(value.asText(), path);
    }

    private static LocalDate optionalDate(JsonNode node, String field) throws ContractJsonException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ContractJsonException(field, "expected an ISO date (2026-11-16), got " + value);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.asText().strip());
        } catch (DateTimeParseException e) {
            throw new ContractJsonException(field, "not an ISO date (2026-11-16): '" + value.asText() + "'");
        }
        Instants.requireYearInRange(date.getYear(), value.asText(), field);
        return date;
    }

    private static Money optionalMoney(JsonNode node, String field, BigDecimal max) throws ContractJsonException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new ContractJsonException(field, "expected {\"amount\": \"12.50\", \"currency\": \"EUR\"}");
        }
        JsonNode amount = value.get("amount");
        if (amount == null || amount.isNull()) {
            throw new ContractJsonException(field + ".amount", "missing");
        }
        BigDecimal decimal;
        if (amount.isNumber()) {
            decimal = amount.decimalValue();
        } else if (amount.isTextual()) {
            try {
                decimal = new BigDecimal(amount.asText().strip());
            } catch (NumberFormatException e) {
                throw new ContractJsonException(field + ".amount", "not a decimal: '" + amount.asText() + "'");
            }
        } else {
            throw new ContractJsonException(field + ".amount", "expected a decimal string, got " + amount);
        }
        requireInRange(decimal, max, field + ".amount", "");
        JsonNode currency = value.get("currency");
        if (currency == null || currency.isNull()) {
            throw new ContractJsonException(field + ".currency", "missing");
        }
        if (!currency.isTextual()) {
            throw new ContractJsonException(field + ".currency", "expected an ISO 4217 code, got " + currency);
        }
        try {
            return Money.of(Money.currency(currency.asText()), decimal);
        } catch (IllegalArgumentException e) {
            throw new ContractJsonException(field + ".currency", e.getMessage());
        }
    }

    private static BigDecimal optionalWeight(JsonNode node, String field, BigDecimal max)
            throws ContractJsonException {
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
                throw new ContractJsonException(field, "not a number: '" + value.asText() + "'");
            }
        } else {
            throw new ContractJsonException(field, "expected a number, got " + value);
        }
        requireInRange(weight, max, field, " kg");
        return weight;
    }

    /** Zero to {@code max}, with at most {@link #MAX_FRACTION_DIGITS} digits after the point. */
    private static void requireInRange(BigDecimal number, BigDecimal max, String path, String unit)
            throws ContractJsonException {
        if (number.signum() < 0) {
            throw new ContractJsonException(path, "is negative: " + shown(number));
        }
        if (number.compareTo(max) > 0) {
            throw new ContractJsonException(path, "above the limit of " + max.toPlainString() + unit + ": "
                    + shown(number));
        }
        if (number.scale() > MAX_FRACTION_DIGITS) {
            throw new ContractJsonException(path, "more than " + MAX_FRACTION_DIGITS + " digits after the point: "
                    + shown(number));
        }
    }

    /** A number as written for a message: plain when short, else in scientific notation, never huge. */
    private static String shown(BigDecimal number) {
        String plain = number.abs().compareTo(BigDecimal.TEN.pow(30)) < 0 && number.scale() <= 30
                ? number.toPlainString() : number.toString();
        return plain.length() <= 40 ? plain : plain.substring(0, 40) + "…";
    }

    private static Locale optionalLanguage(JsonNode node, String field) throws ContractJsonException {
        String tag = optionalText(node, field);
        if (tag == null) {
            return null;
        }
        return language(tag, field);
    }

    /** Parses a BCP 47 language tag strictly. */
    public static Locale language(String tag, String path) throws ContractJsonException {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw new ContractJsonException(path, "not a BCP 47 language tag: '" + tag + "'");
        }
    }

    private static <E extends Enum<E>> E optionalEnum(JsonNode node, String field, Class<E> type, E fallback)
            throws ContractJsonException {
        return optionalEnum(node, field, field, type, fallback);
    }

    private static <E extends Enum<E>> E optionalEnum(JsonNode node, String field, String path, Class<E> type,
                                                      E fallback) throws ContractJsonException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        return enumValue(value, path, type);
    }

    private static <E extends Enum<E>> E enumValue(JsonNode value, String path, Class<E> type)
            throws ContractJsonException {
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.asText().strip())) {
                    return constant;
                }
            }
        }
        throw new ContractJsonException(path, "unknown value " + value + "; expected one of "
                + Arrays.toString(type.getEnumConstants()));
    }
}
