package dev.waybill.carriers.easypost;

import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.webhook.Signatures;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * EasyPost webhook signatures: header {@value #HEADER} is {@code hmac-sha256-hex=} followed by the
 * lower-case hex HMAC-SHA256 of the raw body, keyed with the webhook secret NFKD-normalised and
 * encoded as UTF-8 (EasyPost's client libraries, {@code validateWebhook}). Stateless;
 * {@link #sign(byte[], String)} is for tests.
 */
public final class EasyPostWebhook {

    /** The signature header. */
    public static final String HEADER = "X-Hmac-Signature";
    /** The prefix of its value. */
    public static final String PREFIX = "hmac-sha256-hex=";

    private EasyPostWebhook() {
    }

    /** The header value EasyPost sends for {@code rawBody} signed with {@code secret}. */
    public static String sign(byte[] rawBody, String secret) {
        Objects.requireNonNull(rawBody, "rawBody");
        String key = Normalizer.normalize(Signatures.requireSecret(secret), Normalizer.Form.NFKD);
        return PREFIX + Signatures.hex(Signatures.hmacSha256(Signatures.utf8(key), rawBody));
    }

    /**
     * Checks the delivery's signature in constant time (hex case ignored).
     *
     * @throws WebhookSignatureException if the header is missing or does not match
     */
    public static void verify(byte[] rawBody, WebhookHeaders headers, String secret) {
        String given = Signatures.requireHeader(EasyPostTracking.NAME, headers, HEADER);
        if (!Signatures.constantTimeEquals(sign(rawBody, secret), given.toLowerCase(Locale.ROOT))) {
            throw new WebhookSignatureException(EasyPostTracking.NAME, HEADER + " does not match the body and secret");
        }
    }
}
