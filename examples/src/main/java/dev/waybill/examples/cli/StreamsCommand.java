package dev.waybill.examples.cli;

import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.Carriers;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.streams.TopicSetup;
import dev.waybill.streams.Topics;
import dev.waybill.streams.WatchStreams;
import dev.waybill.streams.WatchTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * {@code waybill streams --bootstrap-servers HOST:PORT[,...] [--application-id ID] [--state-dir DIR]
 * [--policy FILE] [--punctuate DURATION]}: the watching topology of {@code waybill-streams} until the
 * process is stopped (SIGTERM closes it cleanly), exactly once. {@code waybill.webhooks} is read when it
 * exists at start-up, each carrier's deliveries verified with {@code WAYBILL_<CARRIER>_WEBHOOK_SECRET}.
 * Exit 1 with a one-line reason when the brokers do not answer within {@link #WAIT} at start-up or
 * {@code waybill.shipments} does not exist.
 */
final class StreamsCommand implements Command {

    /** How long start-up waits for the brokers. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final Map<String, String> environment;

    StreamsCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "streams";
    }

    @Override
    public String usage() {
        return "streams --bootstrap-servers HOST:PORT[,...] [--application-id ID] [--state-dir DIR] [--policy FILE] "
                + "[--punctuate DURATION]";
    }

    @Override
    public String description() {
        return "Runs the watching of `watch` as a Kafka Streams application, exactly once. In: waybill.shipments, "
                + "and waybill.webhooks when it exists at start-up. Out: waybill.verdicts (a line when a verdict "
                + "changes), waybill.transitions, waybill.notices, waybill.rejected. A webhook record: key the "
                + "carrier's name, value the raw body, headers the delivery's HTTP headers (X-Hmac-Signature for "
                + "easypost, aftership-hmac-sha256 for aftership, sign for 17track, the push token's header for "
                + "dhl); it is verified with WAYBILL_<CARRIER>_WEBHOOK_SECRET as `webhook` verifies, and routed by "
                + "tracking number to its shipment through waybill.by-tracking-number and waybill.pushed (made "
                + "with the partitions of waybill.shipments). Rejected with the reason: key (no such carrier), "
                + "signature (missing, wrong, no secret configured), body (empty, not the carrier's webhook), "
                + "trackingNumber (none, or no watched shipment has it).";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("bootstrap-servers", "HOST:PORT[,...]", "the Kafka brokers"),
                Flag.value("application-id", "ID", "processes with the same id share the work (default waybill)"),
                Flag.value("state-dir", "DIR", "where the local state stores live (default: Kafka's, /tmp/kafka-streams)"),
                Flag.value("policy", "FILE", "the shop's notice policy (JSON)"),
                Flag.value("punctuate", "DURATION", "how often silent parcels and quiet hours are looked for (default PT1M)"));
    }

    @Override
    public String fileHelp() {
        return null;
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        String servers = arguments.required("bootstrap-servers");
        String application = arguments.value("application-id").orElse("waybill");
        Path stateDir = Path.of(arguments.value("state-dir")
                .orElse(Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams").toString()));
        Duration punctuate = duration(arguments.value("punctuate").orElse("PT1M"));
        var policy = WatchCommand.policy(arguments);
        // the clients' start-up lines are not the user's business; warnings still reach standard error, but
        // not one per retry of a broker that is not there: that is the one line of the reason below
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka.clients.NetworkClient", "error");
        Topics topics = Topics.defaults();
        TopicSetup.Ready ready;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis()))) {
            ready = TopicSetup.ensure(admin, topics, WAIT);
        } catch (IllegalStateException | org.apache.kafka.common.KafkaException e) {
            throw new UsageException("cannot start on " + servers + ": " + e.getMessage(), e);
        }
        Waybill waybill = DefaultPolicies.waybill().carriers(Carriers.load(StreamsCommand.class.getClassLoader(),
                carrier -> CarrierConfig.fromEnvironment(carrier, environment))).build();
        WatchTopology.Builder topology = WatchTopology.builder(waybill).policy(policy).topics(topics)
                .punctuate(punctuate);
        String reading = topics.shipments();
        if (ready.webhooks()) {
            Function<String, Optional<String>> secrets =
                    carrier -> CarrierConfig.fromEnvironment(carrier, environment).value("webhookSecret");
            topology.webhooks(secrets);
            List<String> verified = waybill.carriers().names().stream().filter(c -> secrets.apply(c).isPresent())
                    .toList();
            reading += " and " + topics.webhooks() + " (" + (verified.isEmpty()
                    ? "no WAYBILL_<CARRIER>_WEBHOOK_SECRET is set: every delivery is rejected"
                    : "verified for " + String.join(", ", verified)) + ")";
        }
        Properties properties = WatchStreams.properties(servers, application, stateDir);
        KafkaStreams streams = new KafkaStreams(topology.build(), properties);
        CountDownLatch stopped = new CountDownLatch(1);
        streams.setUncaughtExceptionHandler(e -> {
            console.err().println("waybill streams: " + e.getMessage());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        Thread hook = new Thread(() -> {
            streams.close(Duration.ofSeconds(30));
            stopped.countDown();
        }, "waybill-streams-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        streams.start();
        console.err().println("waybill streams: " + application + " reading " + reading + " on " + servers);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        streams.close(Duration.ofSeconds(30));
        return ExitStatus.OK;
    }

    private static Duration duration(String text) throws UsageException {
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative() || d.isZero()) {
                throw new UsageException("--punctuate: must be positive: '" + text + "'");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new UsageException("--punctuate: not an ISO-8601 duration (PT1M, PT30S): '" + text + "'", e);
        }
    }
}
