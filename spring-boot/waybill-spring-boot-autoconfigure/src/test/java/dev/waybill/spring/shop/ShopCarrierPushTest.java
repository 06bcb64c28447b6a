package dev.waybill.spring.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.carriers.fedex.FedexWebhook;
import dev.waybill.carriers.ups.UpsWebhook;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.watch.ShipmentStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code POST /waybill/webhooks/{carrier}} picks up the registry's UPS and FedEx push intake: a Track
 * Alert event with the subscription's credential, a FedEx push with its {@code fdx-signature}, each
 * merged into the watched order; without them, 401 and nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:push;DB_CLOSE_DELAY=-1",
        "waybill.carriers.ups.webhook-secret=ta-credential-lumen",
        "waybill.carriers.ups.base-url=http://127.0.0.1:9",
        "waybill.carriers.fedex.webhook-secret=fdx-token-lumen",
        "waybill.carriers.fedex.base-url=http://127.0.0.1:9",
        "waybill.watch.tick=PT1H"})
class ShopCarrierPushTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ShipmentStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ShopCarrierPushTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<String> post(String carrier, byte[] body, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/waybill/webhooks/" + carrier)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (value != null) {
            request.header(header, value);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void watch(String order, String number, String carrier) {
        store.merge(Shipment.builder(order, new Lane(CountryCode.of("US"), CountryCode.of("US"), Mode.ROAD, carrier))
                .trackingNumber(number)
                .event(TrackingEvent.of(OffsetDateTime.parse("2024-04-22T09:00:00-04:00"), EventCode.PICKED_UP))
                .build(), Instant.parse("2024-04-22T14:00:00Z"));
    }

    @Test
    void aTrackAlertEventIsTakenWithTheCredentialAndRefusedWithout() throws Exception {
        watch("order-ups-7", "1Z204W4R0308071865", "ups");
        byte[] body = resource("/ups-track-alert-out-for-delivery.json");

        assertThat(post("ups", body, UpsWebhook.HEADER, null).statusCode()).isEqualTo(401);
        assertThat(post("ups", body, UpsWebhook.HEADER, "ta-credential-forged").statusCode()).isEqualTo(401);
        assertThat(store.find("order-ups-7").orElseThrow().shipment().events()).hasSize(1);

        HttpResponse<String> sent = post("ups", body, UpsWebhook.HEADER, "ta-credential-lumen");

        assertThat(sent.statusCode()).isEqualTo(202);
        assertThat(sent.body()).contains("order-ups-7");
        assertThat(store.find("order-ups-7").orElseThrow().shipment().latestEvent().orElseThrow().code())
                .isEqualTo(EventCode.OUT_FOR_DELIVERY);
    }

    @Test
    void aFedexPushIsTakenWithItsSignatureAndRefusedWithAnother() throws Exception {
        watch("order-fedex-3", "738488882438", "fedex");
        byte[] body = resource("/fedex-aiv-push.json");

        assertThat(post("fedex", body, FedexWebhook.HEADER, FedexWebhook.sign(body, "fdx-token-other")).statusCode())
                .isEqualTo(401);
        assertThat(store.find("order-fedex-3").orElseThrow().shipment().events()).hasSize(1);

        HttpResponse<String> sent = post("fedex", body, FedexWebhook.HEADER, FedexWebhook.sign(body, "fdx-token-lumen"));

        assertThat(sent.statusCode()).isEqualTo(202);
        assertThat(store.find("order-fedex-3").orElseThrow().shipment().latestEvent().orElseThrow().code())
                .isEqualTo(EventCode.DELIVERED);
    }
}
