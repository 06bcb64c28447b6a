package dev.waybill.examples.cli;

import dev.waybill.Waybill;
import dev.waybill.examples.sandbox.SandboxCarrierServer;
import dev.waybill.examples.sandbox.SandboxParcel;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.Shipment;
import dev.waybill.watch.CarrierBudget;
import dev.waybill.watch.Poller;
import dev.waybill.watch.Pollers;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.ShipmentStores;
import dev.waybill.watch.StoredNotice;
import dev.waybill.watch.Watcher;
import dev.waybill.watch.rules.NoticePolicy;
import dev.waybill.watch.rules.Transition;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code waybill demo --watch}: a simulated month of watching, offline. The sandbox carrier server
 * answers as each carrier knew its parcel at the simulated instant; the shop books each order when
 * the carrier first scans it and hears each buyer report when it is made; a {@link Watcher} on a
 * temporary H2 store ticks every simulated hour, polling through the real adapters within the carriers'
 * budgets. Then it prints each shipment's timeline of transitions and notices.
 */
final class WatchDemo {

    /** The simulated span, ending at the demo's "now". */
    static final Duration MONTH = Duration.ofDays(30);
    /** How often the simulated watcher ticks. */
    static final Duration TICK = Duration.ofHours(1);
    private static final String SHOP = "Lumen Home";

    private WatchDemo() {
    }

    /** Runs the month ending at {@code end} over {@code samples} and prints it. */
    static void run(List<Shipment> samples, Instant end, PrintStream out) {
        Instant start = end.minus(MONTH);
        VirtualClock clock = new VirtualClock(start);
        Path dir = temporaryDirectory();
        // Flyway's progress lines are not the user's business; warnings still reach standard error
        System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.start(samples);
             ShipmentStore store = ShipmentStores.open(dir.resolve("demo").toString())) {
            sandbox.answerAsOf(clock::instant);
            Map<String, String> apiOf = new HashMap<>();
            sandbox.parcels().forEach(p -> apiOf.put(p.trackingNumber(), p.api()));
            Waybill waybill = DefaultPolicies.waybill().clock(clock)
                    .carriers(DemoCommand.sandboxCarriers(sandbox)).build();
            Poller poller = Pollers.carriers(waybill, CarrierBudget.DOCUMENTED, clock, clock::advance,
                    shipment -> apiOf.get(shipment.trackingNumber().orElse(null)));
            Watcher watcher = Watcher.builder(store, waybill).poller(poller)
                    .policy(NoticePolicy.defaults().withShopName(SHOP)).build();

            Set<String> booked = new HashSet<>();
            Set<CustomerReport> heard = new HashSet<>();
            int ticks = 0;
            for (Instant t = start; !t.isAfter(end); t = t.plus(TICK)) {
                clock.catchUp(t);
                for (SandboxParcel parcel : sandbox.parcels()) {
                    shopLearns(store, parcel, t, booked, heard);
                }
                watcher.tick(t);
                ticks++;
            }
            print(out, store, sandbox, start, end, ticks);
        } finally {
            delete(dir);
        }
    }

    /**
     * The shop books an order once the carrier has first scanned it, and hears each buyer report once
     * it is made: both merged into the store at {@code at}.
     */
    private static void shopLearns(ShipmentStore store, SandboxParcel parcel, Instant at, Set<String> booked,
                                   Set<CustomerReport> heard) {
        Shipment order = order(parcel);
        boolean scanned = parcel.recorded().events().stream().anyMatch(e -> !e.instant().isAfter(at));
        if (scanned && booked.add(parcel.trackingNumber())) {
            store.merge(order, at);
        }
        for (CustomerReport report : parcel.recorded().reports()) {
            if (booked.contains(parcel.trackingNumber()) && !report.at().isAfter(at) && heard.add(report)) {
                store.merge(order.toBuilder().report(report).build(), at);
            }
        }
    }

    /** What the shop knows of a parcel when it books it: its own data, no tracking, no reports. */
    private static Shipment order(SandboxParcel parcel) {
        return parcel.withoutTracking().toBuilder().reports(List.of()).build();
    }

    private static void print(PrintStream out, ShipmentStore store, SandboxCarrierServer sandbox, Instant start,
                              Instant end, int ticks) {
        out.println("Waybill demo --watch: " + sandbox.parcels().size() + " shipments watched from " + start + " to "
                + end + " on a simulated clock, a tick every hour, polling the sandbox carriers through the real "
                + "adapters within their budgets");
        int transitions = 0;
        int notices = 0;
        Set<String> ids = new HashSet<>();
        for (SandboxParcel parcel : sandbox.parcels()) {
            String id = parcel.recorded().id();
            out.println();
            Shipment shipment = parcel.recorded();
            out.println(id + "  " + shipment.origin() + "->" + shipment.destination() + "  "
                    + shipment.lane().carrier().map(carrier -> carrier + ", ").orElse("")
                    + "tracked through the " + parcel.api() + " sandbox"
                    + (shipment.promisedBy().isEmpty() ? "" : ", promised by " + shipment.promisedBy().orElseThrow()));
            List<Transition> changes = store.transitions(id);
            List<StoredNotice> told = store.notices(id);
            transitions += changes.size();
            notices += told.size();
            told.forEach(n -> ids.add(n.id()));
            timeline(changes, told).forEach(line -> out.println("  " + line));
        }
        out.println();
        out.println(ticks + " ticks, " + sandbox.requestCount() + " carrier API calls, " + transitions
                + " transitions, " + notices + " notices (" + ids.size() + " distinct ids), each sent once");
    }

    /** The transitions grouped by instant and cause, and the notices, in time order. */
    private static List<String> timeline(List<Transition> changes, List<StoredNotice> told) {
        record Line(Instant at, int order, String text) {
        }
        List<Line> lines = new ArrayList<>();
        Map<String, List<Transition>> byLook = changes.stream().collect(Collectors.groupingBy(
                t -> t.at() + " " + t.cause(), java.util.LinkedHashMap::new, Collectors.toList()));
        for (List<Transition> look : byLook.values()) {
            Transition first = look.get(0);
            lines.add(new Line(first.at(), 0, String.format("%-20s %-7s %s", first.at(), first.cause(),
                    look.stream().map(WatchDemo::change).collect(Collectors.joining(", ")))));
        }
        for (StoredNotice n : told) {
            String what = n.subject()
                    .orElseGet(() -> n.body().map(body -> body.lines().findFirst().orElse("")).orElse("(no text)"));
            lines.add(new Line(n.at(), 1, String.format("%-20s %-7s %s %s to the %s%s, sent %s: %s", n.at(), "NOTICE",
                    n.kind(), n.id(), n.audience().name().toLowerCase(Locale.ROOT),
                    n.language().map(language -> " (" + language + ")").orElse(""),
                    n.sentAt().map(Instant::toString).orElse("not yet"), what)));
        }
        return lines.stream().sorted(Comparator.comparing(Line::at).thenComparing(Line::order))
                .map(Line::text).toList();
    }

    private static String change(Transition t) {
        String field = t.field().name().toLowerCase(Locale.ROOT);
        String to = t.to().orElse(null);
        return t.from().map(from -> field + " " + from + " -> " + to).orElse(field + " " + to);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("waybill-demo-watch");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the demo's store", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
