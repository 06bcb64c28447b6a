package dev.waybill.carriers.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.waybill.carrier.CarrierResponseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A carrier body read by hand, field by field, with the parser {@link BodyReader} binds with (the same
 * factory, so the same read limits), for an adapter whose bodies are so small that binding them costs
 * more than parsing them. Each value is read as {@link BodyReader}'s binding reads it into a record:
 * a number or true/false taken as its text where text is expected; text holding a whole number where a
 * number is (trimmed; {@code "null"}, empty or blank text as none); a fraction cut to its whole part;
 * empty or blank text as no object and no list; a single value as a list of one; unknown fields skipped
 * whatever they hold. A body is refused with the binding's own lines: a value of the wrong type at its
 * JSON path ({@code unexpected shape at $.result[0].code: expected a number, found text ('x')}), text
 * that is not JSON at its line and column, and, as the binding does, a field seen again after every
 * field of its record was seen ({@code unexpected body}).
 *
 * <pre>{@code
 * Root root = StreamingBody.read("acme", status, body, (in, at) -> {
 *     String number = null;
 *     int seen = 0;
 *     for (String name = in.nextField(); name != null; name = in.nextField()) {
 *         switch (name) {
 *             case "number" -> { seen = in.once(seen, 0, 1); number = in.text(at, name); }
 *             default -> in.skip();
 *         }
 *     }
 *     return new Root(number);
 * });
 * }</pre>
 *
 * <p>One instance reads one body; not thread-safe.
 */
public final class StreamingBody {

    private static final JsonFactory PARSERS = CarrierJson.parsers();
    private static final int QUOTED = 40;

    private final String carrier;
    private final int status;
    private final JsonParser parser;

    private StreamingBody(String carrier, int status, JsonParser parser) {
        this.carrier = carrier;
        this.status = status;
        this.parser = parser;
    }

    /** Reads one value of a body, the parser at its first token; {@code at} is where it is in the body. */
    @FunctionalInterface
    public interface Reading<T> {
        /** The value read. */
        T read(StreamingBody in, Path at) throws IOException;
    }

    /**
     * {@code body} read by {@code root}, which gets the parser at the root object's start; null when the
     * root is not an object, as {@link BodyReader#read} answers, so that the adapter can say what it expected.
     * Whatever follows the root object is not read.
     *
     * @param status the HTTP status it came with, or 0 for a body read from elsewhere
     * @throws CarrierResponseException if the body is empty, not JSON, or holds a value of the wrong type
     */
    public static <T> T read(String carrier, int status, byte[] body, Reading<T> root) {
        try (JsonParser parser = PARSERS.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CarrierResponseException(carrier, status, null, "empty body", null);
            }
            return first == JsonToken.START_OBJECT ? root.read(new StreamingBody(carrier, status, parser), Path.ROOT)
                    : null;
        } catch (IOException e) {
            throw BodyReader.refusal(carrier, status, e);
        }
    }

    /** The next field's name of the object being read, the parser then at its value; null at the object's end. */
    public String nextField() throws IOException {
        String name = parser.nextFieldName();
        if (name != null) {
            parser.nextToken();
        }
        return name;
    }

    /** Skips the value of a field nobody reads, with all it holds. */
    public void skip() throws IOException {
        parser.skipChildren();
    }

    /**
     * Marks field {@code index} of a record of {@code count} fields as seen, given those seen so far as
     * bits; the binding builds a record as soon as each of its fields has been seen, and then refuses
     * any of them again.
     *
     * @return the fields seen now
     * @throws CarrierResponseException if every field had been seen already
     */
    public int once(int seen, int index, int count) {
        if (seen == (1 << count) - 1) {
            throw new CarrierResponseException(carrier, status, null, "unexpected body", null);
        }
        return seen | 1 << index;
    }

    /** The field's value as text: a number or true/false as written; null for null. */
    public String text(Path in, String field) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
            case VALUE_NULL -> null;
            default -> throw mismatch(in.field(field), "text", found());
        };
    }

    /**
     * The field's value as a whole number: a fraction cut to its whole part, text read as a number once
     * trimmed; null for null, empty or blank text and the text {@code null}.
     */
    public Integer integer(Path in, String field) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT -> parser.getIntValue();
            case VALUE_NUMBER_FLOAT -> parser.getValueAsInt();
            case VALUE_NULL -> null;
            case VALUE_STRING -> integer(in, field, parser.getText());
            default -> throw mismatch(in.field(field), "a number", found());
        };
    }

    private Integer integer(Path in, String field, String text) throws IOException {
        if (blank(text)) {
            return null;
        }
        String number = text.trim();
        if (number.equals("null")) {
            return null;
        }
        parser.streamReadConstraints().validateIntegerLength(number.length());
        try {
            long value = number.length() > 9 ? Long.parseLong(number) : Integer.parseInt(number);
            if (value == (int) value) {
                return (int) value;
            }
        } catch (NumberFormatException e) {
            // said below, as for a number out of range
        }
        throw mismatch(in.field(field), "a number", quoted(number, '"'));
    }

    /**
     * True when the parser is at an object to read field by field; false for null and for empty or
     * blank text, which read as no object.
     *
     * @param at where the object is
     * @throws CarrierResponseException for any other value
     */
    public boolean object(Path at) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> true;
            case VALUE_NULL -> false;
            case VALUE_STRING -> {
                String text = parser.getText();
                if (blank(text)) {
                    yield false;
                }
                throw mismatch(at, "an object", quoted(text.trim(), '\''));
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> throw mismatch(at, "an object", "a number");
            case START_ARRAY -> throw mismatch(at, "an object", "a list");
            // the binder's words for true/false here ("from boolean value") name no kind it knows
            default -> throw mismatch(at, "an object", "another kind of value");
        };
    }

    /**
     * The field's value as a list of what {@code element} reads (null where the list holds null); a
     * single value as a list of it; null for null and for empty or blank text.
     */
    public <E> List<E> list(Path in, String field, Reading<E> element) throws IOException {
        Path at = in.field(field);
        switch (parser.currentToken()) {
            case VALUE_NULL:
                return null;
            case START_ARRAY:
                List<E> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(parser.currentToken() == JsonToken.VALUE_NULL ? null : element.read(this, at.index(list.size())));
                }
                return list;
            case VALUE_STRING:
                if (blank(parser.getText())) {
                    return null;
                }
                return single(at, element);
            default:
                return single(at, element);
        }
    }

    private <E> List<E> single(Path at, Reading<E> element) throws IOException {
        List<E> list = new ArrayList<>(1);
        list.add(element.read(this, at.index(0)));
        return list;
    }

    /** What the parser is at, in the words of {@link CarrierJson#mismatch(String, String, String)}. */
    private String found() {
        return switch (parser.currentToken()) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            default -> "another kind of value";
        };
    }

    private CarrierResponseException mismatch(Path at, String expected, String found) {
        return new CarrierResponseException(carrier, status, null, CarrierJson.mismatch(at.toString(), expected, found),
                null);
    }

    /**
     * Text as the binding quotes it: up to its first {@code quote}, when that is at most 40 characters;
     * else only that it is text.
     */
    private static String quoted(String text, char quote) {
        int end = text.indexOf(quote);
        String head = end < 0 ? text : text.substring(0, end);
        return head.length() > QUOTED ? "text" : "text ('" + head + "')";
    }

    /** Empty, or nothing but characters up to the space, as the binding counts blank text. */
    private static boolean blank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }

    /** Where a value is in a body, as a JSON path ({@code $.result[0].code}); made only for containers. */
    public static final class Path {

        static final Path ROOT = new Path(null, null, -1);

        private final Path parent;
        private final String field;
        private final int index;

        private Path(Path parent, String field, int index) {
            this.parent = parent;
            this.field = field;
            this.index = index;
        }

        /** The field {@code name} of the object here. */
        public Path field(String name) {
            return new Path(this, name, -1);
        }

        /** Element {@code i} of the list here. */
        public Path index(int i) {
            return new Path(this, null, i);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "$";
            }
            return parent + (field != null ? "." + field : "[" + index + "]");
        }
    }
}
