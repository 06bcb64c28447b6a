package dev.waybill.examples.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.carriers.aftership.AfterShipWebhook;
import dev.waybill.examples.sandbox.SandboxCarrierServer;
import dev.waybill.examples.sandbox.SandboxParcel;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.Shipment;
import dev.waybill.spring.autoconfigure.CarrierKeys;
import dev.waybill.watch.ShipmentStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Plays the carrier side: once the shop is up, starts the sandbox carrier server of {@code waybill demo}
 * on loopback with its recorded parcels, stores the parcels it serves through its AfterShip API as the
 * shop's orders (no tracking yet), then, as AfterShip would, pushes each parcel's tracking to the shop's
 * {@code POST /waybill/webhooks/aftership}, signed with the shop's AfterShip webhook secret. Off with
 * {@code shop.sandbox.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "shop.sandbox.enabled", havingValue = "true", matchIfMissing = true)
class SandboxCarrier implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxCarrier.class);
    private static final String PARCELS = "/dev/waybill/examples/demo/shipments.json";
    private static final String API = "aftership";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ShipmentStore store;
    private final CarrierKeys keys;
    private final Clock clock;
    private final Environment environment;
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile SandboxCarrierServer sandbox;

    SandboxCarrier(ShipmentStore store, CarrierKeys keys, Clock clock, Environment environment) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
        this.environment = environment;
    }

    /** Starts the sandbox, stores the shop's orders and pushes one webhook per order. */
    @EventListener(ApplicationReadyEvent.class)
    void pushWebhooks() throws IOException, InterruptedException {
        String secret = keys.webhookSecret(API).orElseThrow(() -> new IllegalStateException(
                "the sandbox signs its webhooks with waybill.carriers.aftership.webhook-secret: set it"));
        String shop = "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port")
                + "/waybill/webhooks/" + API;
        sandbox = SandboxCarrierServer.start(recordedParcels());
        List<SandboxParcel> parcels = sandbox.parcels().stream().filter(p -> p.api().equals(API)).toList();
        LOG.info("Sandbox carrier server at {}: {} parcels, {} of them tracked through AfterShip",
                sandbox.baseUrl(API), sandbox.parcels().size(), parcels.size());
        for (SandboxParcel parcel : parcels) {
            store.merge(parcel.withoutTracking(), clock.instant());
        }
        for (SandboxParcel parcel : parcels) {
            byte[] body = webhook(parcel.trackingNumber());
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(shop))
                            .header("Content-Type", "application/json")
                            .header(AfterShipWebhook.HEADER, AfterShipWebhook.sign(body, secret))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            LOG.info("Sandbox AfterShip pushed the tracking of {} (order {}): HTTP {} {}", parcel.trackingNumber(),
                    parcel.recorded().id(), answer.statusCode(), answer.body());
        }
    }

    /** AfterShip's webhook body for {@code number}: the tracking the sandbox's AfterShip API answers, as {@code msg}. */
    private byte[] webhook(String number) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl(API)
                        + "tracking/2026-07/trackings?tracking_numbers=" + number))
                .header("as-api-key", "sandbox").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode tracking = JSON.readTree(answer.body()).path("data").path("trackings").path(0);
        ObjectNode body = JSON.createObjectNode().put("event", "tracking_update")
                .put("event_id", "sandbox-" + number).put("is_tracking_first_tag", false);
        body.set("msg", tracking);
        body.put("ts", clock.instant().getEpochSecond());
        return JSON.writeValueAsBytes(body);
    }

    /** The recorded parcels of {@code waybill demo}. */
    static List<Shipment> recordedParcels() {
        try (InputStream in = SandboxCarrier.class.getResourceAsStream(PARCELS)) {
            if (in == null) {
                throw new IllegalStateException(PARCELS + " is missing from the class path (waybill-examples)");
            }
            List<Shipment> shipments = new ArrayList<>();
            for (JsonNode node : JSON.readTree(in)) {
                shipments.add(WaybillJson.readShipment(node));
            }
            return shipments;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sandbox, while it runs. */
    SandboxCarrierServer sandbox() {
        return sandbox;
    }

    @Override
    public void destroy() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
