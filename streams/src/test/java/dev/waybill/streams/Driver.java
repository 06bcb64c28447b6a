package dev.waybill.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Waybill;
import dev.waybill.json.WaybillJson;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.Shipment;
import dev.waybill.watch.rules.NoticePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The topology in a {@link TopologyTestDriver} on a mocked wall clock: shipments and webhooks in, each output topic
 * read as JSON lines, everything read so far kept (so a test sees the whole history of a run).
 */
final class Driver implements AutoCloseable {

    static final Waybill WAYBILL = DefaultPolicies.waybill().build();
    static final ObjectMapper MAPPER = WaybillJson.mapper();

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, String> shipments;
    private final TestInputTopic<String, byte[]> webhooks;
    private final TestOutputTopic<String, String> verdicts, transitions, notices, rejected;
    private final List<JsonNode> verdictLines = new ArrayList<>(), transitionLines = new ArrayList<>(),
            noticeLines = new ArrayList<>(), rejectedLines = new ArrayList<>();
    private final List<String> verdictKeys = new ArrayList<>();

    Driver(NoticePolicy policy, Instant wallClock, Path stateDir) {
        this(WatchTopology.builder(WAYBILL).policy(policy), wallClock, stateDir);
    }

    Driver(WatchTopology.Builder topology, Instant wallClock, Path stateDir) {
        Topics topics = Topics.defaults();
        Properties props = WatchStreams.properties("unused:9092", "waybill-test", stateDir);
        driver = new TopologyTestDriver(topology.build(), props, wallClock);
        StringSerializer ser = new StringSerializer();
        StringDeserializer de = new StringDeserializer();
        shipments = driver.createInputTopic(topics.shipments(), ser, ser);
        webhooks = driver.createInputTopic(topics.webhooks(), ser, new ByteArraySerializer());
        verdicts = driver.createOutputTopic(topics.verdicts(), de, de);
        transitions = driver.createOutputTopic(topics.transitions(), de, de);
        notices = driver.createOutputTopic(topics.notices(), de, de);
        rejected = driver.createOutputTopic(topics.rejected(), de, de);
    }

    void pipe(Shipment shipment) {
        pipe(shipment.id(), WaybillJson.writeShipment(shipment).toString());
    }

    void pipe(String key, String value) {
        shipments.pipeInput(key, value);
    }

    /** A record on any topic the topology reads, as another instance's task would have written it. */
    void pipe(String topic, String key, String value) {
        driver.createInputTopic(topic, new StringSerializer(), new StringSerializer()).pipeInput(key, value);
    }

    /** A webhook delivery of {@code carrier}: its raw body and its HTTP headers as the record's headers. */
    void webhook(String carrier, byte[] body, Map<String, String> headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, value) -> recordHeaders.add(name, value.getBytes(StandardCharsets.UTF_8)));
        webhooks.pipeInput(new TestRecord<>(carrier, body, recordHeaders));
    }

    /** Advances the wall clock in steps of {@code step} up to {@code total}, punctuating at each. */
    void advance(Duration total, Duration step) {
        for (Duration done = Duration.ZERO; done.compareTo(total) < 0; done = done.plus(step)) {
            driver.advanceWallClockTime(step);
        }
    }

    List<JsonNode> verdicts() {
        for (TestRecord<String, String> r : verdicts.readRecordsToList()) {
            verdictKeys.add(r.key());
            verdictLines.add(r.value() == null ? null : json(r.value()));
        }
        return verdictLines;
    }

    List<String> verdictKeys() {
        verdicts();
        return verdictKeys;
    }

    JsonNode latestVerdict() {
        List<JsonNode> all = verdicts();
        return all.get(all.size() - 1);
    }

    List<JsonNode> transitions() {
        transitions.readValuesToList().forEach(v -> transitionLines.add(json(v)));
        return transitionLines;
    }

    List<JsonNode> notices() {
        notices.readValuesToList().forEach(v -> noticeLines.add(json(v)));
        return noticeLines;
    }

    List<String> noticeKinds() {
        return notices().stream().map(n -> n.get("kind").asText()).toList();
    }

    List<JsonNode> rejected() {
        rejected.readValuesToList().forEach(v -> rejectedLines.add(json(v)));
        return rejectedLines;
    }

    /** Every entry of the state store {@code name}, as the changelog would restore it. */
    Map<Object, Object> store(String name) {
        Map<Object, Object> entries = new LinkedHashMap<>();
        KeyValueStore<Object, Object> store = driver.getKeyValueStore(name);
        try (KeyValueIterator<Object, Object> all = store.all()) {
            all.forEachRemaining(entry -> entries.put(entry.key, entry.value));
        }
        return entries;
    }

    /** Puts {@code entries} into the state store {@code name}: a store restored from its changelog. */
    void restore(String name, Map<Object, Object> entries) {
        KeyValueStore<Object, Object> store = driver.getKeyValueStore(name);
        entries.forEach(store::put);
    }

    @Override
    public void close() {
        driver.close();
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
