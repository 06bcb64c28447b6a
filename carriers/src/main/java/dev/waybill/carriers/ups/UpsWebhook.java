package dev.waybill.carriers.ups;

import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.webhook.Signatures;
import java.util.Objects;

/**
 * UPS Track Alert push verification. UPS signs nothing: the subscription's
 * {@code destination {url, credentialType, credential}} makes UPS send header {@value #HEADER} with
 * that opaque credential on every event (Track Alert v1, UPSTrackAlert.yaml of UPS-API/api-documentation),
 * and the endpoint compares it in constant time. Track Alert v2's OAuth delivery (a bearer token from
 * the shop's own token endpoint) is not checked here. Stateless.
 */
public final class UpsWebhook {

    /** The header carrying the subscription's credential. */
    public static final String HEADER = "credential";

    private UpsWebhook() {
    }

    /**
     * Checks that header {@value #HEADER} carries {@code credential}, comparing in constant time.
     *
     * @throws WebhookSignatureException if the header is missing or carries another value
     */
    public static void verify(byte[] rawBody, WebhookHeaders headers, String credential) {
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(headers, "headers");
        Signatures.requireSecret(credential);
        String given = Signatures.requireHeader(UpsTracking.NAME, headers, HEADER);
        if (!Signatures.constantTimeEquals(credential, given)) {
            throw new WebhookSignatureException(UpsTracking.NAME,
                    "header " + HEADER + " does not carry the Track Alert credential configured");
        }
    }

    /** The header line UPS sends for {@code credential}, for tests: {@code "credential: ..."}. */
    public static String header(String credential) {
        return HEADER + ": " + credential;
    }
}
