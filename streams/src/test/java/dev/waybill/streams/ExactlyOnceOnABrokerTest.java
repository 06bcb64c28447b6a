package dev.waybill.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.EventCode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances in processes of their own on a real broker, a two-partition shipments topic, one of
 * them killed ({@code destroyForcibly}, SIGKILL) mid-stream: the other takes its partition over, restores
 * its stores from their changelogs, and a {@code read_committed} reader of the notices topic finds each
 * notice exactly once, every held parcel with one EXCEPTION notice, even for shipments replayed. (Start-up
 * first: the routing topics are made with the shipments' partition count once a webhooks topic exists.)
 */
class ExactlyOnceOnABrokerTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final int SHIPMENTS = 200;

    @TempDir
    Path stateA;
    @TempDir
    Path stateB;

    @Test
    @Timeout(600)
    void aNoticeIsOnTheTopicOnceWhenAnInstanceIsKilledMidStream() throws Exception {
        try (Broker broker = new Broker()) {
            broker.createTopic(TOPICS.shipments(), 2);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrap()))) {
                assertThat(TopicSetup.ensure(admin, TOPICS, Duration.ofSeconds(10)))
                        .isEqualTo(new TopicSetup.Ready(2, false));
                assertThat(admin.listTopics().names().get()).doesNotContainAnyElementsOf(TOPICS.routing());
                broker.createTopic(TOPICS.webhooks(), 3);
                assertThat(TopicSetup.ensure(admin, TOPICS, Duration.ofSeconds(10)))
                        .isEqualTo(new TopicSetup.Ready(2, true));
                assertThat(admin.describeTopics(TOPICS.routing()).allTopicNames().get().values())
                        .allSatisfy(topic -> assertThat(topic.partitions()).as(topic.name()).hasSize(2));
            }
            Instance a = Instance.start(broker.bootstrap(), stateA);
            Instance b = Instance.start(broker.bootstrap(), stateB);
            try (KafkaProducer<String, String> producer = broker.producer()) {
                a.awaitRunning();
                b.awaitRunning();
                send(producer, 0, SHIPMENTS / 2);
                a.kill();                                             // whatever it had in flight is lost with it
                send(producer, SHIPMENTS / 2, SHIPMENTS);
                send(producer, 0, SHIPMENTS / 4);                     // a replay of the first records
            } finally {
                a.kill();
            }
            try {
                Map<String, List<JsonNode>> notices = readUntilQuiet(broker, TOPICS.notices());
                List<String> ids = notices.values().stream().flatMap(List::stream).map(n -> n.get("id").asText())
                        .toList();
                assertThat(ids).doesNotHaveDuplicates();
                assertThat(notices).hasSize(SHIPMENTS).allSatisfy((shipment, lines) -> assertThat(lines)
                        .filteredOn(n -> n.get("kind").asText().equals("EXCEPTION")).hasSize(1));
                Map<String, List<JsonNode>> verdicts = readUntilQuiet(broker, TOPICS.verdicts());
                assertThat(verdicts).hasSize(SHIPMENTS).allSatisfy((shipment, lines) ->
                        assertThat(lines.get(lines.size() - 1).get("exception").asText()).isEqualTo("DELIVERY_FAILED"));
                assertThat(b.output()).contains("state RUNNING");
            } finally {
                b.kill();
            }
        }
    }

    /** Shipments {@code from} to {@code to}: picked up in Shenzhen three days ago, a failed delivery in Berlin yesterday. */
    private static void send(KafkaProducer<String, String> producer, int from, int to) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = from; i < to; i++) {
            String id = String.format("s-%03d", i);
            var shipment = Journeys.order(id).promisedBy(null)
                    .event(Journeys.event(now.minusDays(3).toString(), EventCode.PICKED_UP, "Shenzhen"))
                    .event(Journeys.event(now.minusDays(1).toString(), EventCode.DELIVERY_FAILED, "Berlin")).build();
            producer.send(new ProducerRecord<>(TOPICS.shipments(), id, WaybillJson.writeShipment(shipment).toString()));
        }
        producer.flush();
    }

    /** Everything committed on {@code topic} by shipment, read until nothing new came for ten seconds. */
    private static Map<String, List<JsonNode>> readUntilQuiet(Broker broker, String topic) throws Exception {
        Map<String, List<JsonNode>> byShipment = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = broker.committedReader("check-" + topic)) {
            consumer.subscribe(List.of(topic));
            Instant lastNew = Instant.now();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
            while (Instant.now().isBefore(deadline)
                    && (byShipment.size() < SHIPMENTS || Instant.now().isBefore(lastNew.plusSeconds(10)))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    byShipment.computeIfAbsent(r.key(), k -> new ArrayList<>())
                            .add(WaybillJson.mapper().readTree(r.value()));
                    lastNew = Instant.now();
                }
            }
        }
        return byShipment;
    }

    /** A {@link StreamsProcess} and what it printed. */
    private record Instance(Process process, List<String> lines) {

        static Instance start(String bootstrap, Path stateDir) throws Exception {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-cp", System.getProperty("java.class.path"), StreamsProcess.class.getName(),
                    bootstrap, "waybill-it", stateDir.toString()).redirectErrorStream(true).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (java.io.IOException e) {
                    lines.add("(output closed: " + e.getMessage() + ")");
                }
            });
            reader.setDaemon(true);
            reader.start();
            return new Instance(process, lines);
        }

        void awaitRunning() throws InterruptedException {
            Instant deadline = Instant.now().plusSeconds(180);      // a loaded machine rebalances slowly
            while (!lines.contains("state RUNNING")) {
                if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                    throw new AssertionError("the instance did not start: " + lines);
                }
                Thread.sleep(100);
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        String output() {
            return String.join("\n", lines);
        }
    }
}
