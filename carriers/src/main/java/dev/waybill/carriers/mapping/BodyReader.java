package dev.waybill.carriers.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.waybill.carrier.CarrierResponseException;
import java.io.IOException;
import java.util.Objects;

/**
 * Reads a carrier body straight into one DTO type in a single streaming pass, with no tree in
 * between, configured and failing like {@link CarrierJson}: an empty body, text that is not JSON
 * (malformed or truncated) and a value of the wrong type each become a
 * {@link CarrierResponseException} naming the carrier, the last one with its JSON path and field.
 * Build one per DTO type, once:
 * {@code static final BodyReader<Envelope> ENVELOPE = BodyReader.of("17track", Envelope.class);}
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the DTO type
 */
public final class BodyReader<T> {

    private final String carrier;
    private final ObjectReader reader;
    private final JsonToken root;

    private BodyReader(String carrier, Class<T> type) {
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        this.reader = CarrierJson.readerFor(type);
        this.root = type.isArray() ? JsonToken.START_ARRAY : JsonToken.START_OBJECT;
    }

    /** A reader of {@code type} (a record, or an array of records) for the adapter named {@code carrier}. */
    public static <T> BodyReader<T> of(String carrier, Class<T> type) {
        return new BodyReader<>(carrier, type);
    }

    /**
     * {@code body} bound to the DTO type; null when its root is not what the type binds from (an
     * object, or an array for an array type), so that the adapter can say what it expected.
     *
     * @param status the HTTP status it came with, or 0 for a body read from elsewhere
     * @throws CarrierResponseException if the body is empty, not JSON, or holds a value of the wrong type
     */
    public T read(int status, byte[] body) {
        try (JsonParser parser = reader.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CarrierResponseException(carrier, status, null, "empty body", null);
            }
            return first == root ? reader.readValue(parser) : null;
        } catch (IOException e) {
            throw refusal(carrier, status, e);
        }
    }

    /**
     * Why {@code carrier}'s body could not be read, as {@link #read} says it: a value of the wrong type
     * with its JSON path, text that is not JSON (or goes past a read limit) with its place, anything
     * else the reading refused.
     */
    static CarrierResponseException refusal(String carrier, int status, IOException e) {
        if (e instanceof MismatchedInputException mismatch) {
            return new CarrierResponseException(carrier, status, null, CarrierJson.mismatch(mismatch), e);
        }
        if (e instanceof JsonProcessingException processing) {
            JsonProcessingException unreadable = unreadable(processing);
            if (unreadable != null) {
                return new CarrierResponseException(carrier, status, null, CarrierJson.unreadable(unreadable), e);
            }
            return new CarrierResponseException(carrier, status, null, "unexpected body" + CarrierJson.location(processing), e);
        }
        return new CarrierResponseException(carrier, status, null, "unreadable body: " + e.getMessage(), e);
    }

    /**
     * The syntax error or read limit behind {@code e}, which binding wraps with the path it was reading;
     * null if none.
     */
    private static JsonProcessingException unreadable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException || cause instanceof StreamConstraintsException) {
                return (JsonProcessingException) cause;
            }
        }
        return null;
    }
}
