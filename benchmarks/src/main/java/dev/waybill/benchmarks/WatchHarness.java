package dev.waybill.benchmarks;

import dev.waybill.Waybill;
import dev.waybill.carriers.seventeentrack.SeventeenTrackSettings;
import dev.waybill.carriers.seventeentrack.SeventeenTrackTracking;
import dev.waybill.examples.sandbox.SandboxCarrierServer;
import dev.waybill.examples.sandbox.SandboxParcel;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TextReading;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.watch.CarrierBudget;
import dev.waybill.watch.Poller;
import dev.waybill.watch.Pollers;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.ShipmentStores;
import dev.waybill.watch.Watcher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The watch module's three targets of issue 13, measured in one run of a plain harness (each figure the
 * best of three timed runs after one warm-up run, wall time, System.nanoTime; the tick and its query after
 * {@value #TICK_WARM_UPS} warm-up runs each; the ingest's sides run in alternation instead, four untimed
 * pairs and then the best of five timed runs each):
 *
 * <ol>
 *   <li>ingest: {@code ShipmentStore.mergeAll} of 2,000 shipments with 10 events each into an empty
 *       store, against a bare JDBC batch insert of the same rows into the same schema, one transaction
 *       each, on an H2 file and on PostgreSQL (zonky embedded, no Docker);</li>
 *   <li>tick: {@code Watcher.tick} over an H2 file holding 1,000,000 shipments of which 1,000 are due
 *       (no poller: the verdicts are recomputed and recorded, the notices sent to a no-op sink), against
 *       the bare indexed query that reads the due rows (schedule, shipment and events);</li>
 *   <li>refresh: polling 10,000 shipments through the real 17TRACK adapter against the sandbox carrier
 *       server under a budget of 20 requests/s, 40 numbers and 2 requests a call (10 calls a second),
 *       against the least time that budget allows, (calls - 1) x spacing.</li>
 * </ol>
 *
 * <pre>{@code java -cp ... dev.waybill.benchmarks.WatchHarness benchmarks/target [ingest,tick,refresh]}</pre>
 *
 * <p>The second argument, when given, names the measurements to run (all three by default).
 */
public final class WatchHarness {

    private static final Instant NOW = ShipmentMix.NOW;
    private static final int INGEST_SHIPMENTS = 2_000;
    private static final int EVENTS = 10;
    private static final int STORED = 1_000_000;
    private static final int DUE = 1_000;
    private static final int REFRESHED = 10_000;
    private static final CarrierBudget REFRESH_BUDGET = new CarrierBudget(20, 40, 2);
    private static final int RUNS = 3;
    /**
     * Ingest: untimed pairs (store and bare insert) before the timed ones. A run of 20,000 rows is not
     * enough for the JIT: in one process on a fresh H2 file each, the first four runs of either side took
     * one and a half to three times the CPU time of the later ones, whichever side ran first.
     */
    private static final int INGEST_WARM_UPS = 4;
    /** Ingest: timed pairs; each side's figure is the best of its runs. */
    private static final int INGEST_RUNS = 5;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();
    /**
     * Warm-up ticks before the timed ones, on each side. A tick makes 1,000 looks, and its thread CPU time
     * falls for some 60 ticks before it holds (in one process: 70.7 ms a tick over the first ten, 36.6 ms
     * over ticks 51 to 60, 30 ms from 70 on), while the bare query holds from its first run. It is the
     * JIT, not the file: a second file filled in the same process then ticks at 30 ms from its first
     * tick. A watcher ticks for weeks, so the figure that speaks for it is the one after the JIT is done.
     */
    private static final int TICK_WARM_UPS = 100;

    private WatchHarness() {
    }

    /**
     * Runs the measurements named in the second argument (default all three) and writes
     * {@code watch-results.md} into the folder given (default benchmarks/target).
     */
    public static void main(String[] args) throws Exception {
        List<String> parts = List.of((args.length > 1 ? args[1] : "ingest,tick,refresh").split(","));
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/target");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("waybill-watch-harness");
        ShipmentMix mix = ShipmentMix.seeded(13);
        StringBuilder table = new StringBuilder();
        table.append("| measurement | Waybill | reference | ratio | target | result |\n");
        table.append("| --- | ---: | ---: | ---: | --- | --- |\n");

        try {
            measure(parts, work, mix, table);
        } finally {
            deleteAll(work);                                       // the million-shipment file is half a gigabyte
        }

        String text = table.toString();
        Files.writeString(out.resolve("watch-results.md"), text, StandardCharsets.UTF_8);
        System.out.print(text);
    }

    private static void measure(List<String> parts, Path work, ShipmentMix mix, StringBuilder table)
            throws Exception {
        List<Shipment> ingest = shipments(INGEST_SHIPMENTS, i -> mix.shipment(i, EVENTS));
        if (parts.contains("ingest")) {
            ingest(table, work, ingest);
        }
        if (parts.contains("tick")) {
            String big = h2(work, "million");
            fill(big, shipments(DUE, i -> mix.shipment(i, EVENTS)));
            System.err.println("harness: 1,000,000 shipments stored");
            double[] tick = tick(big);
            row(table, "tick over 1,000,000 stored, 1,000 due, H2 file", tick[0], tick[1], 3.0,
                    "bare indexed query of the due rows");
        }
        if (parts.contains("refresh")) {
            double[] refresh = refresh(shipments(REFRESHED, i -> mix.shipment(i, EVENTS)));
            row(table, "refresh 10,000 shipments against the sandbox, budget 10 calls/s of 40", refresh[0],
                    refresh[1], 1.1, "least time the budget allows");
        }
    }

    private static void deleteAll(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Ingest into an H2 file and into PostgreSQL, each against the bare insert; a fresh database each run. */
    private static void ingest(StringBuilder table, Path work, List<Shipment> ingest) throws Exception {
        int[] n = {0};
        Ingest[] h2 = paired(() -> ingestStore(h2(work, "s" + n[0]++), ingest),
                () -> ingestBare(h2(work, "b" + n[0]++), ingest));
        row(table, "ingest 2,000 shipments x 10 events, H2 file", h2[0].wallMs(), h2[1].wallMs(), 1.5,
                "bare JDBC batch insert");
        cpu("H2 file", h2);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Ingest[] pg = paired(() -> ingestStore(pg(postgres, "s" + n[0]++), ingest),
                    () -> ingestBare(pg(postgres, "b" + n[0]++), ingest));
            row(table, "ingest 2,000 shipments x 10 events, PostgreSQL", pg[0].wallMs(), pg[1].wallMs(), 1.5,
                    "bare JDBC batch insert");
            cpu("PostgreSQL", pg);
        }
        System.err.println("harness: ingest done");
    }

    /** One ingest's wall time and the process's CPU time over it (the database's own threads included), ms. */
    private record Ingest(double wallMs, double cpuMs) {
        static Ingest best(Ingest a, Ingest b) {
            return new Ingest(Math.min(a.wallMs(), b.wallMs()), Math.min(a.cpuMs(), b.cpuMs()));
        }
    }

    @FunctionalInterface
    private interface IngestRun {
        Ingest run() throws Exception;
    }

    /**
     * The store and the bare insert in alternation, {@link #INGEST_WARM_UPS} pairs untimed and then
     * {@link #INGEST_RUNS} timed, the side that goes first changing each pair; the best of each side's
     * timed runs. Alternating keeps the order out of the ratio: the first runs in a process pay for the
     * JIT compiling H2's (or the PostgreSQL driver's) insert path, which takes some runs of 20,000 rows,
     * and whichever side ran after the other's runs got that work done for it.
     */
    private static Ingest[] paired(IngestRun store, IngestRun bare) throws Exception {
        Ingest[] best = {new Ingest(Double.MAX_VALUE, Double.MAX_VALUE), new Ingest(Double.MAX_VALUE, Double.MAX_VALUE)};
        for (int pair = 0; pair < INGEST_WARM_UPS + INGEST_RUNS; pair++) {
            boolean storeFirst = pair % 2 == 0;
            Ingest first = storeFirst ? store.run() : bare.run();
            Ingest second = storeFirst ? bare.run() : store.run();
            if (pair >= INGEST_WARM_UPS) {
                best[0] = Ingest.best(best[0], storeFirst ? first : second);
                best[1] = Ingest.best(best[1], storeFirst ? second : first);
            }
        }
        return best;
    }

    private static void cpu(String database, Ingest[] sides) {
        System.err.printf(Locale.ROOT, "harness: ingest, %s, in process CPU time (best run): %.1f ms against %.1f ms, "
                + "ratio %.2f%n", database, sides[0].cpuMs(), sides[1].cpuMs(), sides[0].cpuMs() / sides[1].cpuMs());
    }

    /** The process's CPU time so far, ns. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Ingest since(long wallFrom, long cpuFrom) {
        return new Ingest((System.nanoTime() - wallFrom) / 1e6, (processCpu() - cpuFrom) / 1e6);
    }

    private static List<Shipment> shipments(int count, IntFunction<Shipment> make) {
        List<Shipment> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(make.apply(i));
        }
        return list;
    }

    @FunctionalInterface
    private interface Timed {
        double millis() throws Exception;
    }

    /** One warm-up run, then the best of {@link #RUNS}. */
    private static double best(Timed run) throws Exception {
        return best(run, 1);
    }

    /** {@code warmUps} warm-up runs, then the best of {@link #RUNS}. */
    private static double best(Timed run, int warmUps) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            run.millis();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            best = Math.min(best, run.millis());
        }
        return best;
    }

    private static void row(StringBuilder table, String what, double waybill, double reference, double target,
                            String referenceName) {
        double ratio = waybill / reference;
        System.err.printf(Locale.ROOT, "harness: %s: %.1f ms against %.1f ms%n", what, waybill, reference);
        table.append(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms (%s) | %.2f | ≤ %.1f | %s |%n", what,
                waybill, reference, referenceName, ratio, target, ratio <= target ? "met" : "missed"));
    }

    /** A new, migrated, empty H2 file store; its JDBC URL. */
    private static String h2(Path work, String name) {
        String url = "jdbc:h2:file:" + work.resolve(name).toAbsolutePath();
        ShipmentStores.open(url).close();
        return url;
    }

    /** A new, migrated, empty PostgreSQL database; its JDBC URL. */
    private static String pg(EmbeddedPostgres postgres, String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String url = postgres.getJdbcUrl("postgres", name);
        ShipmentStores.open(url).close();
        return url;
    }

    private static Ingest ingestStore(String url, List<Shipment> shipments) {
        try (ShipmentStore store = ShipmentStores.open(url)) {
            long cpuFrom = processCpu();
            long from = System.nanoTime();
            store.mergeAll(shipments, NOW);
            return since(from, cpuFrom);
        }
    }

    /** The same rows the store writes for a new shipment, inserted by plain batches in one transaction. */
    private static Ingest ingestBare(String url, List<Shipment> shipments) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            long cpuFrom = processCpu();
            long from = System.nanoTime();
            try (PreparedStatement header = c.prepareStatement("INSERT INTO shipments (id, origin, destination, "
                    + "mode, carrier, tracking_number, shipped_at, promised_by, value_amount, value_currency, "
                    + "weight_kg, language, created_at, updated_at, status_progress, status_reason, status_at, "
                    + "status_said) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement event = c.prepareStatement("INSERT INTO events (shipment_id, at_ms, at_text, "
                         + "code, location, reason, country, detail, time_basis, reading_rule, reading_certainty) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement report = c.prepareStatement(
                         "INSERT INTO reports (shipment_id, at_ms, type) VALUES (?, ?, ?)");
                 PreparedStatement schedule = c.prepareStatement(
                         "INSERT INTO schedule (shipment_id, is_open, due_at) VALUES (?, TRUE, ?)")) {
                boolean reports = false;
                for (Shipment s : shipments) {
                    header.setString(1, s.id());
                    header.setString(2, s.lane().origin().value());
                    header.setString(3, s.lane().destination().value());
                    header.setString(4, s.lane().mode().name());
                    header.setString(5, s.lane().carrier().orElse(null));
                    header.setString(6, s.trackingNumber().orElse(null));
                    header.setString(7, s.shippedAt().isEmpty() ? null : s.shippedAt().orElseThrow().toString());
                    header.setObject(8, s.promisedBy().orElse(null));
                    header.setString(9, s.value().isEmpty() ? null : s.value().orElseThrow().amount().toPlainString());
                    header.setString(10, s.value().isEmpty() ? null : s.value().orElseThrow().currency().getCurrencyCode());
                    header.setString(11, s.weightKg().isEmpty() ? null : s.weightKg().orElseThrow().toString());
                    header.setString(12, s.language().isEmpty() ? null : s.language().orElseThrow().toLanguageTag());
                    header.setLong(13, NOW.toEpochMilli());
                    header.setLong(14, NOW.toEpochMilli());
                    for (int i = 15; i <= 18; i++) {
                        header.setNull(i, Types.VARCHAR);
                    }
                    header.addBatch();
                    for (TrackingEvent e : s.events()) {
                        event.setString(1, s.id());
                        event.setLong(2, e.instant().toEpochMilli());
                        event.setString(3, e.at().toString());
                        event.setString(4, e.code().name());
                        event.setString(5, e.location().orElse(""));
                        event.setString(6, e.reason().map(Reason::name).orElse(null));
                        event.setString(7, e.country().map(CountryCode::value).orElse(null));
                        event.setString(8, e.detail().orElse(null));
                        event.setString(9, e.timeBasis().name());
                        event.setString(10, e.reading().map(TextReading::rule).orElse(null));
                        event.setString(11, e.reading().map(reading -> reading.certainty().name()).orElse(null));
                        event.addBatch();
                    }
                    for (CustomerReport r : s.reports()) {
                        report.setString(1, s.id());
                        report.setLong(2, r.at().toEpochMilli());
                        report.setString(3, r.type().name());
                        report.addBatch();
                        reports = true;
                    }
                    schedule.setString(1, s.id());
                    schedule.setLong(2, Long.MIN_VALUE);
                    schedule.addBatch();
                }
                header.executeBatch();
                event.executeBatch();
                if (reports) {
                    report.executeBatch();
                }
                schedule.executeBatch();
            }
            c.commit();
            return since(from, cpuFrom);
        }
    }

    /** 999,000 quiet shipments due tomorrow by plain batches, and the 1,000 {@code due} merged by the store. */
    private static void fill(String url, List<Shipment> due) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (PreparedStatement header = c.prepareStatement("INSERT INTO shipments (id, origin, destination, "
                    + "mode, carrier, tracking_number, promised_by, created_at, updated_at) "
                    + "VALUES (?, 'CN', 'DE', 'AIR', 'cainiao', ?, ?, ?, ?)");
                 PreparedStatement schedule = c.prepareStatement(
                         "INSERT INTO schedule (shipment_id, is_open, due_at) VALUES (?, TRUE, ?)")) {
                long tomorrow = NOW.plus(Duration.ofDays(1)).toEpochMilli();
                for (int i = 0; i < STORED - DUE; i++) {
                    String id = String.format(Locale.ROOT, "quiet-%07d", i);
                    header.setString(1, id);
                    header.setString(2, "LP" + i);
                    header.setObject(3, java.time.LocalDate.of(2026, 12, 1));
                    header.setLong(4, NOW.toEpochMilli());
                    header.setLong(5, NOW.toEpochMilli());
                    header.addBatch();
                    schedule.setString(1, id);
                    schedule.setLong(2, tomorrow + i);
                    schedule.addBatch();
                    if (i % 10_000 == 9_999) {
                        header.executeBatch();
                        schedule.executeBatch();
                        c.commit();
                    }
                }
                header.executeBatch();
                schedule.executeBatch();
                c.commit();
            }
        }
        try (ShipmentStore store = ShipmentStores.open(url)) {
            store.mergeAll(due, NOW);
        }
    }

    /** The tick (after a first tick that gave the due shipments their verdicts) and the bare query, ms. */
    private static double[] tick(String url) throws Exception {
        Waybill waybill = DefaultPolicies.waybill().build();
        try (ShipmentStore store = ShipmentStores.open(url); Connection c = DriverManager.getConnection(url)) {
            Watcher watcher = Watcher.builder(store, waybill).poller(Poller.NONE).build();
            watcher.tick(NOW);                                       // the first look at the 1,000
            Instant[] at = {NOW};
            double[] cpu = {Double.MAX_VALUE, Double.MAX_VALUE};
            double tick = best(() -> {
                at[0] = at[0].plus(Duration.ofMinutes(1));
                markDue(c, at[0]);
                long from = System.nanoTime();
                long cpuFrom = CPU.getCurrentThreadCpuTime();
                Watcher.Tick t = watcher.tick(at[0]);
                cpu[0] = Math.min(cpu[0], (CPU.getCurrentThreadCpuTime() - cpuFrom) / 1e6);
                double ms = (System.nanoTime() - from) / 1e6;
                if (t.looked() != DUE) {
                    throw new IllegalStateException("the tick looked at " + t.looked() + " shipments, not " + DUE);
                }
                return ms;
            }, TICK_WARM_UPS);
            markDue(c, at[0]);
            long[] asked = {at[0].toEpochMilli()};
            double query = best(() -> {
                // a new instant each run, as each tick has: H2 hands back the last result of a query asked
                // again with the same parameters over unchanged tables (OPTIMIZE_REUSE_RESULTS), not running it
                asked[0]++;
                long from = System.nanoTime();
                long cpuFrom = CPU.getCurrentThreadCpuTime();
                int rows = 0;
                try (PreparedStatement q = c.prepareStatement("SELECT sc.shipment_id, sc.due_at, s.*, e.* "
                        + "FROM schedule sc JOIN shipments s ON s.id = sc.shipment_id "
                        + "LEFT JOIN events e ON e.shipment_id = s.id WHERE sc.is_open = TRUE AND sc.due_at <= ?")) {
                    q.setLong(1, asked[0]);
                    try (ResultSet rs = q.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                            }
                            rows++;
                        }
                    }
                }
                if (rows < DUE) {
                    throw new IllegalStateException("the query read " + rows + " rows");
                }
                cpu[1] = Math.min(cpu[1], (CPU.getCurrentThreadCpuTime() - cpuFrom) / 1e6);
                return (System.nanoTime() - from) / 1e6;
            }, TICK_WARM_UPS);
            // H2 runs in the caller's thread: its CPU time is the tick's work, less blurred by a loaded machine
            System.err.printf(Locale.ROOT, "harness: tick in thread CPU time (best run): %.1f ms against %.1f ms, "
                    + "ratio %.2f%n", cpu[0], cpu[1], cpu[0] / cpu[1]);
            return new double[] {tick, query};
        }
    }

    private static void markDue(Connection c, Instant at) throws SQLException {
        try (PreparedStatement due = c.prepareStatement(
                "UPDATE schedule SET is_open = TRUE, due_at = ? WHERE shipment_id LIKE 'order-%'")) {
            due.setLong(1, at.toEpochMilli() - 1);
            due.executeUpdate();
        }
        c.commit();
    }

    /** Polling 10,000 through the sandbox under the budget, and the least time the budget allows, ms. */
    private static double[] refresh(List<Shipment> shipments) {
        List<SandboxParcel> parcels = shipments.stream()
                .map(s -> new SandboxParcel("17track", s.trackingNumber().orElse(null), s)).toList();
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.startWith(parcels)) {
            Waybill waybill = DefaultPolicies.waybill().carrier(SeventeenTrackTracking.of(SeventeenTrackSettings
                    .builder().apiKey("sandbox-key").baseUrl(sandbox.baseUrl("17track")).build())).build();
            Poller poller = Pollers.carriers(waybill, Map.of("17track", REFRESH_BUDGET), Clock.systemUTC(),
                    d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000), s -> "17track");
            poller.pollAll(shipments.subList(0, 400));               // warm-up: ten calls
            long from = System.nanoTime();
            Map<String, Shipment> fresh = poller.pollAll(shipments);
            double ms = (System.nanoTime() - from) / 1e6;
            if (fresh.size() != shipments.size()) {
                throw new IllegalStateException("only " + fresh.size() + " of " + shipments.size() + " came back");
            }
            int calls = (shipments.size() + REFRESH_BUDGET.numbersPerCall() - 1) / REFRESH_BUDGET.numbersPerCall();
            double least = (calls - 1) * REFRESH_BUDGET.spacing().toNanos() / 1e6;
            return new double[] {ms, least};
        }
    }
}
