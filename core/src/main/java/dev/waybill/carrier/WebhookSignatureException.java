package dev.waybill.carrier;

/**
 * A webhook delivery is not authentic: its signature (or token) header is missing or does not
 * match the body and the secret. The delivery must be rejected. Not retryable.
 *
 * <p>Immutable; its message says which header and why, never the secret or the expected value.
 */
public final class WebhookSignatureException extends CarrierException {

    private static final long serialVersionUID = 1L;

    /**
     * @param carrier the adapter name
     * @param problem which header and what is wrong with it
     */
    public WebhookSignatureException(String carrier, String problem) {
        super(carrier, NO_STATUS, null, problem, null);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
