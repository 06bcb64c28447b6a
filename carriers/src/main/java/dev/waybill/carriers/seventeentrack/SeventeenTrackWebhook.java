package dev.waybill.carriers.seventeentrack;

import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.webhook.Signatures;
import java.util.Locale;
import java.util.Objects;

/**
 * 17TRACK webhook signatures: header {@value #HEADER} is the lower-case hex SHA-256 (a plain hash,
 * not an HMAC) of the raw body, a {@code /} and the API key. Stateless; {@link #sign(byte[], String)}
 * is for tests.
 */
public final class SeventeenTrackWebhook {

    /** The signature header. */
    public static final String HEADER = "sign";

    private SeventeenTrackWebhook() {
    }

    /** The header value 17TRACK sends for {@code rawBody} with {@code apiKey}. */
    public static String sign(byte[] rawBody, String apiKey) {
        Objects.requireNonNull(rawBody, "rawBody");
        return Signatures.hex(Signatures.sha256(rawBody, Signatures.utf8("/" + Signatures.requireSecret(apiKey))));
    }

    /**
     * Checks the delivery's signature in constant time (hex case ignored).
     *
     * @throws WebhookSignatureException if the header is missing or does not match
     */
    public static void verify(byte[] rawBody, WebhookHeaders headers, String apiKey) {
        String given = Signatures.requireHeader(SeventeenTrackTracking.NAME, headers, HEADER);
        if (!Signatures.constantTimeEquals(sign(rawBody, apiKey), given.toLowerCase(Locale.ROOT))) {
            throw new WebhookSignatureException(SeventeenTrackTracking.NAME, HEADER
                    + " does not match the body and key");
        }
    }
}
