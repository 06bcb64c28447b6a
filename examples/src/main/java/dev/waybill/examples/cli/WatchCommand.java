package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.Carriers;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.watch.HttpNoticeSink;
import dev.waybill.watch.NoticeJson;
import dev.waybill.watch.NoticePolicies;
import dev.waybill.watch.NoticeSink;
import dev.waybill.watch.Poller;
import dev.waybill.watch.Pollers;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.SinkException;
import dev.waybill.watch.StoreException;
import dev.waybill.watch.Watcher;
import dev.waybill.watch.rules.NoticePolicy;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code waybill watch --db DB [--now INSTANT] [--once] [--policy FILE] [--listen PORT] [--sink URL]}: ticks
 * over the store, printing each notice once as it is sent (or, with {@code --sink}, POSTing it to URL
 * through {@link HttpNoticeSink}). {@code --once} runs one tick at {@code --now}
 * and exits; otherwise it ticks every minute until stopped, and with {@code --listen} serves
 * {@code POST /webhooks/{carrier}} meanwhile ({@link WebhookServer}). Exit 1 with the reason when DB cannot be opened or
 * migrated.
 */
final class WatchCommand implements Command {

    private final ObjectMapper mapper;
    private final Map<String, String> environment;

    WatchCommand(ObjectMapper mapper, Map<String, String> environment) {
        this.mapper = mapper;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "watch";
    }

    @Override
    public String usage() {
        return "watch --db DB [--now INSTANT] [--once] [--policy FILE] [--listen PORT] [--sink URL]";
    }

    @Override
    public String description() {
        return "Watches every open shipment in DB: polls the due ones, recomputes verdicts, records transitions "
                + "and prints each new notice once.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("db", "DB", "the store"),
                Flag.value("now", "INSTANT", "the tick's instant with --once (default: the system clock)"),
                Flag.toggle("once", "run one tick and exit"),
                Flag.value("policy", "FILE", "the shop's notice policy (JSON)"),
                Flag.value("listen", "PORT", "accept webhooks at POST /webhooks/{carrier}"),
                Flag.value("sink", "URL", "POST each notice as JSON to URL (Idempotency-Key: its id) instead of "
                        + "printing it; retried with a doubling wait, marked sent only after a 2xx"));
    }

    @Override
    public String fileHelp() {
        return null;
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        Clock clock = arguments.clock(console.clock());
        // the library's own line names its Java settings; the command says which variables to set instead
        System.setProperty("org.slf4j.simpleLogger.log.dev.waybill.watch.Pollers", "warn");
        NoticePolicy policy = policy(arguments);
        Optional<NoticeSink> posting = sink(arguments);
        Waybill waybill = DefaultPolicies.waybill().clock(clock)
                .carriers(Carriers.load(WatchCommand.class.getClassLoader(),
                        carrier -> CarrierConfig.fromEnvironment(carrier, environment)))
                .build();
        try (ShipmentStore store = WatchStoreFlags.open(arguments);
             JsonOutput out = new JsonOutput(mapper, console.out())) {
            NoticeSink sink = posting.orElse(notice -> {
                synchronized (out) {                   // ticks and webhook deliveries print from two threads
                    out.write(NoticeJson.of(notice, false));
                    console.out().flush();
                }
            });
            Poller poller = Pollers.carriers(waybill);
            Watcher watcher = Watcher.builder(store, waybill).policy(policy).poller(poller).sink(sink).build();
            Set<String> toldNotPolling = new HashSet<>();
            if (arguments.has("once")) {
                tick(watcher, poller, toldNotPolling, clock, console);
                return ExitStatus.OK;
            }
            WebhookServer server = null;
            if (arguments.value("listen").isPresent()) {
                server = WebhookServer.start(port(arguments.value("listen").get()), watcher, waybill.carriers().names(),
                        carrier -> CarrierConfig.fromEnvironment(carrier, environment).value("webhookSecret"),
                        clock, console.err());
                console.err().println("waybill watch: accepting webhooks at POST http://localhost:" + server.port()
                        + "/webhooks/{carrier}");
            }
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    tick(watcher, poller, toldNotPolling, clock, console);
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            } finally {
                if (server != null) {
                    server.close();
                }
            }
            return ExitStatus.OK;
        } catch (IOException e) {
            throw new UsageException("--listen: cannot serve: " + e.getMessage(), e);
        } catch (StoreException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /**
     * One tick; a sink that stays down is one line on standard error, its notices kept for the next tick. A
     * carrier found without credentials is one line too, once, naming the variables that would supply them.
     */
    private static void tick(Watcher watcher, Poller poller, Set<String> toldNotPolling, Clock clock,
                             Console console) {
        try {
            watcher.tick(clock.instant());
        } catch (SinkException e) {
            console.err().println("waybill watch: " + e.getMessage());
        } finally {
            poller.notPolling().forEach((carrier, settings) -> {
                if (toldNotPolling.add(carrier)) {
                    console.err().println("waybill watch: " + TrackCommand.withoutCredentials(carrier, settings)
                            + "; its shipments are judged on their stored events");
                }
            });
        }
    }

    private static Optional<NoticeSink> sink(Arguments arguments) throws UsageException {
        if (arguments.value("sink").isEmpty()) {
            return Optional.empty();
        }
        String url = arguments.value("sink").get();
        try {
            return Optional.of(HttpNoticeSink.builder(new URI(url)).build());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new UsageException("--sink: not an http(s) URL: '" + url.replaceAll("\\?.*", "?...") + "'", e);
        }
    }

    private static int port(String text) throws UsageException {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--listen: not a port: '" + text + "'");
        }
    }

    static NoticePolicy policy(Arguments arguments) throws UsageException {
        if (arguments.value("policy").isEmpty()) {
            return NoticePolicy.defaults();
        }
        String file = arguments.value("policy").get();
        try {
            return NoticePolicies.load(Path.of(file));
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
