package dev.waybill.carriers.fedex;

import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.webhook.Signatures;

/**
 * FedEx Advanced Integrated Visibility webhook signatures: header {@value #HEADER} is the base64
 * HMAC-SHA256 of the raw body keyed with the security token given when the webhook project (or the
 * Test Webhook URL) was set up (FedEx Developer Portal, "Advanced Integrated Visibility Validation
 * Process"). Nothing else is signed, so there is no replay window to check. Stateless;
 * {@link #sign(byte[], String)} is for tests.
 */
public final class FedexWebhook {

    /** The signature header. */
    public static final String HEADER = "fdx-signature";

    private FedexWebhook() {
    }

    /** The header value FedEx sends for {@code rawBody} signed with {@code securityToken}. */
    public static String sign(byte[] rawBody, String securityToken) {
        return Signatures.base64HmacSha256(rawBody, securityToken);
    }

    /**
     * Checks the delivery's signature in constant time.
     *
     * @throws WebhookSignatureException if the header is missing or does not match
     */
    public static void verify(byte[] rawBody, WebhookHeaders headers, String securityToken) {
        Signatures.requireBase64HmacSha256(FedexTracking.NAME, HEADER, rawBody, headers, securityToken);
    }
}
