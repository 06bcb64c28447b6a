package dev.waybill.streams;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** The settings the watching topology runs under. */
public final class WatchStreams {

    private WatchStreams() {
    }

    /**
     * {@code processing.guarantee=exactly_once_v2} with the application id (processes sharing it share
     * the work by partition), the brokers and the local state directory; the caller may add any other
     * Kafka Streams setting.
     */
    public static Properties properties(String bootstrapServers, String applicationId, Path stateDir) {
        Properties p = new Properties();
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return p;
    }
}
