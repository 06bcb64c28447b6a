package dev.waybill.policies.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import dev.waybill.shipment.InputLimits;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Binds a policy document into DTO records. The formats are Waybill's own, so binding is strict: an
 * unknown field is an error (a typo in a shop's file must not be silently ignored), and no value is
 * coerced into another type ({@code "30"} is not a number, {@code 7} is not text). A binding failure
 * becomes a {@link PolicyFileException} naming the file, the JSON path and the problem in plain words,
 * the binder's exception chained as its cause.
 *
 * <p>Not API. Thread-safe.
 */
public final class PolicyJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(factory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .build();

    private PolicyJson() {
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
     * The document bound into {@code type}.
     *
     * @throws PolicyFileException naming the file, the JSON path and the problem
     */
    public static <T> T bind(PolicyNode document, Class<T> type) {
        return bind(At.of(document), document.json(), type);
    }

    /**
     * {@code node}, found at {@code at}, bound into {@code type}.
     *
     * @throws PolicyFileException naming the file, the JSON path and the problem
     */
    public static <T> T bind(At at, JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw at.plus(e.getPath()).problem("unknown field; expected one of " + known(e), e);
        } catch (MismatchedInputException e) {
            At where = at.plus(e.getPath());
            throw where.problem(mismatch(e, find(node, e.getPath())), e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw at.problem("cannot be read: " + e.getMessage(), e);
        }
    }

    private static String known(UnrecognizedPropertyException e) {
        Class<?> type = e.getReferringClass();
        if (type != null && type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toList()).toString();
        }
        return e.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.toList()).toString();
    }

    /** The value a failure is about, found by its path. */
    private static JsonNode find(JsonNode root, List<JsonMappingException.Reference> path) {
        JsonNode node = root;
        for (JsonMappingException.Reference reference : path) {
            if (node == null) {
                return null;
            }
            node = reference.getFieldName() != null ? node.get(reference.getFieldName()) : node.get(reference.getIndex());
        }
        return node;
    }

    /** A value of the wrong type, in the words of the reader it replaces; never a class name. */
    private static String mismatch(MismatchedInputException e, JsonNode found) {
        Class<?> type = e.getTargetType();
        String got = found == null ? "nothing" : found.toString();
        if (type == null) {
            return "unexpected value " + got;
        }
        if (type.isEnum()) {
            if (e instanceof InvalidFormatException format && found != null && found.isTextual()) {
                return "unknown value '" + format.getValue() + "'; expected one of "
                        + Arrays.toString(type.getEnumConstants());
            }
            return "expected a non-empty string, got " + got;
        }
        if (type == String.class) {
            return "expected a non-empty string, got " + got;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "expected a whole number, got " + got;
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return found != null && found.isTextual() ? "not a decimal: '" + found.asText() + "'"
                    : "expected a number, got " + got;
        }
        if (type == boolean.class || type == Boolean.class) {
            return "expected true or false, got " + got;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "expected an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || type.isInterface()) {
            return "expected an object, got " + (found == null ? "nothing"
                    : found.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return "unexpected value " + got;
    }
}
