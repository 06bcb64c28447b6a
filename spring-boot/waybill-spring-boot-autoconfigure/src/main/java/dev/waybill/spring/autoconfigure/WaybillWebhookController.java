package dev.waybill.spring.autoconfigure;

import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierException;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.watch.Watcher;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /waybill/webhooks/{carrier}}: the raw body and headers verified with the carrier's
 * {@code waybill.carriers.<name>.webhook-secret} (or {@code WAYBILL_<CARRIER>_WEBHOOK_SECRET}), merged into the watched shipments and recomputed.
 * {@code 202} when accepted and stored (the shipments named, and the numbers no watched shipment has);
 * {@code 401} for an invalid or missing signature, storing nothing; {@code 404} for a carrier without a
 * configured webhook secret; {@code 400} for a body that is not the carrier's format; {@code 413} for a body
 * larger than {@code waybill.watch.webhook-max-body-size} (4 MB by default), read no further than that.
 */
@RestController
public class WaybillWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(WaybillWebhookController.class);

    private final Watcher watcher;
    private final Waybill waybill;
    private final CarrierKeys keys;
    private final int maxBodySize;
    private final WaybillObserver observer;
    private final Clock clock;

    WaybillWebhookController(Watcher watcher, Waybill waybill, CarrierKeys keys, DataSize maxBodySize,
                             WaybillObserver observer, Clock clock) {
        this.watcher = watcher;
        this.waybill = waybill;
        this.keys = keys;
        this.maxBodySize = Math.toIntExact(maxBodySize.toBytes());
        this.observer = observer;
        this.clock = clock;
    }

    /**
     * Takes one delivery. The body is read from the request's stream as sent: bound as a request body,
     * a form-encoded one would be re-encoded from its parameters and no longer match its signature.
     */
    @PostMapping("/waybill/webhooks/{carrier}")
    public ResponseEntity<Map<String, Object>> receive(@PathVariable("carrier") String carrier,
                                                       @RequestHeader MultiValueMap<String, String> headers,
                                                       InputStream in) throws IOException {
        Optional<String> name = waybill.carriers().find(carrier).map(CarrierAdapter::name);
        Optional<String> secret = name.flatMap(keys::webhookSecret);
        if (secret.isEmpty()) {
            return reply(HttpStatus.NOT_FOUND, "no webhook secret configured for carrier '" + carrier + "'");
        }
        int limit = maxBodySize;
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            observer.webhook(name.get(), false);
            LOG.warn("Waybill webhook of {} refused: body larger than {} bytes", name.get(), limit);
            return reply(HttpStatus.CONTENT_TOO_LARGE, "body larger than " + limit
                    + " bytes (waybill.watch.webhook-max-body-size)");
        }
        try {
            Watcher.Accepted accepted = watcher.accept(name.get(), WebhookHeaders.of(headers), body, secret.get(),
                    clock.instant());
            observer.webhook(name.get(), true);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("shipments", accepted.shipments());
            answer.put("unknown", accepted.unknown());
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
        } catch (WebhookSignatureException e) {
            observer.webhook(name.get(), false);
            LOG.warn("Waybill webhook of {} rejected: {}", name.get(), e.getMessage());
            return reply(HttpStatus.UNAUTHORIZED, e.getMessage());
        } catch (CarrierException | IllegalArgumentException e) {
            observer.webhook(name.get(), false);
            LOG.warn("Waybill webhook of {} refused: {}", name.get(), e.getMessage());
            return reply(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static ResponseEntity<Map<String, Object>> reply(HttpStatus status, String error) {
        return ResponseEntity.status(status).body(Map.of("error", error));
    }
}
