package dev.waybill.carriers.aftership;

import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.webhook.Signatures;

/**
 * AfterShip Tracking webhook signatures: header {@value #HEADER} is the base64 HMAC-SHA256 of the
 * raw body keyed with the webhook secret (UTF-8). Nothing else is signed; AfterShip's {@code ts} is
 * not, so there is no replay window to check. Stateless; {@link #sign(byte[], String)} is for tests.
 */
public final class AfterShipWebhook {

    /** The signature header. */
    public static final String HEADER = "aftership-hmac-sha256";

    private AfterShipWebhook() {
    }

    /** The header value AfterShip sends for {@code rawBody} signed with {@code secret}. */
    public static String sign(byte[] rawBody, String secret) {
        return Signatures.base64HmacSha256(rawBody, secret);
    }

    /**
     * Checks the delivery's signature in constant time.
     *
     * @throws WebhookSignatureException if the header is missing or does not match
     */
    public static void verify(byte[] rawBody, WebhookHeaders headers, String secret) {
        Signatures.requireBase64HmacSha256(AfterShipTracking.NAME, HEADER, rawBody, headers, secret);
    }
}
