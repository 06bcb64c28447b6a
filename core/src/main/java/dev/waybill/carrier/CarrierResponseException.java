package dev.waybill.carrier;

/**
 * The carrier answered with success (2xx) but a body that cannot be read as its documented\n * schema, or a body handed to {@link CarrierAdapter#parse(byte[])} is not one of this API's. Not retryable.
 *
 * <p>Immutable; its message names the carrier and status, never a key.
 */
public final class CarrierResponseException extends CarrierException {

    private static final long serialVersionUID = 1L;

    /**
     * @param carrier     the adapter name
     * @param status      the HTTP status, or 0 when the body did not come from an HTTP response
     * @param carrierCode the carrier's own error code; may be null
     * @param problem     what went wrong, without secrets
     * @param cause       the underlying failure; may be null
     */
    public CarrierResponseException(String carrier, int status, String carrierCode, String problem, Throwable cause) {
        super(carrier, status, carrierCode, problem, cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
