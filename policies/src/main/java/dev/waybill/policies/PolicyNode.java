package dev.waybill.policies;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.waybill.policies.internal.PolicyJson;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.InputLimits;
import dev.waybill.shipment.Money;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A position in a policy file, for reading it with errors that name the file and the JSON path.
 * The data loaders (transit, returns, liability, remedy) read a document here and bind its
 * {@link #json()} with Jackson into DTO records; the message template loader walks it with
 * {@link #required(String)}, {@link #optional(String)}, {@link #elements()} and the typed readers.
 * Any problem becomes a {@link PolicyFileException}.
 *
 * <pre>{@code
 * PolicyNode root = PolicyNode.fromResource(Profiles.class, "transit-profiles.json");
 * for (PolicyNode profile : root.required("profiles").elements()) {
 *     CountryCode origin = profile.required("origin").country();
 * }
 * }</pre>
 *
 * <p>Immutable; safe to share once read.
 */
public final class PolicyNode {

    private static final ObjectMapper MAPPER = JsonMapper.builder(PolicyJson.factory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final String file;
    private final String path;
    private final JsonNode node;

    private PolicyNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /**
     * Reads a bundled resource next to {@code anchor}.
     *
     * @throws PolicyFileException if it is missing or not JSON
     */
    public static PolicyNode fromResource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new PolicyFileException(name, "$", "resource not found next to " + anchor.getName());
            }
            return parse(name, in.readAllBytes());
        } catch (IOException e) {
            throw new PolicyFileException(name, "$", "cannot read: " + e.getMessage());
        }
    }

    /**
     * Reads a shop's own file.
     *
     * @throws PolicyFileException if it cannot be read or is not JSON
     */
    public static PolicyNode fromFile(Path file) {
        try {
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new PolicyFileException(file.toString(), "$", "cannot read: " + e.getMessage());
        }
    }

    /**
     * Parses JSON text already in memory; {@code name} labels errors.
     *
     * @throws PolicyFileException if it is not JSON
     */
    public static PolicyNode parse(String name, byte[] json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new PolicyFileException(name, "$", "empty document");
            }
            return new PolicyNode(name, "$", root);
        } catch (JsonProcessingException e) {
            throw new PolicyFileException(name, "$", "not valid JSON: " + InputLimits.inWords(e.getOriginalMessage())
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new PolicyFileException(name, "$", "cannot read: " + e.getMessage());
        }
    }

    /** The file this node was read from. */
    public String file() {
        return file;
    }

    /** The JSON path of this node, for example {@code $.profiles[3].stages.LINEHAUL}. */
    public String path() {
        return path;
    }

    /** The error for a problem at this node. */
    public PolicyFileException problem(String problem) {
        return new PolicyFileException(file, path, problem);
    }

    /** True when this object has {@code field} with a non-null value. */
    public boolean has(String field) {
        JsonNode child = node.get(field);
        return child != null && !child.isNull();
    }

    /** The child {@code field} of this object; a missing or null field is an error. */
    public PolicyNode required(String field) {
        requireObject();
        JsonNode child = node.get(field);
        if (child == null || child.isNull()) {
            throw new PolicyFileException(file, path + "." + field, "missing");
        }
        return new PolicyNode(file, path + "." + field, child);
    }

    /** The child {@code field} of this object, if present and not null. */
    public Optional<PolicyNode> optional(String field) {
        requireObject();
        JsonNode child = node.get(field);
        return child == null || child.isNull() ? Optional.empty()
                : Optional.of(new PolicyNode(file, path + "." + field, child));
    }

    /** The elements of this array. */
    public List<PolicyNode> elements() {
        if (!node.isArray()) {
            throw problem("expected an array");
        }
        List<PolicyNode> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new PolicyNode(file, path + "[" + i + "]", node.get(i)));
        }
        return elements;
    }

    /** The fields of this object, in document order. */
    public List<Map.Entry<String, PolicyNode>> fields() {
        requireObject();
        List<Map.Entry<String, PolicyNode>> fields = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            fields.add(Map.entry(field.getKey(), new PolicyNode(file, path + "." + field.getKey(), field.getValue())));
        }
        return fields;
    }

    /** The names of this object's fields. */
    public List<String> fieldNames() {
        requireObject();
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Fails if this object has a field not in {@code allowed}: a typo in a shop's file should not
     * be silently ignored.
     */
    public PolicyNode onlyFields(String... allowed) {
        List<String> known = Arrays.asList(allowed);
        for (String name : fieldNames()) {
            if (!known.contains(name)) {
                throw new PolicyFileException(file, path + "." + name, "unknown field; expected one of " + known);
            }
        }
        return this;
    }

    /** This node as non-blank text. */
    public String text() {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw problem("expected a non-empty string, got " + node);
        }
        return node.asText().strip();
    }

    /** This node as a whole number. */
    public int integer() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw problem("expected a whole number, got " + node);
        }
        return node.intValue();
    }

    /** This node as a whole number in {@code [min, max]}. */
    public int integer(int min, int max) {
        int value = integer();
        if (value < min || value > max) {
            throw problem("must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** This node as a decimal number (a JSON number or a decimal string). */
    public BigDecimal decimal() {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().strip());
            } catch (NumberFormatException e) {
                throw problem("not a decimal: '" + node.asText() + "'");
            }
        }
        throw problem("expected a number, got " + node);
    }

    /** This node as a boolean. */
    public boolean bool() {
        if (!node.isBoolean()) {
            throw problem("expected true or false, got " + node);
        }
        return node.booleanValue();
    }

    /** This node as an ISO date. */
    public LocalDate date() {
        try {
            return LocalDate.parse(text());
        } catch (DateTimeParseException e) {
            throw problem("not an ISO date (2026-11-16): '" + node.asText() + "'");
        }
    }

    /** This node as an ISO 3166-1 alpha-2 country code. */
    public CountryCode country() {
        try {
            return CountryCode.parse(text());
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    /** This node as {@code {"amount": "12.50", "currency": "EUR"}}. */
    public Money money() {
        onlyFields("amount", "currency");
        BigDecimal amount = required("amount").decimal();
        PolicyNode currency = required("currency");
        try {
            return Money.of(Money.currency(currency.text()), amount);
        } catch (IllegalArgumentException e) {
            throw currency.problem(e.getMessage());
        }
    }

    /** This node as a constant of {@code type}, by exact name. */
    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String text = text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw problem("unknown value '" + text + "'; expected one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** The underlying Jackson node, for loaders that bind records with Jackson directly. */
    public JsonNode json() {
        return node;
    }

    private void requireObject() {
        if (!node.isObject()) {
            throw problem("expected an object, got " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
