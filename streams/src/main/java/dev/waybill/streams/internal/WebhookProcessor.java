package dev.waybill.streams.internal;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierException;
import dev.waybill.carrier.Carriers;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.Shipment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Takes the raw webhook deliveries: the record's key names the carrier, its value is the body byte for
 * byte and its headers are the delivery's HTTP headers. Each delivery is verified and read by the
 * carrier's adapter ({@link CarrierAdapter#parseWebhook}, the one check of {@code waybill webhook} and
 * of the watcher's intake), and each shipment it names is forwarded keyed by its tracking number, to
 * be routed to the watched shipment with that number. A delivery that fails is forwarded to the
 * rejected topic with its reason, never the secret; the others go on.
 */
public final class WebhookProcessor implements Processor<String, byte[], String, String> {

    /** The children records are forwarded to. */
    public static final String BY_NUMBER = "webhook-by-number", REJECTED = "webhook-rejected";

    private final Carriers carriers;
    private final Function<String, Optional<String>> secrets;
    private final RoutingJson json = new RoutingJson(WaybillJson.mapper());
    private final OutputLines lines = new OutputLines(WaybillJson.mapper());

    private ProcessorContext<String, String> context;

    /** Verifies with the adapters of {@code carriers} and the webhook secret {@code secrets} gives a carrier. */
    public WebhookProcessor(Carriers carriers, Function<String, Optional<String>> secrets) {
        this.carriers = carriers;
        this.secrets = secrets;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        RecordMetadata where = context.recordMetadata().orElse(null);
        RoutingJson.Origin from = where == null ? new RoutingJson.Origin(null, -1, -1)
                : new RoutingJson.Origin(where.topic(), where.partition(), where.offset());
        String carrier = record.key();
        if (carrier == null || carrier.isBlank()) {
            reject(record, from, "key: missing: a webhook record is keyed by the carrier's name");
            return;
        }
        Optional<CarrierAdapter> adapter = carriers.find(carrier);
        if (adapter.isEmpty()) {
            reject(record, from, "key: no carrier is called '" + carrier + "' (known: "
                    + String.join(", ", carriers.names()) + ")");
            return;
        }
        String name = adapter.get().name();
        Optional<String> secret = secrets.apply(name).filter(s -> !s.isBlank());
        if (secret.isEmpty()) {
            reject(record, from, "signature: no webhook secret is configured for " + name);
            return;
        }
        if (record.value() == null || record.value().length == 0) {
            reject(record, from, "body: empty");
            return;
        }
        List<Shipment> shipments;
        try {
            shipments = adapter.get().parseWebhook(record.value(), headers(record.headers()), secret.get());
        } catch (WebhookSignatureException e) {
            reject(record, from, "signature: " + e.problem());
            return;
        } catch (CarrierException e) {
            reject(record, from, "body: " + e.problem());
            return;
        } catch (RuntimeException e) {             // an adapter's bug must not stop the other deliveries
            reject(record, from, "body: not readable as a webhook of " + name);
            return;
        }
        if (shipments.isEmpty()) {
            reject(record, from, "body: names no shipment");
            return;
        }
        for (Shipment shipment : shipments) {
            String number = shipment.trackingNumber().orElse(null);
            if (number == null) {
                reject(record, from, "trackingNumber: missing on the delivery's shipment '" + shipment.id() + "'");
            } else {
                context.forward(new Record<>(number,
                        json.pushedByNumber(new RoutingJson.Pushed(name, shipment, from)), record.timestamp()),
                        BY_NUMBER);
            }
        }
    }

    /** The record's headers as the delivery's: names case-insensitive, values UTF-8, every value of a name kept. */
    static WebhookHeaders headers(Headers headers) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Header header : headers) {
            byName.computeIfAbsent(header.key(), k -> new ArrayList<>())
                    .add(header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        return WebhookHeaders.of(byName);
    }

    private void reject(Record<String, byte[]> record, RoutingJson.Origin from, String error) {
        context.forward(new Record<>(record.key(), lines.rejected(from.topic(), from.partition(), from.offset(), null,
                error), record.timestamp()), REJECTED);
    }
}
