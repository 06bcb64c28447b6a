package dev.waybill.streams;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A broker and two clients for trying {@code waybill streams} by hand, without a Kafka installation
 * (run with the streams module's test class path):
 * <pre>
 * KafkaByHand broker 2                      # a KRaft broker; waybill.shipments with 2 partitions; prints its address
 * KafkaByHand produce HOST:PORT FILE        # each JSON line of FILE keyed by its "id"
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
            default -> throw new IllegalArgumentException("broker, produce or read: " + args[0]);
        }
    }
}
