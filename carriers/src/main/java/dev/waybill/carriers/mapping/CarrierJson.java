package dev.waybill.carriers.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.waybill.carrier.CarrierResponseException;
import java.io.IOException;

/**
 * The one Jackson configuration adapters read carrier bodies with: unknown fields ignored, a single
 * value accepted where an array is documented, numbers accepted where text is (DHL sends ids both
 * ways). Every failure becomes a {@link CarrierResponseException} naming the carrier and the JSON path.
 *
 * <p>Thread-safe.
 */
public final class CarrierJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .build();

    private CarrierJson() {
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
            throw new CarrierResponseException(carrier, status, null, "not JSON: " + e.getOriginalMessage()
                    + location(e), e);
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
            throw new CarrierResponseException(carrier, status, null, "unexpected shape at " + path(e) + ": "
                    + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new CarrierResponseException(carrier, status, null, "unexpected body: " + e.getOriginalMessage(), e);
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

    /** Where in the text a failure is, or nothing when Jackson does not say. */
    static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }
}
