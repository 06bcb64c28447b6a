package dev.waybill.carriers.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.testing.Fixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real webhook body with the signature header its carrier sends for it, computed independently
 * (openssl, sha256sum; see the fuzz SOURCES.md), and the property the fuzzer tries to break: the
 * delivery verifies as sent, and is rejected once any byte of its body has changed.
 *
 * @param carrier the adapter name
 * @param body    the test resource holding the body
 * @param header  the signature header's name
 * @param value   the header's value for the body as recorded
 * @param secret  the webhook secret (or key) it was signed with
 */
record SignedDelivery(String carrier, String body, String header, String value, String secret) {

    /** Changes the body as {@code data} says (bytes flipped, inserted, dropped), then checks the property. */
    void changedBodyIsRejected(FuzzedDataProvider data) {
        byte[] original = Fixtures.bytes(body);
        byte[] changed = ByteEdits.apply(original, data);
        WebhookHeaders headers = WebhookHeaders.of(Map.of(header, List.of(value)));
        if (Arrays.equals(original, changed)) {
            assertThat(CarrierBodies.adapter(carrier).parseWebhook(changed, headers, secret)).isNotEmpty();
        } else {
            assertThatThrownBy(() -> CarrierBodies.adapter(carrier).parseWebhook(changed, headers, secret))
                    .as("%s accepted a body with a changed byte", carrier)
                    .isInstanceOf(WebhookSignatureException.class);
        }
    }
}
