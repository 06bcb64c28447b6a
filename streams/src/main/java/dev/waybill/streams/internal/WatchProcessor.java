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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The watching of one partition's shipments. A shipment record, or a webhook update routed to its
 * shipment ({@link RouteProcessor}), is merged into the journey kept, looked at now ({@link Looks}), and
 * its verdict (when it is not the line written last), transitions and notices forwarded; a buyer notice
 * decided in the quiet hours waits in the held index. When webhooks are read, each shipment's tracking
 * number is put in the index (and taken out when it changes or the shipment is forgotten). Every {@code punctuate} of wall-clock time, the shipments
 * due for another look and the held notices whose quiet hours are over are taken from their time
 * indexes, at most {@code limit} of each per punctuation. The stores are changelogged and, under
 * {@code exactly_once_v2}, committed with the output in one transaction: a notice decided is in the
 * ledger and on the notices topic together or not at all.
 */
public final class WatchProcessor implements Processor<String, String, String, String> {

    /** The children records are forwarded to. */
    public static final String VERDICTS = "verdicts", TRANSITIONS = "transitions", NOTICES = "notices",
            REJECTED = "rejected", INDEX = "index";

    private final Looks looks;
    private final StoreNames stores;
    private final Duration punctuate;
    private final int limit;
    private final String pushedTopic;
    private final ObjectMapper mapper = WaybillJson.mapper();
    private final WatchedJson json = new WatchedJson(mapper);
    private final RoutingJson routing = new RoutingJson(mapper);
    private final OutputLines lines = new OutputLines(mapper);

    private ProcessorContext<String, String> context;
    private KeyValueStore<String, String> watched;
    private TimeIndex due;
    private TimeIndex held;

    /**
     * A processor looking with {@code looks}, punctuating every {@code punctuate}, {@code limit} entries
     * each; {@code pushedTopic} is the topic of routed webhook updates, null when webhooks are not read.
     */
    public WatchProcessor(Looks looks, StoreNames stores, Duration punctuate, int limit, String pushedTopic) {
        this.looks = looks;
        this.stores = stores;
        this.punctuate = punctuate;
        this.limit = limit;
        this.pushedTopic = pushedTopic;
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
        if (pushedTopic != null && context.recordMetadata().map(m -> pushedTopic.equals(m.topic())).orElse(false)) {
            pushed(record, now);
            return;
        }
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
        Trigger trigger = kept == null || kept.state().last().isEmpty() ? Trigger.INGEST
                : Journeys.grew(kept.shipment(), merged) ? Trigger.POLL : Trigger.TIME;
        look(merged, kept, trigger, now);
    }

    /**
     * A webhook update routed here by its tracking number: merged as the watcher's intake merges it and
     * looked at, the change caused by {@code WEBHOOK}. The due looks keep their pace: they poll no
     * carrier (this topology never polls), they find what time alone changes.
     */
    private void pushed(Record<String, String> record, Instant now) {
        RoutingJson.Pushed pushed = routing.pushed(record.value());
        Watched kept = read(record.key());
        if (kept == null) {                            // forgotten after the update was routed
            RoutingJson.Origin from = pushed.from();
            context.forward(new Record<>(pushed.carrier(), lines.rejected(from.topic(), from.partition(),
                    from.offset(), record.key(), "trackingNumber: '" + pushed.shipment().trackingNumber().orElse("")
                            + "' was the number of a shipment no longer watched"), now.toEpochMilli()), REJECTED);
            return;
        }
        Shipment merged = Journeys.pushed(kept.shipment(), pushed.shipment());
        look(merged, kept, Journeys.grew(kept.shipment(), merged) ? Trigger.WEBHOOK : Trigger.TIME, now);
    }

    private void punctuate(long timestamp) {
        Instant now = Instant.ofEpochMilli(timestamp);
        for (KeyValue<String, String> entry : due.takeDue(now, limit)) {
            Watched kept = read(entry.value);
            if (kept != null && kept.due() != null && !kept.due().isAfter(now)) {
                look(kept.shipment(), kept.taken(), Trigger.TIME, now);
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
        String verdict = digest(look.verdictJson());
        if (kept == null || !verdict.equals(kept.verdict())) {        // the compacted topic has the latest already
            context.forward(new Record<>(id, look.verdictJson(), ts), VERDICTS);
        }
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
        if (look.next().isPresent()) {
            due.put(look.next().get(), id, id);
        }
        Watched.Indexed indexed = index(shipment, kept == null ? null : kept.indexed(), ts);
        watched.put(id, json.write(new Watched(shipment, look.decision().after(), look.next().orElse(null), verdict,
                indexed)));
    }

    /**
     * Keeps the tracking-number index in step with {@code shipment}: its entry written when new or
     * changed, the old one removed; unchanged when webhooks are not read.
     */
    private Watched.Indexed index(Shipment shipment, Watched.Indexed before, long ts) {
        Watched.Indexed now = Watched.Indexed.of(shipment);
        if (pushedTopic == null || Objects.equals(before, now)) {
            return before;
        }
        if (before != null) {
            context.forward(new Record<>(before.number(), routing.unindex(shipment.id()), ts), INDEX);
        }
        if (now != null) {
            context.forward(new Record<>(now.number(), routing.index(new RoutingJson.Entry(shipment.id(),
                    now.carrier())), ts), INDEX);
        }
        return now;
    }

    /** SHA-256 of a verdict line, Base64: what is kept to tell a changed verdict from the one written. */
    private static String digest(String line) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
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
        if (kept != null && kept.indexed() != null && pushedTopic != null) {
            context.forward(new Record<>(kept.indexed().number(), routing.unindex(id), now.toEpochMilli()), INDEX);
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
