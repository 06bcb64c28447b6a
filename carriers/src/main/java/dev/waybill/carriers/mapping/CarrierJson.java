package dev.waybill.carriers.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.shipment.InputLimits;
import java.io.IOException;

/**
 * The one Jackson configuration adapters read carrier bodies with: unknown fields ignored, a single
 * value accepted where an array is documented, numbers accepted where text is (DHL sends ids both
 * ways). Every failure becomes a {@link CarrierResponseException} naming the carrier and the JSON path.
 *
 * <p>Thread-safe.
 */
public final class CarrierJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(factory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .build();

    private CarrierJson() {
    }

    /**
     * A new JSON factory whose parsers refuse nesting, strings and numbers beyond
     * {@link InputLimits#defaults()} (Jackson's stream read constraints); every mapper of this module
     * starts from one.
     */
    public static JsonFactory factory() {
        InputLimits limits = InputLimits.defaults();
        return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build()).build();
    }

    /**
     * Reads {@code body} as a JSON tree.
     *
     * @param status the HTTP status it came with, or 0 for a body read from elsewhere
     * @throws CarrierResponseException if it is empty or not JSON
     */
    public static JsonNode tree(String carrier, int status, byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new CarrierResponseException(carrier, status, null, "empty body", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new CarrierResponseException(carrier, status, null, unreadable(e), e);
        } catch (IOException e) {
            throw new CarrierResponseException(carrier, status, null, "unreadable body: " + e.getMessage(), e);
        }
    }

    /**
     * Binds {@code node} to {@code type}.
     *
     * @throws CarrierResponseException naming the JSON path of a value of the wrong shape
     */
    public static <T> T bind(String carrier, int status, JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (MismatchedInputException e) {
            throw new CarrierResponseException(carrier, status, null, mismatch(e), e);
        } catch (JsonProcessingException e) {
            throw new CarrierResponseException(carrier, status, null, "unexpected body" + location(e), e);
        }
    }

    /** {@code value} as JSON bytes, for request bodies. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value.getClass().getName(), e);
        }
    }

    /** An empty object node, for building request bodies. */
    public static com.fasterxml.jackson.databind.node.ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** An empty array node, for building request bodies. */
    public static com.fasterxml.jackson.databind.node.ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** The factory of the mapper itself, for {@link StreamingBody}: its parsers are the binder's. */
    static JsonFactory parsers() {
        return MAPPER.getFactory();
    }

    /** A reader of {@code type} with this configuration, for {@link BodyReader}. */
    static ObjectReader readerFor(Class<?> type) {
        return MAPPER.readerFor(type);
    }

    /** The JSON path of a mismatch, as {@code $.a.b[2].c}. */
    static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder("$");
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A value of the wrong type, in the user's words: the JSON path, what was expected there and what
     * was found ({@code "at $.shipments[0].events: expected a list, found text ('nope')"}); never a
     * class name. The cause stays chained for the logs.
     */
    static String mismatch(MismatchedInputException e) {
        return mismatch(path(e), expected(e.getTargetType()), found(e));
    }

    /** The line of {@link #mismatch(MismatchedInputException)} from its three parts, for a reader that binds by hand. */
    static String mismatch(String path, String expected, String found) {
        return "unexpected shape at " + path + ": expected " + expected + ", found " + found;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class || type == Character.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    /** What was found, read from the binder's own words ("from String value ('nope')"), never quoting a type. */
    private static String found(MismatchedInputException e) {
        java.util.regex.Matcher found = FOUND.matcher(String.valueOf(e.getOriginalMessage()));
        if (!found.find()) {
            return "another kind of value";
        }
        String kind = switch (found.group(1)) {
            case "String" -> "text";
            case "Array" -> "a list";
            case "Object" -> "an object";
            case "Boolean" -> "true or false";
            case "Null", "null" -> "null";
            default -> "a number";
        };
        String value = found.group(2) != null ? found.group(2) : found.group(3) != null ? "'" + found.group(3) + "'" : null;
        return value == null ? kind : kind + " (" + value + ")";
    }

    /** The binder says {@code from String value ('nope')} or {@code from String "ten"}. */
    private static final java.util.regex.Pattern FOUND = java.util.regex.Pattern.compile(
            "from (String|Array|Object|Boolean|Integer|Floating-point|Number|Null|null)(?: value)?"
                    + "(?: \\(('[^']{0,40}')| \"([^\"]{0,40})\")?");

    /**
     * Why a body could not be read, in the user's words: a limit of {@link InputLimits} it goes past
     * ({@code "refused: nested 65 levels deep, deeper than the limit of 64"}), else what is wrong with
     * text that is not JSON and where.
     */
    static String unreadable(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        String limit = InputLimits.inWords(original);
        return limit.equals(original) ? "not JSON: " + syntax(e) + location(e) : "refused: " + limit;
    }

    /** What is wrong with text that is not JSON, in the user's words. */
    static String syntax(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.contains("end-of-input")) {
            return "the body ends before its JSON is complete (truncated?)";
        }
        if (original.startsWith("Unexpected character") || original.startsWith("Unrecognized token")) {
            return "a character or word that JSON does not allow there";
        }
        return "malformed JSON";
    }

    /** Where in the text a failure is, or nothing when Jackson does not say. */
    static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }
}
