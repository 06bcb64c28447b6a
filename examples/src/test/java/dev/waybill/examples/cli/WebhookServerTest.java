package dev.waybill.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.ups.UpsSettings;
import dev.waybill.carriers.ups.UpsTracking;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.ShipmentStores;
import dev.waybill.watch.Watcher;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch --listen}: POST /webhooks/{carrier} over loopback. */
class WebhookServerTest {

    private static final Lane CN_DE = new Lane(CountryCode.of("CN"), CountryCode.of("DE"), Mode.AIR, "cainiao");

    /** Pushes "NUMBER CODE INSTANT", signed by an X-Signature header equal to the secret. */
    private static final CarrierAdapter PUSHING = new CarrierAdapter() {
        @Override
        public String name() {
            return "cainiao";
        }

        @Override
        public int batchLimit() {
            return 40;
        }

        @Override
        public List<TrackingResult> track(List<String> numbers) {
            return List.of();
        }

        @Override
        public List<Shipment> parse(byte[] body) {
            String[] parts = new String(body, StandardCharsets.UTF_8).strip().split(" ");
            return List.of(Shipment.builder("CN-" + parts[0], CN_DE).trackingNumber(parts[0])
                    .event(TrackingEvent.of(OffsetDateTime.parse(parts[2]), EventCode.valueOf(parts[1]))).build());
        }

        @Override
        public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
            if (!headers.first("X-Signature").map(secret::equals).orElse(false)) {
                throw new WebhookSignatureException("cainiao", "signature does not match");
            }
        }
    };

    @TempDir
    Path dir;

    @Test
    void aSignedDeliveryIsAcceptedAndABadOneGets401AndStoresNothing() throws Exception {
        Waybill waybill = DefaultPolicies.waybill().carrier(PUSHING).build();
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:05:00Z"), ZoneOffset.UTC);
        HttpClient http = HttpClient.newHttpClient();
        try (ShipmentStore store = ShipmentStores.open(dir.resolve("shop").toString())) {
            store.merge(Shipment.builder("o-1", CN_DE).trackingNumber("LP00123456789CN")
                    .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-06T09:00:00+08:00"), EventCode.PICKED_UP))
                    .build(), clock.instant());
            Watcher watcher = Watcher.builder(store, waybill).build();
            try (WebhookServer server = WebhookServer.start(0, watcher, Set.of("cainiao"),
                    carrier -> Optional.of("s3cret"), clock,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
                URI uri = URI.create("http://localhost:" + server.port() + "/webhooks/cainiao");
                String body = "LP00123456789CN OUT_FOR_DELIVERY 2026-11-20T08:00:00+01:00";

                HttpResponse<String> forged = http.send(HttpRequest.newBuilder(uri).header("X-Signature", "forged")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(forged.statusCode()).isEqualTo(401);
                assertThat(store.find("o-1").orElseThrow().shipment().events()).hasSize(1);

                HttpResponse<String> signed = http.send(HttpRequest.newBuilder(uri).header("X-Signature", "s3cret")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(signed.statusCode()).isEqualTo(202);
                assertThat(signed.body()).contains("\"shipments\":[\"o-1\"]");
                assertThat(store.find("o-1").orElseThrow().shipment().events()).hasSize(2);

                URI other = URI.create("http://localhost:" + server.port() + "/webhooks/nobody");
                assertThat(http.send(HttpRequest.newBuilder(other).POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
                assertThat(http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).isEqualTo(405);

                String huge = body + " ".repeat(4 << 20);
                HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(uri).header("X-Signature", "s3cret")
                        .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(tooLarge.statusCode()).isEqualTo(413);
                assertThat(tooLarge.body()).contains("body larger than 4194304 bytes");
                assertThat(store.find("o-1").orElseThrow().shipment().events()).hasSize(2);
            }
        }
    }

    /** A real UPS Track Alert event (UPS's documented delivery example) through the registry's UPS adapter. */
    @Test
    void aUpsTrackAlertEventIsMergedWithItsCredentialAndRefusedWithout() throws Exception {
        Waybill waybill = DefaultPolicies.waybill().carrier(UpsTracking.of(UpsSettings.builder().build())).build();
        Clock clock = Clock.fixed(Instant.parse("2024-04-23T14:00:00Z"), ZoneOffset.UTC);
        HttpClient http = HttpClient.newHttpClient();
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/carriers/ups_track_alert_delivered.json")) {
            body = in.readAllBytes();
        }
        try (ShipmentStore store = ShipmentStores.open(dir.resolve("shop").toString())) {
            store.merge(Shipment.builder("order-ups-1", new Lane(CountryCode.of("US"), CountryCode.of("US"), Mode.ROAD,
                            "ups")).trackingNumber("1Z204W4R0308071865")
                    .event(TrackingEvent.of(OffsetDateTime.parse("2024-04-22T18:00:00-04:00"), EventCode.PICKED_UP))
                    .build(), clock.instant());
            Watcher watcher = Watcher.builder(store, waybill).build();
            try (WebhookServer server = WebhookServer.start(0, watcher, Set.of("ups"),
                    carrier -> Optional.of("demo-credential"), clock,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
                URI uri = URI.create("http://localhost:" + server.port() + "/webhooks/ups");

                HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(uri)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(unsigned.statusCode()).isEqualTo(401);
                assertThat(store.find("order-ups-1").orElseThrow().shipment().events()).hasSize(1);

                HttpResponse<String> sent = http.send(HttpRequest.newBuilder(uri).header("credential", "demo-credential")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(sent.statusCode()).isEqualTo(202);
                assertThat(sent.body()).contains("\"shipments\":[\"order-ups-1\"]");
                assertThat(store.find("order-ups-1").orElseThrow().shipment().latestEvent().orElseThrow())
                        .satisfies(event -> {
                            assertThat(event.code()).isEqualTo(EventCode.DELIVERED);
                            assertThat(event.instant()).isEqualTo(Instant.parse("2024-04-23T13:50:04Z"));
                        });
            }
        }
    }
}
