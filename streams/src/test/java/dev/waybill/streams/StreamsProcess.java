package dev.waybill.streams;

import dev.waybill.policies.DefaultPolicies;
import dev.waybill.watch.rules.NoticePolicy;
import dev.waybill.watch.rules.QuietHours;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One instance of the topology in a process of its own, for the broker tests, which kill it: {@code
 * StreamsProcess BOOTSTRAP APPLICATION_ID STATE_DIR}. No quiet hours (a notice is on the topic when
 * decided, whatever the hour the test runs), punctuation every second, and a short consumer session so
 * that the survivor takes a killed instance's partitions within seconds. Prints each state change.
 */
public final class StreamsProcess {

    private StreamsProcess() {
    }

    /** Runs until killed. */
    public static void main(String[] args) throws InterruptedException {
        KafkaStreams streams = new KafkaStreams(topology(), properties(args[0], args[1], Path.of(args[2])));
        streams.setStateListener((now, before) -> System.out.println("state " + now));
        streams.start();
        Thread.currentThread().join();
    }

    static org.apache.kafka.streams.Topology topology() {
        return WatchTopology.builder(DefaultPolicies.waybill().build())
                .policy(NoticePolicy.defaults().withQuietHours(new QuietHours(LocalTime.NOON, LocalTime.NOON)))
                .punctuate(Duration.ofSeconds(1)).build();
    }

    static Properties properties(String bootstrap, String application, Path stateDir) {
        Properties p = WatchStreams.properties(bootstrap, application, stateDir);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6_000);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1_000);
        return p;
    }
}
