package dev.waybill.carrier;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A carrier API failed. The root of one unchecked tree: connection, authentication (401/403), rate
 * limit (429), server (5xx), request (other 4xx), response (an unreadable 2xx) and webhook signature.
 * Retry policies are built from {@link #isRetryable()}.
 *
 * <p>The message reads {@code "<problem>; carrier: dhl; status: 503"} (plus {@code ; code: X} where the
 * carrier gave its own error code). It never carries an API key, a secret or buyer data. Immutable.
 */
public abstract sealed class CarrierException extends RuntimeException
        permits CarrierConnectionException, CarrierAuthenticationException, CarrierRateLimitException,
        CarrierServerException, CarrierRequestException, CarrierResponseException, WebhookSignatureException {

    private static final long serialVersionUID = 1L;

    /** {@link #status()} is empty when no HTTP response was received. */
    static final int NO_STATUS = 0;

    private final String carrier;
    private final int status;
    private final String carrierCode;
    private final String problem;

    /**
     * @param carrier     the adapter name
     * @param status      the HTTP status, or 0 when there was no response
     * @param carrierCode the carrier's own error code; may be null
     * @param problem     what went wrong, without secrets
     * @param cause       the underlying failure; may be null
     */
    CarrierException(String carrier, int status, String carrierCode, String problem, Throwable cause) {
        super(message(carrier, status, carrierCode, problem), cause);
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        this.status = status;
        this.carrierCode = carrierCode == null || carrierCode.isBlank() ? null : carrierCode.strip();
        this.problem = problem;
    }

    private static String message(String carrier, int status, String carrierCode, String problem) {
        StringBuilder text = new StringBuilder(Objects.requireNonNull(problem, "problem"))
                .append("; carrier: ").append(carrier)
                .append("; status: ").append(status == NO_STATUS ? "none" : Integer.toString(status));
        if (carrierCode != null && !carrierCode.isBlank()) {
            text.append("; code: ").append(carrierCode.strip());
        }
        return text.toString();
    }

    /** The name of the adapter whose API failed. */
    public String carrier() {
        return carrier;
    }

    /** The HTTP status of the response, or empty when none was received. */
    public OptionalInt status() {
        return status == NO_STATUS ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The carrier's own error code (for example 17TRACK's {@code -18010002}), where it gave one. */
    public Optional<String> carrierCode() {
        return Optional.ofNullable(carrierCode);
    }

    /** What went wrong, in words, without the carrier, status and code that {@link #getMessage()} adds. */
    public String problem() {
        return problem;
    }

    /** True when trying the same call again later may succeed. */
    public abstract boolean isRetryable();
}
