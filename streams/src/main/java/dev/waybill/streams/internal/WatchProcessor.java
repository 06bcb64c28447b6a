package dev.waybill.streams.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.Shipment;
import dev.waybill.watch.Looks;
import dev.waybill.watch.NoticeJson;
import dev.waybill.watch.StoredNotice;
import dev.waybill.watch.rules.Transition;
import dev.waybill.watch.rules.Trigger;
import dev.waybill.watch.rules.WatchState;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The watching of one partition's shipments. A shipment record is merged into the journey kept, looked
 * at now ({@link Looks}), and its verdict, transitions and notices forwarded; a buyer notice decided in
 * the quiet hours waits in the held index. Every {@code punctuate} of wall-clock time, the shipments
 * due for another look and the held notices whose quiet hours are over are taken from their time
 * indexes, at most {@code limit} of each per punctuation. The stores are changelogged and, under
 * {@code exactly_once_v2}, committed with the output in one transaction: a notice decided is in the
 * ledger and on the notices topic together or not at all.
 */
public final class WatchProcessor implements Processor<String, String, String, String> {

    /** The children records are forwarded to. */
    public static final String VERDICTS = "verdicts", TRANSITIONS = "transitions", NOTICES = "notices",
            REJECTED = "rejected";

    private final Looks looks;
    private final StoreNames stores;
    private final Duration punctuate;
    private final int limit;
    private final ObjectMapper mapper = WaybillJson.mapper();
    private final WatchedJson json = new WatchedJson(mapper);
    private final OutputLines lines = new OutputLines(mapper);

    private ProcessorContext<String, String> context;
    private KeyValueStore<String, String> watched;
    private TimeIndex due;
    private TimeIndex held;

    /** A processor looking with {@code looks}, punctuating every {@code punctuate}, {@code limit} entries each. */
    public WatchProcessor(Looks looks, StoreNames stores, Duration punctuate, int limit) {
        this.looks = looks;
        this.stores = stores;
        this.punctuate = punctuate;
        this.limit = limit;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.watched = context.getStateStore(stores.watched());
        this.due = new TimeIndex(context.getStateStore(stores.due()));
        this.held = new TimeIndex(context.getStateStore(stores.held()));
        context.schedule(punctuate, PunctuationType.WALL_CLOCK_TIME, this::punctuate);
    }

    @Override
    public void process(Record<String, String> record) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        if (record.value() == null) {
            forget(record.key(), now);
            return;
        }
        Shipment incoming;
        JsonNode node = null;
        try {
            node = mapper.readTree(record.value());
            incoming = WaybillJson.readShipment(node);
        } catch (ContractJsonException e) {
            reject(record, WaybillJson.idOf(node), e.getMessage(), now);
            return;
        } catch (JsonProcessingException e) {
            reject(record, null, "not JSON: " + e.getOriginalMessage(), now);
            return;
        }
        if (record.key() == null || !record.key().equals(incoming.id())) {
            reject(record, incoming.id(), "key: " + (record.key() == null ? "missing"
                    : "'" + record.key() + "' is not the shipment's id '" + incoming.id() + "'"), now);
            return;
        }
        Watched kept = read(incoming.id());
        Shipment merged = Journeys.merge(kept == null ? null : kept.shipment(), incoming);
        Trigger trigger = kept == null || kept.state().last() == null ? Trigger.INGEST
                : Journeys.grew(kept.shipment(), merged) ? Trigger.POLL : Trigger.TIME;
        look(merged, kept, trigger, now);
    }

    private void punctuate(long timestamp) {
        Instant now = Instant.ofEpochMilli(timestamp);
        for (KeyValue<String, String> entry : due.takeDue(now, limit)) {
            Watched kept = read(entry.value);
            if (kept != null && kept.due() != null && !kept.due().isAfter(now)) {
                look(kept.shipment(), new Watched(kept.shipment(), kept.state(), null), Trigger.TIME, now);
            }
        }
        for (KeyValue<String, String> entry : held.takeDue(now, limit)) {
            String shipment = entry.key.substring(entry.key.indexOf('|') + 1, entry.key.lastIndexOf('|'));
            context.forward(new Record<>(shipment, entry.value, timestamp), NOTICES);
        }
    }

    private void look(Shipment shipment, Watched kept, Trigger trigger, Instant now) {
        String id = shipment.id();
        WatchState before = kept == null ? WatchState.initial() : kept.state();
        Looks.Look look = looks.look(shipment, before, trigger, now, false);
        long ts = now.toEpochMilli();
        context.forward(new Record<>(id, look.verdictJson(), ts), VERDICTS);
        for (Transition t : look.decision().transitions()) {
            context.forward(new Record<>(id, lines.transition(t), ts), TRANSITIONS);
        }
        for (StoredNotice notice : look.notices()) {
            String line = NoticeJson.of(notice, false).toString();
            if (notice.sendAfter().isAfter(now)) {
                held.put(notice.sendAfter(), id + "|" + notice.id(), line);
            } else {
                context.forward(new Record<>(id, line, ts), NOTICES);
            }
        }
        if (kept != null && kept.due() != null) {
            due.remove(kept.due(), id);
        }
        if (look.next() != null) {
            due.put(look.next(), id, id);
        }
        watched.put(id, json.write(new Watched(shipment, look.decision().after(), look.next())));
    }

    /** A tombstone: the shipment is no longer watched, and the compacted verdicts topic forgets it. */
    private void forget(String id, Instant now) {
        if (id == null) {
            return;
        }
        Watched kept = read(id);
        if (kept != null && kept.due() != null) {
            due.remove(kept.due(), id);
        }
        watched.delete(id);
        context.forward(new Record<String, String>(id, null, now.toEpochMilli()), VERDICTS);
    }

    private Watched read(String id) {
        String text = watched.get(id);
        return text == null ? null : json.read(text);
    }

    private void reject(Record<String, String> record, String id, String error, Instant now) {
        RecordMetadata where = context.recordMetadata().orElse(null);
        String line = lines.rejected(where == null ? null : where.topic(), where == null ? -1 : where.partition(),
                where == null ? -1 : where.offset(), id, error);
        context.forward(new Record<>(record.key(), line, now.toEpochMilli()), REJECTED);
    }
}
