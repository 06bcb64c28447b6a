package dev.waybill.carriers.fuzz;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Every webhook check: a verified delivery is never accepted with a changed byte. AfterShip, EasyPost,
 * 17TRACK and FedEx sign the body ({@link SignedDelivery}); DHL and UPS send a token in a header, so there
 * the token is what changes.
 */
class WebhookSignatureFuzzTest {

    private static final SignedDelivery AFTERSHIP = new SignedDelivery("aftership",
            "aftership/webhook_customs_documents.json", "aftership-hmac-sha256",
            "oPpgixRkgmfehW1Tq8p/mTiOS98DGpDXF5RJvtbkmPE=", "fuzz-webhook-secret");
    private static final SignedDelivery EASYPOST = new SignedDelivery("easypost", "easypost/event-body.json",
            "X-Hmac-Signature", "hmac-sha256-hex=09bf1a4a1b1de710ad012a08cf03337f7ca6040740b749259fe02a1979e791dd",
            "sécret");
    private static final SignedDelivery SEVENTEENTRACK = new SignedDelivery("17track",
            "17track/webhook_tracking_updated.json", "sign",
            "e4fd8b2f5c565f46f7c15a30a458afcb10d4da3a3d48484b526b76ac2e3fe96f", "fuzz-api-key");
    private static final SignedDelivery FEDEX = new SignedDelivery("fedex",
            "fedex/karrio_fedex_inconsistent_datetime_response.json", "fdx-signature",
            "99UnC8tGzG0ivrpWFL1PrCSGcrfmXQ11CYPmlF7n5Hk=", "fuzz-security-token");
    private static final String DHL_TOKEN = "dhl-push-token-7Qm2";
    private static final String UPS_CREDENTIAL = "ups-track-alert-credential-3Rk8";

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void aftership(FuzzedDataProvider data) {
        AFTERSHIP.changedBodyIsRejected(data);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void easypost(FuzzedDataProvider data) {
        EASYPOST.changedBodyIsRejected(data);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void seventeentrack(FuzzedDataProvider data) {
        SEVENTEENTRACK.changedBodyIsRejected(data);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void fedex(FuzzedDataProvider data) {
        FEDEX.changedBodyIsRejected(data);
    }

    /** UPS compares the Track Alert credential in header {@code credential}, white space around it ignored. */
    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void ups(FuzzedDataProvider data) {
        changedTokenIsRejected("ups", "credential", UPS_CREDENTIAL, "ups/track-alert/example_7_delivered.json", data);
    }

    /** DHL compares the token in any header, white space around it ignored; a changed token is refused. */
    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void dhl(FuzzedDataProvider data) {
        changedTokenIsRejected("dhl", "X-Push-Token", DHL_TOKEN, "dhl/tracking_ok.json", data);
    }

    /** Sends {@code token} changed as {@code data} says in {@code header}: accepted only when it is still the token. */
    private static void changedTokenIsRejected(String carrier, String header, String token, String body,
                                               FuzzedDataProvider data) {
        String sent = new String(ByteEdits.apply(token.getBytes(StandardCharsets.UTF_8), data), StandardCharsets.UTF_8);
        WebhookHeaders headers = WebhookHeaders.of(Map.of(header, List.of(sent)));
        byte[] bytes = Fixtures.bytes(body);
        if (sent.strip().equals(token)) {
            assertThatCode(() -> CarrierBodies.adapter(carrier).verifyWebhook(bytes, headers, token))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CarrierBodies.adapter(carrier).verifyWebhook(bytes, headers, token))
                    .as("%s accepted a changed push token", carrier)
                    .isInstanceOf(WebhookSignatureException.class);
        }
    }
}
