package dev.waybill.carriers.dhl;

import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.webhook.Signatures;
import java.util.Objects;

/**
 * DHL push verification. DHL signs nothing: the subscription's
 * {@code hook.authentication {type: "ApiKeyAuthentication", header, token}} makes DHL send
 * {@code header: token} with every delivery, and the endpoint compares it. Stateless.
 */
public final class DhlWebhook {

    private DhlWebhook() {
    }

    /**
     * Checks that header {@code headerName} (any header when null) carries {@code token}, comparing
     * in constant time.
     *
     * @throws WebhookSignatureException if no such header carries the token
     */
    public static void verify(byte[] rawBody, WebhookHeaders headers, String token, String headerName) {
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(headers, "headers");
        Signatures.requireSecret(token);
        if (headerName != null) {
            String value = Signatures.requireHeader(DhlTracking.NAME, headers, headerName);
            if (!Signatures.constantTimeEquals(token, value)) {
                throw new WebhookSignatureException(DhlTracking.NAME, "header " + headerName
                        + " does not carry the configured push token");
            }
            return;
        }
        boolean found = false;
        for (String value : headers.allValues()) {
            found |= Signatures.constantTimeEquals(token, value.strip());
        }
        if (!found) {
            throw new WebhookSignatureException(DhlTracking.NAME, "no header carries the configured push token");
        }
    }

    /** The header line DHL sends for {@code token}, for tests: {@code "name: token"}. */
    public static String header(String headerName, String token) {
        return headerName + ": " + token;
    }
}
