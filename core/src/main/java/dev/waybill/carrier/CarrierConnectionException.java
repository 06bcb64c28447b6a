package dev.waybill.carrier;

/**
 * No usable HTTP response: the connection failed, timed out, or the body could not be read to the
 * end. Retryable.
 *
 * <p>Immutable; its message names the carrier, never a key.
 */
public final class CarrierConnectionException extends CarrierException {

    private static final long serialVersionUID = 1L;

    /**
     * @param carrier the adapter name
     * @param problem what went wrong, without secrets
     * @param cause   the I/O failure
     */
    public CarrierConnectionException(String carrier, String problem, Throwable cause) {
        super(carrier, NO_STATUS, null, problem, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
