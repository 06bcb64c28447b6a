package dev.waybill.streams;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A broker and three clients for trying {@code waybill streams} by hand, without a Kafka installation
 * (run with the streams module's test class path):
 * <pre>
 * KafkaByHand broker 2 [TOPIC...]           # a KRaft broker; waybill.shipments (and each TOPIC) with 2 partitions; prints its address
 * KafkaByHand produce HOST:PORT FILE        # each JSON line of FILE keyed by its "id"
 * KafkaByHand webhook HOST:PORT CARRIER FILE ['Name: value'...]   # FILE's bytes to waybill.webhooks, the headers as record headers
 * KafkaByHand read HOST:PORT TOPIC          # read_committed, key TAB value, until nothing new for 10 s
 * </pre>
 */
public final class KafkaByHand {

    private KafkaByHand() {
    }

    /** Runs one of the three. */
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "broker" -> {
                Broker broker = new Broker();
                broker.createTopic(Topics.defaults().shipments(), Integer.parseInt(args[1]));
                for (String topic : Arrays.asList(args).subList(2, args.length)) {
                    broker.createTopic(topic, Integer.parseInt(args[1]));
                }
                System.out.println(broker.bootstrap());
                Thread.currentThread().join();
            }
            case "produce" -> {
                try (KafkaProducer<String, String> producer = new Broker.Clients(args[1]).producer()) {
                    for (String line : Files.readAllLines(Path.of(args[2]))) {
                        if (!line.isBlank()) {
                            String id = Driver.MAPPER.readTree(line).get("id").asText();
                            producer.send(new ProducerRecord<>(Topics.defaults().shipments(), id, line));
                        }
                    }
                }
            }
            case "webhook" -> {
                Properties p = new Properties();
                p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[1]);
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                        new ByteArraySerializer())) {
                    ProducerRecord<String, byte[]> delivery = new ProducerRecord<>(Topics.defaults().webhooks(), args[2],
                            Files.readAllBytes(Path.of(args[3])));
                    for (String header : Arrays.asList(args).subList(4, args.length)) {
                        int colon = header.indexOf(':');
                        delivery.headers().add(header.substring(0, colon).strip(),
                                header.substring(colon + 1).strip().getBytes(StandardCharsets.UTF_8));
                    }
                    producer.send(delivery).get();
                }
            }
            case "read" -> {
                try (KafkaConsumer<String, String> consumer = new Broker.Clients(args[1]).committedReader("by-hand")) {
                    consumer.subscribe(List.of(args[2]));
                    Instant lastNew = Instant.now();
                    while (Instant.now().isBefore(lastNew.plusSeconds(10))) {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                            System.out.println(r.key() + "\t" + r.value());
                            lastNew = Instant.now();
                        }
                    }
                }
            }
            default -> throw new IllegalArgumentException("broker, produce, webhook or read: " + args[0]);
        }
    }
}
