package dev.waybill.carrier;

/**
 * The carrier refused the credentials (HTTP 401 or 403, or the carrier's own equivalent code): a\n * missing, wrong or disabled key, or a caller address not on the key's allow-list. Not retryable.
 *
 * <p>Immutable; its message names the carrier and status, never a key.
 */
public final class CarrierAuthenticationException extends CarrierException {

    private static final long serialVersionUID = 1L;

    /**
     * @param carrier     the adapter name
     * @param status      the HTTP status
     * @param carrierCode the carrier's own error code; may be null
     * @param problem     what went wrong, without secrets
     * @param cause       the underlying failure; may be null
     */
    public CarrierAuthenticationException(String carrier, int status, String carrierCode, String problem, Throwable cause) {
        super(carrier, status, carrierCode, problem, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
