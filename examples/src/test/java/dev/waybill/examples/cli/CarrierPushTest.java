package dev.waybill.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Waybill;
import dev.waybill.carriers.fedex.FedexSettings;
import dev.waybill.carriers.fedex.FedexTracking;
import dev.waybill.carriers.fedex.FedexWebhook;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * The carriers that push, through the places a shop takes pushes: {@code waybill webhook} (the registry's
 * UPS and FedEx adapters, no keys set) and {@code watch --listen}'s {@code POST /webhooks/{carrier}}.
 * Bodies: UPS's documented Track Alert delivery event and karrio's recorded FedEx answer (SOURCES.md).
 */
class CarrierPushTest {

    private static final String CREDENTIAL = "demo-credential";
    private static final String UPS_NUMBER = "1Z204W4R0308071865";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(byte[] stdin, String... args) {
        Console console = new Console(new ByteArrayInputStream(stdin), new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8), Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
        return new WaybillCommand().run(List.of(args), console);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CarrierPushTest.class.getResourceAsStream("/carriers/" + name)) {
            return in.readAllBytes();
        }
    }

    private JsonNode onlyLine() throws IOException {
        List<String> lines = out.toString(UTF_8).strip().lines().toList();
        assertThat(lines).hasSize(1);
        return new ObjectMapper().readTree(lines.get(0));
    }

    @Test
    void aUpsTrackAlertEventWithItsCredentialIsPrintedLikeParse() throws IOException {
        int status = run(resource("ups_track_alert_delivered.json"), "webhook", "--carrier", "ups", "--secret",
                CREDENTIAL, "--header", "credential: " + CREDENTIAL, "--header", "User-Agent: UPSPubSubTrackingService",
                "-");

        assertThat(status).isZero();
        JsonNode line = onlyLine();
        assertThat(line.get("trackingNumber").asText()).isEqualTo(UPS_NUMBER);
        assertThat(line.get("events")).singleElement()
                .satisfies(event -> assertThat(event.get("code").asText()).isEqualTo("DELIVERED"));
    }

    @Test
    void aUpsTrackAlertEventWithoutItsCredentialExits3() throws IOException {
        int status = run(resource("ups_track_alert_delivered.json"), "webhook", "--carrier", "ups", "--secret",
                CREDENTIAL, "--header", "User-Agent: UPSPubSubTrackingService", "-");

        assertThat(status).isEqualTo(3);
        assertThat(out.toString(UTF_8)).isEmpty();
        assertThat(err.toString(UTF_8)).contains("missing").contains("credential").doesNotContain(CREDENTIAL);
    }

    @Test
    void aFedexPushIsAcceptedWithItsSignatureAndRejectedWithAnother() throws IOException {
        byte[] body = resource("fedex_aiv_push.json");

        assertThat(run(body, "webhook", "--carrier", "fedex", "--secret", "fdx-token", "--header",
                "fdx-signature: " + FedexWebhook.sign(body, "fdx-token"), "-")).isZero();
        assertThat(onlyLine().get("trackingNumber").asText()).isEqualTo("738488882438");

        out.reset();
        assertThat(run(body, "webhook", "--carrier", "fedex", "--secret", "fdx-token", "--header",
                "fdx-signature: " + FedexWebhook.sign(body, "fdx-other"), "-")).isEqualTo(3);
        assertThat(out.toString(UTF_8)).isEmpty();
    }

    @Test
    void cainiaoIsPolledSoEveryPushIsRejected() throws IOException {
        int status = run("{}".getBytes(UTF_8), "webhook", "--carrier", "cainiao", "--secret", "k", "--header",
                "data_digest: x", "-");

        assertThat(status).isEqualTo(3);
        assertThat(err.toString(UTF_8)).contains("polls Cainiao");
    }

    @Test
    void watchListenMergesAUpsTrackAlertEventIntoTheWatchedParcelAndRefusesOneWithoutTheCredential()
            throws Exception {
        Waybill waybill = DefaultPolicies.waybill().carrier(UpsTracking.of(UpsSettings.builder().build()))
                .carrier(FedexTracking.of(FedexSettings.builder().build())).build();
        Clock clock = Clock.fixed(Instant.parse("2024-04-23T14:00:00Z"), ZoneOffset.UTC);
        HttpClient http = HttpClient.newHttpClient();
        byte[] body = resource("ups_track_alert_delivered.json");
        try (ShipmentStore store = ShipmentStores.open(dir.resolve("shop").toString())) {
            store.merge(Shipment.builder("order-ups-1", new Lane(CountryCode.of("US"), CountryCode.of("US"), Mode.ROAD,
                            "ups")).trackingNumber(UPS_NUMBER)
                    .event(TrackingEvent.of(OffsetDateTime.parse("2024-04-22T18:00:00-04:00"), EventCode.PICKED_UP))
                    .build(), clock.instant());
            Watcher watcher = Watcher.builder(store, waybill).build();
            try (WebhookServer server = WebhookServer.start(0, watcher, Set.of("ups", "fedex"),
                    carrier -> Optional.of(CREDENTIAL), clock,
                    new PrintStream(new ByteArrayOutputStream(), true, UTF_8))) {
                URI uri = URI.create("http://localhost:" + server.port() + "/webhooks/ups");

                HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(uri)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(unsigned.statusCode()).isEqualTo(401);
                assertThat(store.find("order-ups-1").orElseThrow().shipment().events()).hasSize(1);

                HttpResponse<String> sent = http.send(HttpRequest.newBuilder(uri).header("credential", CREDENTIAL)
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
