package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.waybill.json.WaybillJson;
import dev.waybill.carrier.CarrierException;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.watch.Watcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code watch --listen PORT}: serves {@code POST /webhooks/{carrier}} with the JDK's HTTP server.
 * A delivery is verified over its raw bytes with the carrier's secret
 * ({@code WAYBILL_<CARRIER>_WEBHOOK_SECRET}), merged and recomputed at once ({@code 202} with the
 * shipments it named); a missing or invalid signature gets {@code 401} and stores nothing.
 */
final class WebhookServer implements AutoCloseable {

    private static final int MAX_BODY = 4 << 20;

    private final HttpServer server;

    private WebhookServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts serving on {@code port} (0 for any free one).
     *
     * @param secrets the webhook secret of a carrier, empty when none is configured
     */
    static WebhookServer start(int port, Watcher watcher, Set<String> carriers,
                               Function<String, Optional<String>> secrets, Clock clock, PrintStream err)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        ObjectMapper mapper = WaybillJson.mapper();
        server.createContext("/webhooks/", exchange -> {
            try (exchange) {
                if (!exchange.getRequestMethod().equals("POST")) {
                    exchange.getResponseHeaders().add("Allow", "POST");
                    reply(exchange, 405, error(mapper, "only POST"));
                    return;
                }
                String carrier = exchange.getRequestURI().getPath().substring("/webhooks/".length());
                if (!carriers.contains(carrier)) {
                    reply(exchange, 404, error(mapper, "unknown carrier '" + carrier + "'"));
                    return;
                }
                Optional<String> secret = secrets.apply(carrier);
                if (secret.isEmpty()) {
                    reply(exchange, 401, error(mapper, "no webhook secret configured for " + carrier));
                    return;
                }
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readNBytes(MAX_BODY + 1);
                }
                if (body.length > MAX_BODY) {
                    reply(exchange, 413, error(mapper, "body larger than " + MAX_BODY + " bytes"));
                    return;
                }
                try {
                    Watcher.Accepted accepted = watcher.accept(carrier,
                            WebhookHeaders.of(exchange.getRequestHeaders()), body, secret.get(), clock.instant());
                    ObjectNode answer = mapper.createObjectNode();
                    accepted.shipments().forEach(answer.putArray("shipments")::add);
                    accepted.unknown().forEach(answer.putArray("unknown")::add);
                    reply(exchange, 202, answer);
                } catch (WebhookSignatureException e) {
                    err.println("waybill watch: webhook of " + carrier + " rejected: " + e.getMessage());
                    reply(exchange, 401, error(mapper, e.getMessage()));
                } catch (CarrierException | IllegalArgumentException e) {
                    reply(exchange, 400, error(mapper, e.getMessage()));
                } catch (RuntimeException e) {
                    err.println("waybill watch: webhook of " + carrier + " failed: " + e);
                    reply(exchange, 500, error(mapper, "could not store the delivery; send it again"));
                }
            }
        });
        server.start();
        return new WebhookServer(server);
    }

    /** The port served. */
    int port() {
        return server.getAddress().getPort();
    }

    private static ObjectNode error(ObjectMapper mapper, String message) {
        return mapper.createObjectNode().put("error", message);
    }

    private static void reply(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = (body.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
