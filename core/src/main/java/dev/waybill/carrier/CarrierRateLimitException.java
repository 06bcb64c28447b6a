package dev.waybill.carrier;

import java.time.Duration;
import java.util.Optional;

/**
 * The carrier is throttling the caller (HTTP 429, or the carrier's own rate code). Retryable; where
 * the carrier said when to come back ({@code Retry-After} in seconds or as an HTTP date, or a reset
 * time) {@link #retryAfter()} has it.
 *
 * <p>Immutable; its message names the carrier and status, never a key.
 */
public final class CarrierRateLimitException extends CarrierException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param carrier     the adapter name
     * @param status      the HTTP status, normally 429
     * @param carrierCode the carrier's own error code; may be null
     * @param problem     what went wrong, without secrets
     * @param retryAfter  how long the carrier asked to wait; null when it did not say
     */
    public CarrierRateLimitException(String carrier, int status, String carrierCode, String problem,
                                     Duration retryAfter) {
        super(carrier, status, carrierCode, problem + (retryAfter == null ? "" : " (retry after " + retryAfter.toSeconds() + " s)"), null);
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter is negative: " + retryAfter);
        }
        this.retryAfter = retryAfter;
    }

    /** How long the carrier asked the caller to wait, where it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
