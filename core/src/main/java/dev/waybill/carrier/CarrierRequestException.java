package dev.waybill.carrier;

/**
 * The carrier rejected the request (HTTP 4xx other than 401, 403 and 429, or the carrier's own\n * validation code): a malformed number, a wrong parameter, an exhausted quota. Not retryable.
 *
 * <p>Immutable; its message names the carrier and status, never a key.
 */
public final class CarrierRequestException extends CarrierException {

    private static final long serialVersionUID = 1L;

    /**
     * @param carrier     the adapter name
     * @param status      the HTTP status
     * @param carrierCode the carrier's own error code; may be null
     * @param problem     what went wrong, without secrets
     * @param cause       the underlying failure; may be null
     */
    public CarrierRequestException(String carrier, int status, String carrierCode, String problem, Throwable cause) {
        super(carrier, status, carrierCode, problem, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
