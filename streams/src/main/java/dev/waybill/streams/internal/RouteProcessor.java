package dev.waybill.streams.internal;

import dev.waybill.json.WaybillJson;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The tracking-number index, on the partitions of the by-number topic: the watching writes an entry
 * for each watched shipment's tracking number (and removes it when the number changes or the shipment
 * is forgotten), the webhook intake writes each verified update under the number it names, both keyed
 * by that number, so an entry and the updates for its number are in one partition, one task and one
 * store, in the order they arrived. An update is forwarded keyed by the id of the shipment with its
 * number (where several have it, the one of the carrier that pushed it, else the one indexed last, as
 * the JDBC store chooses); an update for a number no watched shipment has is rejected.
 */
public final class RouteProcessor implements Processor<String, String, String, String> {

    /** The children records are forwarded to. */
    public static final String PUSHED = "pushed-by-id", REJECTED = "route-rejected";

    private final String storeName;
    private final RoutingJson json = new RoutingJson(WaybillJson.mapper());
    private final OutputLines lines = new OutputLines(WaybillJson.mapper());

    private ProcessorContext<String, String> context;
    private KeyValueStore<String, String> index;

    /** A processor keeping the index in the store {@code storeName}. */
    public RouteProcessor(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.index = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, String> record) {
        String number = record.key();
        if (number == null || record.value() == null) {
            return;                                    // the topology writes neither
        }
        RoutingJson.ByNumber value = json.byNumber(record.value());
        List<RoutingJson.Entry> entries = json.entries(index.get(number));
        if (value.pushed() != null) {
            route(number, entries, value.pushed(), record.timestamp());
            return;
        }
        String id = value.index() != null ? value.index().id() : value.unindex();
        entries.removeIf(e -> e.id().equals(id));
        if (value.index() != null) {
            entries.add(value.index());                // the latest last
        }
        if (entries.isEmpty()) {
            index.delete(number);
        } else {
            index.put(number, json.entries(entries));
        }
    }

    private void route(String number, List<RoutingJson.Entry> entries, RoutingJson.Pushed pushed, long timestamp) {
        if (entries.isEmpty()) {
            RoutingJson.Origin from = pushed.from();
            context.forward(new Record<>(pushed.carrier(), lines.rejected(from.topic(), from.partition(), from.offset(),
                    null, "trackingNumber: no watched shipment has '" + number + "'"), timestamp), REJECTED);
            return;
        }
        RoutingJson.Entry chosen = entries.get(entries.size() - 1);
        for (RoutingJson.Entry e : entries) {
            if (pushed.carrier().equals(e.carrier()) || pushed.shipment().lane().carrier().filter(carrier -> carrier.equals(e.carrier())).isPresent()) {
                chosen = e;
            }
        }
        context.forward(new Record<>(chosen.id(), json.pushed(pushed), timestamp), PUSHED);
    }
}
