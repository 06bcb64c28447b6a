package dev.waybill.carriers.http;

/**
 * What a carrier's error body says: its own error code and message, either may be null. Adapters
 * read it from their API's error shape; the shared HTTP layer puts it into the exception.
 *
 * @param code    the carrier's error code ({@code 4004}, {@code PARAMETER.REQUIRED}); may be null
 * @param message the carrier's message; may be null
 */
public record CarrierError(String code, String message) {

    /** Nothing readable in the body. */
    public static final CarrierError NONE = new CarrierError(null, null);

    /** Reads the error of a non-2xx response. Must not throw: an unreadable body gives {@link #NONE}. */
    @FunctionalInterface
    public interface Reader {
        /** The code and message in {@code body}, answered with {@code status}. */
        CarrierError read(int status, byte[] body);
    }
}
