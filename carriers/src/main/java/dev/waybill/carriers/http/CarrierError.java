package dev.waybill.carriers.http;

import java.util.Objects;
import java.util.Optional;

/**
 * What a carrier's error body says: its own error code and message, either may be absent. Adapters
 * read it from their API's error shape; the shared HTTP layer puts it into the exception (the
 * response's status line where the message is absent).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code    the carrier's error code ({@code 4004}, {@code PARAMETER.REQUIRED}); empty when not
 *                given or blank
 * @param message the carrier's message; empty when not given or blank
 */
public record CarrierError(Optional<String> code, Optional<String> message) {

    /** Nothing readable in the body. */
    public static final CarrierError NONE = new CarrierError(Optional.empty(), Optional.empty());

    /** Validates the parts; blank text becomes empty. */
    public CarrierError {
        code = Objects.requireNonNull(code, "code").filter(text -> !text.isBlank());
        message = Objects.requireNonNull(message, "message").filter(text -> !text.isBlank());
    }

    /** An error whose code and message are plain text, null or blank when the body does not give them. */
    public CarrierError(String code, String message) {
        this(Optional.ofNullable(code), Optional.ofNullable(message));
    }

    /** Reads the error of a non-2xx response. Must not throw: an unreadable body gives {@link #NONE}. */
    @FunctionalInterface
    public interface Reader {
        /** The code and message in {@code body}, answered with {@code status}. */
        CarrierError read(int status, byte[] body);
    }
}
