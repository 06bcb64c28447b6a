package dev.waybill.carrier;

import dev.waybill.shipment.Shipment;
import java.util.List;
import java.util.Objects;

/**
 * What a raw body of a carrier API held: the shipments in it, and for what it could not give, a
 * {@link Problem} each (the body was empty, was an error from the API, named numbers the carrier
 * does not know, or held no tracking at all). Never both empty: a body that says nothing says why.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ParsedBody read = adapter.read(body);
 * read.shipments().forEach(store::merge);
 * read.problems().forEach(p -> log.warn("{} {}: {}", p.kind(), p.trackingNumber(), p.message()));
 * }</pre>
 *
 * @param shipments the shipments the body describes
 * @param problems  what the body says instead of tracking, one per number it names or one for the body
 */
public record ParsedBody(List<Shipment> shipments, List<Problem> problems) {

    /** Copies both lists; at least one must be non-empty. */
    public ParsedBody {
        shipments = List.copyOf(shipments);
        problems = List.copyOf(problems);
        if (shipments.isEmpty() && problems.isEmpty()) {
            throw new IllegalArgumentException("a parsed body with neither shipments nor a problem");
        }
    }

    /** The shipments of a body, or a {@link Problem.Kind#NO_SHIPMENTS} problem when there are none. */
    public static ParsedBody of(List<Shipment> shipments) {
        return shipments.isEmpty()
                ? new ParsedBody(List.of(), List.of(Problem.of(Problem.Kind.NO_SHIPMENTS, null, null,
                        "the body holds no tracking: no shipments in it")))
                : new ParsedBody(shipments, List.of());
    }

    /**
     * The answer for a body with no bytes but white space, {@link Problem.Kind#EMPTY_BODY}; empty for
     * any other body. Reads the bytes without decoding them.
     */
    public static java.util.Optional<ParsedBody> ifEmpty(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(of(Problem.of(Problem.Kind.EMPTY_BODY, null, null, "the body is empty")));
    }

    /** A body that is only {@code problem}. */
    public static ParsedBody of(Problem problem) {
        return new ParsedBody(List.of(), List.of(problem));
    }

    /**
     * Something a body says instead of tracking.
     *
     * @param kind           what sort of answer it is
     * @param trackingNumber the number it is about; null when it is about the whole body
     * @param code           the API's own error code; may be null
     * @param message        what the body says, in words, without secrets
     */
    public record Problem(Kind kind, String trackingNumber, String code, String message) {

        /** Validates the parts. */
        public Problem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }

        /** A problem of {@code kind}. */
        public static Problem of(Kind kind, String trackingNumber, String code, String message) {
            return new Problem(kind, trackingNumber, code, message);
        }

        /** The kinds of body that carry no tracking. */
        public enum Kind {
            /** The body has no bytes, or only white space. */
            EMPTY_BODY,
            /** The body is an error from the API (bad key, bad request, quota, ...). */
            API_ERROR,
            /** The carrier does not know the number, or has no data for it yet. */
            NOT_FOUND,
            /** A well-formed answer with no shipments in it (an empty list, a registration receipt). */
            NO_SHIPMENTS
        }

        /** The problem as one line for a person: kind, API code and message. */
        public String describe() {
            String what = switch (kind) {
                case EMPTY_BODY -> "empty body";
                case API_ERROR -> "an error from the API";
                case NOT_FOUND -> "not found";
                case NO_SHIPMENTS -> "no shipments";
            };
            return what + (code == null ? "" : " (code " + code + ")") + ": " + message;
        }
    }
}
