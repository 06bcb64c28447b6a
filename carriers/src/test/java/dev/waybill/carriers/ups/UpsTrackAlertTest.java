package dev.waybill.carriers.ups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.testing.Fixtures;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.testing.Secrets;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * UPS Track Alert pushes: the {@code credential} header and the seven example events of UPS's own
 * OpenAPI description (resources ups/track-alert, SOURCES.md there). Expectations written by hand
 * from the bodies: the instant is the GMT pair, the code follows the status type (the text of an
 * {@code I} decides out for delivery).
 */
class UpsTrackAlertTest {

    private static final String CREDENTIAL = "ta-credential-5e1f0c9b2d";
    private final UpsTracking ups = UpsTracking.of(UpsSettings.builder().build());

    private static byte[] example(String name) {
        return Fixtures.bytes("ups/track-alert/" + name);
    }

    private static WebhookHeaders sentBy(String credential) {
        return WebhookHeaders.parse(List.of(UpsWebhook.header(credential), "User-Agent: UPSPubSubTrackingService"));
    }

    @ParameterizedTest
    @CsvSource({
            "example_1_manifest.json,              1ZABCXYZ0112346789, LABEL_CREATED,    2024-04-22T09:12:30+05:00,",
            "example_2_on_the_way_origin_scan.json, 1ZABCXYZ0112346789, IN_TRANSIT,       2024-04-22T21:29:01-04:00, Hickory",
            "example_3_departure.json,             1ZABCXYZ0112346789, IN_TRANSIT,       2024-04-22T22:54:00-04:00, Hickory",
            "example_4_preparing_for_delivery.json, 1ZABCXYZ0112346789, IN_TRANSIT,       2024-04-23T00:30:52-04:00, Charlotte",
            "example_5_loaded_on_vehicle.json,     1ZABCXYZ0112346789, IN_TRANSIT,       2024-04-23T06:39:36-04:00, Charlotte",
            "example_6_out_for_delivery.json,      1Z204W4R0308071865, OUT_FOR_DELIVERY, 2024-04-23T09:15:19-04:00, Charlotte",
            "example_7_delivered.json,             1Z204W4R0308071865, DELIVERED,        2024-04-23T09:50:04-04:00, CHARLOTTE"})
    void eachDocumentedEventBecomesItsPackageWithThatOneEvent(String file, String number, EventCode code,
                                                              OffsetDateTime at, String city) {
        byte[] body = example(file);

        List<Shipment> shipments = ups.parseWebhook(body, sentBy(CREDENTIAL), CREDENTIAL);

        assertThat(shipments).singleElement().satisfies(shipment -> {
            assertThat(shipment.trackingNumber()).contains(number);
            assertThat(shipment.events()).singleElement().satisfies(event -> {
                assertThat(event.code()).isEqualTo(code);
                assertThat(event.at()).isEqualTo(at);
                assertThat(event.at().getOffset()).isEqualTo(at.getOffset());
                assertThat(event.country()).hasValue(CountryCode.of("US"));
                if (city == null) {
                    assertThat(event.location()).isEmpty();
                } else {
                    assertThat(event.location().orElseThrow()).startsWith(city);
                }
            });
        });
    }

    @Test
    void theDeliveredEventIsTheSameHappeningAsTheTrackApiActivityOfThatDelivery() {
        TrackingEvent pushed = ups.parse(example("example_7_delivered.json")).get(0).latestEvent().orElseThrow();

        assertThat(pushed.instant()).isEqualTo(Instant.parse("2024-04-23T13:50:04Z"));
        assertThat(pushed.location()).hasValue("CHARLOTTE, NC");
        assertThat(pushed.detail().orElseThrow()).contains("D/FS").contains("Delivered");
    }

    @Test
    void aDeliveryWithTheConfiguredCredentialIsAccepted() {
        byte[] body = example("example_6_out_for_delivery.json");

        ups.verifyWebhook(body, sentBy(CREDENTIAL), CREDENTIAL);
    }

    @Test
    void anotherCredentialIsRejectedWithoutNamingEither() {
        byte[] body = example("example_6_out_for_delivery.json");
        Secrets.register(CREDENTIAL, "ta-credential-forged-0000");

        assertThatThrownBy(() -> ups.parseWebhook(body, sentBy("ta-credential-forged-0000"), CREDENTIAL))
                .isInstanceOf(WebhookSignatureException.class)
                .hasMessageContaining("credential")
                .satisfies(Secrets::assertNoneIn);
    }

    @Test
    void aCredentialThatDiffersOnlyInItsLastCharacterIsRejected() {
        byte[] body = example("example_6_out_for_delivery.json");
        String almost = CREDENTIAL.substring(0, CREDENTIAL.length() - 1) + "c";

        assertThatThrownBy(() -> ups.verifyWebhook(body, sentBy(almost), CREDENTIAL))
                .isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void aDeliveryWithoutTheCredentialHeaderIsRejectedAsMissing() {
        byte[] body = example("example_6_out_for_delivery.json");
        WebhookHeaders onlyAgent = WebhookHeaders.parse(List.of("User-Agent: UPSPubSubTrackingService"));

        assertThatThrownBy(() -> ups.verifyWebhook(body, onlyAgent, CREDENTIAL))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("missing")
                .hasMessageContaining("credential");
    }

    @Test
    void aBlankConfiguredCredentialIsAnErrorNotAnOpenDoor() {
        byte[] body = example("example_6_out_for_delivery.json");

        assertThatThrownBy(() -> ups.verifyWebhook(body, sentBy(" "), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventWithoutActivityStatusIsRefusedNamingTheField() {
        byte[] body = "{\"trackingNumber\":\"1Z204W4R0308071865\",\"localActivityDate\":\"20240423\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ups.read(body)).isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("activityStatus").hasMessageContaining("1Z204W4R0308071865");
    }

    @Test
    void anEventWithABlankTrackingNumberIsRefusedNamingTheField() {
        byte[] body = "{\"trackingNumber\":\" \",\"activityStatus\":{\"type\":\"I\"}}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ups.read(body)).isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("trackingNumber");
    }

    @Test
    void aBodyThatIsNeitherAnswerNorEventSaysSo() {
        assertThatThrownBy(() -> ups.read("{\"foo\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("Track Alert");
    }
}
