package dev.waybill.spring.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.carriers.aftership.AfterShipWebhook;
import dev.waybill.carriers.easypost.EasyPostWebhook;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.rules.NoticeKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1",
        "waybill.carriers.aftership.webhook-secret=whsec-lumen-home",
        "waybill.carriers.aftership.base-url=http://127.0.0.1:9",
        "waybill.carriers.easypost.webhook-secret=whsec-easypost-lumen",
        "waybill.carriers.dhl.base-url=http://127.0.0.1:9",
        "waybill.carriers.easypost.base-url=http://127.0.0.1:9",
        "waybill.carriers.17track.base-url=http://127.0.0.1:9",
        "waybill.watch.tick=PT1H",
        "waybill.watch.webhook-max-body-size=64KB",
        "management.endpoints.web.exposure.include=health,metrics",
        "management.endpoint.health.show-details=always"})
class ShopWebhookTest {

    private static final String SECRET = "whsec-lumen-home";
    private static final String ORDER = "order-2077";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ShipmentStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void shopStartsWatchingItsOrder() {
        Lane lane = new Lane(CountryCode.of("CN"), CountryCode.of("DE"), Mode.AIR, "aftership");
        store.merge(Shipment.builder(ORDER, lane).trackingNumber("YT2630100099999999")
                .promisedBy(LocalDate.parse("2026-11-18")).value(Money.of("EUR", "89.00")).language(Locale.GERMAN)
                .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-03T10:00:00+08:00"), EventCode.PICKED_UP))
                .build(), Instant.parse("2026-11-03T12:00:00Z"));
    }

    @Test
    void aSignedDeliveryIsAcceptedStoredNoticedAndCounted() throws Exception {
        byte[] body = body();
        int before = events();

        HttpResponse<String> response = post("aftership", body, AfterShipWebhook.sign(body, SECRET));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains(ORDER);
        assertThat(events()).isGreaterThan(before);
        assertThat(ShopApplication.RECEIVED).extracting(n -> n.kind()).contains(NoticeKind.EXCEPTION);
        HttpResponse<String> metric = get("/actuator/metrics/waybill.webhooks?tag=carrier:aftership&tag=outcome:accepted");
        assertThat(metric.statusCode()).isEqualTo(200);
        assertThat(metric.body()).contains("\"COUNT\"");
        assertThat(get("/actuator/metrics/waybill.verdicts").statusCode()).isEqualTo(200);
    }

    @Test
    void easyPostsOwnRecordedEventIsAcceptedAndMergedIntoTheWatchedShipment() throws Exception {
        Lane lane = new Lane(CountryCode.of("US"), CountryCode.of("US"), Mode.ROAD, "easypost");
        store.merge(Shipment.builder("order-easypost-1", lane).trackingNumber("1")
                .promisedBy(LocalDate.parse("2024-08-06"))
                .event(TrackingEvent.of(OffsetDateTime.parse("2024-07-31T15:00:00Z"), EventCode.LABEL_CREATED))
                .build(), Instant.parse("2024-07-31T16:00:00Z"));
        byte[] body = resource("/easypost-event-body.json");

        HttpResponse<String> response = post("easypost", body, EasyPostWebhook.HEADER,
                EasyPostWebhook.sign(body, "whsec-easypost-lumen"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("order-easypost-1");
        // the recording's tracking details: one pre-transit scan, then in-transit scans on the following days
        assertThat(store.find("order-easypost-1").orElseThrow().shipment().events()).hasSizeGreaterThan(3);
    }

    @Test
    void aSignedDeliveryForANumberNoOrderHasIsAnsweredAsUnknownAndNotStored() throws Exception {
        byte[] body = resource("/aftership-webhook-2026-07.json");

        HttpResponse<String> response = post("aftership", body, AfterShipWebhook.sign(body, SECRET));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"unknown\":[\"0000000000000000\"]");
        assertThat(store.find("0000000000000000")).isEmpty();
    }

    @Test
    void theSignatureIsCheckedOverTheRawBytesWhateverTheContentType() throws Exception {
        byte[] body = resource("/aftership-webhook-2026-07.json");
        HttpRequest form = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/waybill/webhooks/aftership"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(AfterShipWebhook.HEADER, AfterShipWebhook.sign(body, SECRET))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        HttpResponse<String> response = http.send(form, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("0000000000000000");
    }

    @Test
    void aTamperedOrUnsignedDeliveryIsRefusedAndStoresNothing() throws Exception {
        byte[] body = body();
        String signature = AfterShipWebhook.sign(body, SECRET);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("Frankfurt", "Hamburg")
                .getBytes(StandardCharsets.UTF_8);
        int before = events();

        assertThat(post("aftership", tampered, signature).statusCode()).isEqualTo(401);
        assertThat(post("aftership", body, null).statusCode()).isEqualTo(401);
        assertThat(post("aftership", body, AfterShipWebhook.sign(body, "another-secret")).statusCode()).isEqualTo(401);

        assertThat(events()).isEqualTo(before);
        assertThat(get("/actuator/metrics/waybill.webhooks?tag=outcome:rejected").statusCode()).isEqualTo(200);
    }

    @Test
    void aCarrierWithoutASecretIsNotFoundAndABodyNotInTheCarriersFormatIsBad() throws Exception {
        byte[] body = body();
        assertThat(post("dhl", body, "whatever").statusCode()).isEqualTo(404);
        assertThat(post("no-such-carrier", body, "whatever").statusCode()).isEqualTo(404);
        byte[] notJson = "<html>not a delivery</html>".getBytes(StandardCharsets.UTF_8);
        assertThat(post("aftership", notJson, AfterShipWebhook.sign(notJson, SECRET)).statusCode()).isEqualTo(400);
    }

    @Test
    void aDeliveryLargerThanTheLimitIsRefusedUnreadAndStoresNothing() throws Exception {
        byte[] body = body();
        byte[] padded = new String(body, StandardCharsets.UTF_8).replaceFirst("\\{", "{\"padding\":\""
                + " ".repeat(64 * 1024) + "\",").getBytes(StandardCharsets.UTF_8);
        int before = events();

        HttpResponse<String> response = post("aftership", padded, AfterShipWebhook.sign(padded, SECRET));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("body larger than 65536 bytes (waybill.watch.webhook-max-body-size)");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void healthShowsTheWaybillComponentUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health/waybill");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("aftership");
    }

    private int events() {
        return store.find(ORDER).orElseThrow().shipment().events().size();
    }

    private static byte[] body() throws IOException {
        return resource("/aftership-webhook.json");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ShopWebhookTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<String> post(String carrier, byte[] body, String signature) throws Exception {
        return post(carrier, body, AfterShipWebhook.HEADER, signature);
    }

    private HttpResponse<String> post(String carrier, byte[] body, String header, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/waybill/webhooks/"
                        + carrier)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header(header, signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
