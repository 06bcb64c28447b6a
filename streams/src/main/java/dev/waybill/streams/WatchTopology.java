package dev.waybill.streams;

import dev.waybill.Waybill;
import dev.waybill.carrier.Carriers;
import dev.waybill.streams.internal.RouteProcessor;
import dev.waybill.streams.internal.StoreNames;
import dev.waybill.streams.internal.WatchProcessor;
import dev.waybill.streams.internal.WebhookProcessor;
import dev.waybill.watch.Looks;
import dev.waybill.watch.rules.NoticePolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The watching of {@code waybill-watch} as a Kafka Streams {@link Topology}: the same pure rules
 * ({@code dev.waybill.watch.rules}) decide transitions and notices, one code path, two runtimes.
 *
 * <p>Shipments (the {@code assess} format, keyed by shipment id) are merged into each shipment's journey
 * in a state store and looked at at the wall clock; the verdict goes to the compacted verdicts topic
 * when it is not the line written last, each change to the transitions topic, each notice once to the
 * notices topic. With {@link Builder#webhooks}, verified webhook deliveries are routed by tracking
 * number to their shipments and merged as well (see the package documentation). Wall-clock
 * punctuation finds, without any new event, the parcels due for another look (gone silent, a claim
 * coming due) and the buyer notices whose quiet hours are over, through time-ordered stores: bounded
 * work per punctuation, no scan per event. Run it with {@link WatchStreams#properties} (exactly once).
 *
 * <pre>{@code
 * Topology topology = WatchTopology.builder(DefaultPolicies.waybill().build())
 *         .policy(NoticePolicies.load(Path.of("notice-policy.json"))).build();
 * // with webhooks: .webhooks(carrier -> CarrierConfig.fromEnvironment(carrier, System.getenv()).value("webhookSecret"))
 * KafkaStreams streams = new KafkaStreams(topology, WatchStreams.properties("broker:9092", "waybill", stateDir));
 * }</pre>
 */
public final class WatchTopology {

    private WatchTopology() {
    }

    /** A builder judging with {@code waybill}. */
    public static Builder builder(Waybill waybill) {
        return new Builder(waybill);
    }

    /** Builds the topology. */
    public static final class Builder {
        private final Waybill waybill;
        private NoticePolicy policy = NoticePolicy.defaults();
        private Topics topics = Topics.defaults();
        private Duration punctuate = Duration.ofMinutes(1);
        private int limit = 10_000;
        private Function<String, Optional<String>> secrets;

        private Builder(Waybill waybill) {
            this.waybill = Objects.requireNonNull(waybill, "waybill");
        }

        /** The shop's notice policy; {@link NoticePolicy#defaults()} when not set. */
        public Builder policy(NoticePolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The topic names; {@link Topics#defaults()} when not set. */
        public Builder topics(Topics topics) {
            this.topics = Objects.requireNonNull(topics, "topics");
            return this;
        }

        /** How often the wall-clock punctuation runs; default one minute. */
        public Builder punctuate(Duration every) {
            if (every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("punctuate must be positive: " + every);
            }
            this.punctuate = every;
            return this;
        }

        /**
         * At most this many shipments looked at again, and as many held notices sent, per punctuation
         * and task; the rest wait for the next one. Default 10,000, a default, not a measured limit.
         */
        public Builder limitPerPunctuation(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("limitPerPunctuation must be at least 1: " + limit);
            }
            this.limit = limit;
            return this;
        }

        /**
         * Reads the webhooks topic too: each delivery is verified with the webhook secret {@code secrets}
         * gives its carrier (empty: rejected), routed by tracking number to the watched shipment with it
         * and merged into its journey. Not read when not set, so the topic need not exist.
         */
        public Builder webhooks(Function<String, Optional<String>> secrets) {
            this.secrets = Objects.requireNonNull(secrets, "secrets");
            return this;
        }

        /** The topology. */
        public Topology build() {
            StoreNames stores = StoreNames.defaults();
            Looks looks = new Looks(waybill, policy);
            Duration every = punctuate;
            int max = limit;
            String pushed = secrets == null ? null : topics.pushed();
            StringDeserializer in = new StringDeserializer();
            StringSerializer out = new StringSerializer();
            Topology topology = new Topology();
            topology.addSource("shipments", in, in, topics.shipments());
            if (pushed != null) {
                topology.addSource("pushed", in, in, pushed);
            }
            topology.addProcessor("watch", () -> new WatchProcessor(looks, stores, every, max, pushed),
                    pushed == null ? new String[] {"shipments"} : new String[] {"shipments", "pushed"});
            for (String store : new String[] {stores.watched(), stores.due(), stores.held()}) {
                topology.addStateStore(store(store), "watch");
            }
            topology.addSink(WatchProcessor.VERDICTS, topics.verdicts(), out, out, "watch");
            topology.addSink(WatchProcessor.TRANSITIONS, topics.transitions(), out, out, "watch");
            topology.addSink(WatchProcessor.NOTICES, topics.notices(), out, out, "watch");
            topology.addSink(WatchProcessor.REJECTED, topics.rejected(), out, out, "watch");
            if (pushed != null) {
                Carriers carriers = waybill.carriers();
                Function<String, Optional<String>> keys = secrets;
                topology.addSink(WatchProcessor.INDEX, topics.byNumber(), out, out, "watch");
                topology.addSource("webhooks", in, new ByteArrayDeserializer(), topics.webhooks());
                topology.addProcessor("verify", () -> new WebhookProcessor(carriers, keys), "webhooks");
                topology.addSink(WebhookProcessor.BY_NUMBER, topics.byNumber(), out, out, "verify");
                topology.addSink(WebhookProcessor.REJECTED, topics.rejected(), out, out, "verify");
                topology.addSource("by-number", in, in, topics.byNumber());
                topology.addProcessor("route", () -> new RouteProcessor(stores.numbers()), "by-number");
                topology.addStateStore(store(stores.numbers()), "route");
                topology.addSink(RouteProcessor.PUSHED, pushed, out, out, "route");
                topology.addSink(RouteProcessor.REJECTED, topics.rejected(), out, out, "route");
            }
            return topology;
        }

        private static StoreBuilder<KeyValueStore<String, String>> store(String name) {
            return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.String());
        }
    }
}
