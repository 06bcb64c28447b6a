package dev.waybill.carriers.fedex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.testing.Fixtures;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.testing.Secrets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FedEx Advanced Integrated Visibility pushes: {@code fdx-signature}, base64 HMAC-SHA256 of the raw
 * body keyed with the security token (FedEx Developer Portal, "Advanced Integrated Visibility
 * Validation Process"), over a body of the Track API's shape (FedEx's {@code TestWebhookOutputVO}:
 * {@code output.completeTrackResults}). The body is karrio's recorded FedEx answer (fedex/SOURCES.md);
 * its signature was computed with openssl, not with Waybill.
 */
class FedexWebhookTest {

    private static final String TOKEN = "fdx-security-token-4c2a";
    private static final String BODY = "fedex/karrio_fedex_inconsistent_datetime_response.json";
    /** {@code openssl dgst -sha256 -hmac fdx-security-token-4c2a -binary BODY | base64}. */
    private static final String SIGNATURE = "PVSdD4/USAzGxq67LXoVNbssXC4cVyI0+313d3qAOQQ=";

    private final FedexTracking fedex = FedexTracking.of(FedexSettings.builder().build());

    private static WebhookHeaders signed(String signature) {
        return WebhookHeaders.parse(List.of("fdx-signature: " + signature, "Content-Type: application/json"));
    }

    @Test
    void theSignatureIsBase64HmacSha256OfTheRawBodyKeyedWithTheSecurityToken() {
        // printf '{}' | openssl dgst -sha256 -hmac key -binary | base64
        assertThat(FedexWebhook.sign("{}".getBytes(), "key")).isEqualTo("p3dyTZQ+tI3Gm8qKSm1XoE2z+ex+HeTlgehgJlvfMDI=");
        assertThat(FedexWebhook.sign(Fixtures.bytes(BODY), TOKEN)).isEqualTo(SIGNATURE);
    }

    @Test
    void aSignedPushIsReadLikeTheTrackApiAnswerItHolds() {
        List<Shipment> shipments = fedex.parseWebhook(Fixtures.bytes(BODY), signed(SIGNATURE), TOKEN);

        assertThat(shipments).singleElement().satisfies(shipment -> {
            assertThat(shipment.trackingNumber()).contains("738488882438");
            assertThat(shipment.events()).hasSize(17);
            assertThat(shipment.latestEvent().orElseThrow()).satisfies(delivered -> {
                assertThat(delivered.code()).isEqualTo(EventCode.DELIVERED);
                assertThat(delivered.at()).isEqualTo(OffsetDateTime.parse("2024-08-20T12:41:57-04:00"));
            });
            assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("US"));
            assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("US"));
        });
    }

    @Test
    void theHeaderNameIsMatchedInAnyCase() {
        WebhookHeaders upper = WebhookHeaders.parse(List.of("FDX-Signature: " + SIGNATURE));

        assertThat(fedex.parseWebhook(Fixtures.bytes(BODY), upper, TOKEN)).hasSize(1);
    }

    @Test
    void aPushSignedWithAnotherTokenIsRejectedWithoutNamingEither() {
        byte[] body = Fixtures.bytes(BODY);
        Secrets.register(TOKEN, "fdx-other-token-9z");

        assertThatThrownBy(() -> fedex.parseWebhook(body, signed(FedexWebhook.sign(body, "fdx-other-token-9z")), TOKEN))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("fdx-signature")
                .satisfies(Secrets::assertNoneIn);
    }

    @Test
    void aPushWhoseBodyChangedByOneByteIsRejected() {
        byte[] body = Fixtures.bytes(BODY);
        byte[] changed = Arrays.copyOf(body, body.length);
        int at = new String(body).indexOf("Blue Point");
        changed[at] = 'b';

        assertThatThrownBy(() -> fedex.parseWebhook(changed, signed(SIGNATURE), TOKEN))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void aPushWithoutTheSignatureHeaderIsRejectedAsMissing() {
        assertThatThrownBy(() -> fedex.verifyWebhook(Fixtures.bytes(BODY), WebhookHeaders.none(), TOKEN))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("missing")
                .hasMessageContaining("fdx-signature");
    }

    @Test
    void aBlankSecurityTokenIsAnErrorNotAnOpenDoor() {
        assertThatThrownBy(() -> fedex.verifyWebhook(Fixtures.bytes(BODY), signed(SIGNATURE), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
