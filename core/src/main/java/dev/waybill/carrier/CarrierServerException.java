package dev.waybill.carrier;

/**
 * The carrier failed on its side (HTTP 5xx, or the carrier's own internal-error code). Retryable.
 *
 * <p>Immutable; its message names the carrier and status, never a key.
 */
public final class CarrierServerException extends CarrierException {

    private static final long serialVersionUID = 1L;

    /**
     * @param carrier     the adapter name
     * @param status      the HTTP status
     * @param carrierCode the carrier's own error code; may be null
     * @param problem     what went wrong, without secrets
     * @param cause       the underlying failure; may be null
     */
    public CarrierServerException(String carrier, int status, String carrierCode, String problem, Throwable cause) {
        super(carrier, status, carrierCode, problem, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
