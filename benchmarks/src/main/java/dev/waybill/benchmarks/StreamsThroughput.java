package dev.waybill.benchmarks;

import dev.waybill.policies.DefaultPolicies;
import dev.waybill.streams.TopicSetup;
import dev.waybill.streams.Topics;
import dev.waybill.streams.WatchStreams;
import dev.waybill.streams.WatchTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Shipment records per second through the watching topology on a real broker in this JVM (Kafka's
 * KRaft test kit), exactly once: {@code N} shipments of the benchmark mix (10 events each) are put on a
 * two-partition {@code waybill.shipments} first; then one instance, and then two instances of one
 * application (a stream thread each), read them all from the start. The rate is the records over the
 * span between the first and the last verdict written (the verdicts' timestamps are the processing
 * wall clock), so start-up and rebalancing are left out. A first one-instance pass warms the JIT and is
 * not counted. Prints a Markdown table; not a JMH benchmark (one pass of a whole pipeline, seconds long).
 *
 * <pre>{@code java -cp ... dev.waybill.benchmarks.StreamsThroughput 20000}</pre>
 */
public final class StreamsThroughput {

    private static final String SHIPMENTS = "waybill.shipments";
    private static final int EVENTS = 10;

    private StreamsThroughput() {
    }

    /** Runs the three passes over {@code args[0]} shipments (default 20,000). */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        try (KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0").build()) {
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            String bootstrap = kit.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic(SHIPMENTS, 2, (short) 1))).all().get();
            }
            produce(bootstrap, n);
            pass(bootstrap, "warm", 1, n);
            double one = pass(bootstrap, "one", 1, n);
            double two = pass(bootstrap, "two", 2, n);
            System.out.println("| instances | shipment records/s | events/s |");
            System.out.println("|---|---|---|");
            System.out.printf("| 1 | %.0f | %.0f |%n", one, one * EVENTS);
            System.out.printf("| 2 | %.0f | %.0f |%n", two, two * EVENTS);
            System.out.printf("speed-up from one to two instances on two partitions: %.2f (%d shipments, %d cores)%n",
                    two / one, n, Runtime.getRuntime().availableProcessors());
        }
    }

    private static void produce(String bootstrap, int n) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        ShipmentMix mix = ShipmentMix.seeded(7);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < n; i++) {
                var shipment = mix.shipment(i, EVENTS);
                producer.send(new ProducerRecord<>(SHIPMENTS, shipment.id(),
                        new String(ShipmentMix.json(shipment), StandardCharsets.UTF_8)));
            }
        }
    }

    /** Records per second of {@code instances} instances of application {@code name} over all {@code n} records. */
    private static double pass(String bootstrap, String name, int instances, int n) throws Exception {
        Topics topics = new Topics(SHIPMENTS, name + ".webhooks", name + ".verdicts", name + ".transitions",
                name + ".notices", name + ".rejected", name + ".by-tracking-number", name + ".pushed");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            TopicSetup.ensure(admin, topics, Duration.ofSeconds(30));
        }
        List<KafkaStreams> running = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                Properties p = WatchStreams.properties(bootstrap, "bench-" + name,
                        Files.createTempDirectory("waybill-bench-" + name));
                p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
                p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
                KafkaStreams streams = new KafkaStreams(WatchTopology.builder(DefaultPolicies.waybill().build())
                        .topics(topics).build(), p);
                streams.start();
                running.add(streams);
            }
            return rate(bootstrap, topics.verdicts(), n);
        } finally {
            running.forEach(s -> s.close(Duration.ofSeconds(30)));
        }
    }

    private static double rate(String bootstrap, String verdicts, int n) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + verdicts);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int seen = 0;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(verdicts));
            while (seen < n) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(verdicts + ": " + seen + " of " + n + " verdicts in 10 minutes");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    first = Math.min(first, r.timestamp());
                    last = Math.max(last, r.timestamp());
                    seen++;
                }
            }
        }
        return seen * 1000.0 / Math.max(1, last - first);
    }
}
