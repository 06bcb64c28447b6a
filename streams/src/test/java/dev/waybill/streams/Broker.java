package dev.waybill.streams;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** A real Kafka broker (KRaft, one combined node) in the test JVM, from Kafka's own test kit; no Docker. */
final class Broker implements AutoCloseable {

    private final KafkaClusterTestKit kit;

    Broker() throws Exception {
        kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        kit.format();
        kit.startup();
        kit.waitForReadyBrokers();
    }

    String bootstrap() {
        return kit.bootstrapServers();
    }

    /**
     * Creates the topic and waits until the brokers list it: the controller answers once it made the
     * topic, and a broker's metadata may show it a moment later.
     */
    void createTopic(String name, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!admin.listTopics().names().get().contains(name)) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("the brokers do not list " + name + " 30 s after creating it");
                }
                Thread.sleep(50);
            }
        }
    }

    KafkaProducer<String, String> producer() {
        return new Clients(bootstrap()).producer();
    }

    KafkaConsumer<String, String> committedReader(String group) {
        return new Clients(bootstrap()).committedReader(group);
    }

    /** Clients of the brokers at {@code bootstrap}. */
    record Clients(String bootstrap) {

        KafkaProducer<String, String> producer() {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }

        /** A consumer that sees only committed transactions, from the start of each partition. */
        KafkaConsumer<String, String> committedReader(String group) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        }
    }

    @Override
    public void close() throws Exception {
        kit.close();
    }
}
