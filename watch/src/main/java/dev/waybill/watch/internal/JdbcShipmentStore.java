package dev.waybill.watch.internal;

import dev.waybill.delay.Cause;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.shipment.TextReading;
import dev.waybill.shipment.TimeBasis;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.watch.LeasedBatch;
import dev.waybill.watch.MergeResult;
import dev.waybill.watch.Outcome;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.StoreException;
import dev.waybill.watch.StoredNotice;
import dev.waybill.watch.WatchedShipment;
import dev.waybill.watch.rules.Audience;
import dev.waybill.watch.rules.Field;
import dev.waybill.watch.rules.LedgerEntry;
import dev.waybill.watch.rules.NoticeKind;
import dev.waybill.watch.rules.Snapshot;
import dev.waybill.watch.rules.Transition;
import dev.waybill.watch.rules.Trigger;
import dev.waybill.watch.rules.WatchState;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The one JDBC {@link ShipmentStore}: H2 (file or memory) and PostgreSQL, portable SQL, schema by
 * Flyway. Holds one connection; methods are synchronized and each is one transaction. A connection
 * lost under a transaction ends it with a one-line {@link StoreException}; the next call opens a new one.
 */
public final class JdbcShipmentStore implements ShipmentStore {

    /** At most this many ids in one {@code IN} list. */
    private static final int IN_GROUP = 500;

    /** Opens a connection to the store's database. */
    private interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;
    private final String name;
    /** True on H2, whose lease takes a different statement ({@link #take}); else PostgreSQL's SQL. */
    private final boolean h2;
    private Connection connection;

    private JdbcShipmentStore(Connector connector, String name) throws SQLException {
        this.connector = connector;
        this.name = name;
        this.connection = connect();
        this.h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    private Connection connect() throws SQLException {
        Connection opened = connector.open();
        opened.setAutoCommit(false);
        return opened;
    }

    /** Opens and migrates {@code db} (a JDBC URL or a bare path to an H2 file). */
    public static JdbcShipmentStore open(String db) {
        String url = urlOf(db);
        String name = redact(url);
        try {
            Flyway.configure().dataSource(url, null, null)
                    .locations("classpath:dev/waybill/watch/db")
                    .cleanDisabled(true)
                    .load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot open or migrate " + name + ": " + firstLine(e), e);
        }
        try {
            return new JdbcShipmentStore(() -> DriverManager.getConnection(url), name);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + name + ": " + firstLine(e), e);
        }
    }

    /**
     * Opens a store on one connection taken from {@code dataSource} (held until {@link #close()}), after
     * bringing the schema up to date when {@code migrate}: Flyway with its own history table
     * {@code waybill_schema_history}, so that an application's own migrations on the same database are
     * left alone.
     */
    public static JdbcShipmentStore open(javax.sql.DataSource dataSource, boolean migrate) {
        String name = "the application's DataSource";
        if (migrate) {
            try {
                Flyway.configure().dataSource(dataSource)
                        .locations("classpath:dev/waybill/watch/db")
                        .table("waybill_schema_history")
                        .baselineOnMigrate(true).baselineVersion("0")
                        .cleanDisabled(true)
                        .load().migrate();
            } catch (FlywayException e) {
                throw new StoreException("cannot migrate " + name + ": " + firstLine(e), e);
            }
        }
        try {
            return new JdbcShipmentStore(dataSource::getConnection, name);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + name + ": " + firstLine(e), e);
        }
    }

    static String urlOf(String db) {
        if (db == null || db.isBlank()) {
            throw new IllegalArgumentException("no database given");
        }
        if (db.startsWith("jdbc:")) {
            return db;
        }
        Path file = Path.of(db).toAbsolutePath().normalize();
        String path = file.toString();
        if (path.endsWith(".mv.db")) {
            path = path.substring(0, path.length() - ".mv.db".length());
        } else if (Files.isDirectory(file)) {
            throw new StoreException("cannot open " + db + ": is a directory", null);
        } else if (Files.exists(file) && !Files.exists(Path.of(path + ".mv.db"))) {
            throw new StoreException("cannot open " + db + ": not an H2 database (H2 keeps one in "
                    + file.getFileName() + ".mv.db; give that name or a new path)", null);
        }
        return "jdbc:h2:file:" + path;
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.strip();
        int newline = message.indexOf('\n');
        return redact(newline < 0 ? message : message.substring(0, newline).strip());
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private synchronized <T> T inTransaction(String what, Work<T> work) {
        try {
            if (connection == null) {
                connection = connect();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot reconnect to " + name + ": " + firstLine(e), e);
        }
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof SQLException && lost()) {
                throw new StoreException("lost the connection to " + name + " (" + what + " not done, the next call "
                        + "reconnects): " + firstLine(e), e);
            }
            if (e instanceof RuntimeException runtime && !(e instanceof StoreException)) {
                throw runtime;
            }
            throw e instanceof StoreException store ? store
                    : new StoreException(what + " failed on " + name + ": " + firstLine(e), e);
        }
    }

    /** True when the connection is gone after a failure; it is then let go, and the next call opens another. */
    private boolean lost() {
        boolean gone;
        try {
            gone = connection.isClosed() || !connection.isValid(2);
        } catch (SQLException e) {
            gone = true;
        }
        if (gone) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already gone: nothing to release
            }
            connection = null;
        }
        return gone;
    }

    @Override
    public MergeResult merge(Shipment shipment, Instant at) {
        return mergeAll(List.of(shipment), at).get(0);
    }

    /** A merge that lost a race to another writer of the same rows is run again this often at most. */
    private static final int MERGE_ATTEMPTS = 3;

    /**
     * One transaction for all of {@code shipments}: one query per group of ids reads which headers are
     * stored and which event and report keys those already have, then plain batched inserts write only
     * the new rows (the duplicates counted), the stored headers are updated and the schedule made due.
     * Should another writer store one of the same rows meanwhile, the key constraint refuses it, the
     * transaction is rolled back and the merge runs again (it then reads that row as stored).
     */
    @Override
    public List<MergeResult> mergeAll(List<Shipment> shipments, Instant at) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction("merge", () -> mergeBatch(shipments, at));
            } catch (StoreException e) {
                if (attempt == MERGE_ATTEMPTS || !keyTaken(e)) {
                    throw e;
                }
            }
        }
    }

    /** True when a unique key refused a row (SQLState 23505 on H2 and PostgreSQL). */
    private static boolean keyTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                if ("23505".equals(s.getSQLState())) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private List<MergeResult> mergeBatch(List<Shipment> shipments, Instant at) throws SQLException {
        List<String> ids = shipments.stream().map(Shipment::id).toList();
        Set<String> inStore = new HashSet<>();
        for (List<String> group : groups(ids)) {
            try (PreparedStatement q = selectIn("SELECT id FROM shipments WHERE id IN (?)", group);
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    inStore.add(rs.getString(1));
                }
            }
        }
        // the first record of a new id is inserted; a stored one, or a repeat within the batch, updates
        Set<String> inserted = new LinkedHashSet<>();
        List<Shipment> firsts = new ArrayList<>();
        List<Shipment> updated = new ArrayList<>();
        for (Shipment shipment : shipments) {
            if (inStore.contains(shipment.id()) || !inserted.add(shipment.id())) {
                updated.add(shipment);
            } else {
                firsts.add(shipment);
            }
        }
        insertHeaders(firsts, at);
        updateHeaders(updated, at);
        List<String> stored = List.copyOf(inStore);
        Set<EventKey> eventKeys = keysOf("SELECT shipment_id, at_ms, code, location FROM events "
                + "WHERE shipment_id IN (?)", stored,
                rs -> new EventKey(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
        Set<ReportKey> reportKeys = keysOf("SELECT shipment_id, at_ms, type FROM reports "
                + "WHERE shipment_id IN (?)", stored,
                rs -> new ReportKey(rs.getString(1), rs.getLong(2), rs.getString(3)));
        int[] added = new int[shipments.size()];
        int[] duplicates = new int[shipments.size()];
        Set<String> changed = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO events (shipment_id, at_ms, at_text, code, location, reason, country, detail, "
                        + "time_basis, reading_rule, reading_certainty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (int i = 0; i < shipments.size(); i++) {
                Shipment shipment = shipments.get(i);
                for (TrackingEvent e : shipment.events()) {
                    String location = e.location().orElse("");
                    long ms = e.instant().toEpochMilli();
                    if (!eventKeys.add(new EventKey(shipment.id(), ms, e.code().name(), location))) {
                        duplicates[i]++;
                        continue;
                    }
                    insert.setString(1, shipment.id());
                    insert.setLong(2, ms);
                    insert.setString(3, e.at().toString());
                    insert.setString(4, e.code().name());
                    insert.setString(5, location);
                    insert.setString(6, e.reason().map(Reason::name).orElse(null));
                    insert.setString(7, e.country().map(CountryCode::value).orElse(null));
                    insert.setString(8, e.detail().orElse(null));
                    insert.setString(9, e.timeBasis().name());
                    insert.setString(10, e.reading().map(TextReading::rule).orElse(null));
                    insert.setString(11, e.reading().map(reading -> reading.certainty().name()).orElse(null));
                    insert.addBatch();
                    added[i]++;
                }
                if (added[i] > 0) {
                    changed.add(shipment.id());
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO reports (shipment_id, at_ms, type) VALUES (?, ?, ?)")) {
            boolean any = false;
            for (Shipment shipment : shipments) {
                for (CustomerReport r : shipment.reports()) {
                    long ms = r.at().toEpochMilli();
                    if (reportKeys.add(new ReportKey(shipment.id(), ms, r.type().name()))) {
                        insert.setString(1, shipment.id());
                        insert.setLong(2, ms);
                        insert.setString(3, r.type().name());
                        insert.addBatch();
                        changed.add(shipment.id());
                        any = true;
                    }
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
        makeDue(inserted, stored, changed);
        List<MergeResult> results = new ArrayList<>();
        for (int i = 0; i < shipments.size(); i++) {
            results.add(new MergeResult(shipments.get(i).id(), added[i], duplicates[i]));
        }
        return results;
    }

    /**
     * Due at once: the next tick, at whatever instant, looks at it (and reopens one that was closed).
     * A new shipment gets its schedule row; a stored one without one (none is written so) gets it too.
     * A stored one that gained events or reports ({@code changed}) counts one more merge, so that the
     * record of a look that read it before keeps it due ({@link #recordAll}).
     */
    private void makeDue(Collection<String> inserted, List<String> stored, Set<String> changed) throws SQLException {
        List<String> missing = new ArrayList<>(inserted);
        if (!stored.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE schedule SET is_open = TRUE, due_at = ?, merges = merges + ? WHERE shipment_id = ?")) {
                for (String id : stored) {
                    update.setLong(1, Long.MIN_VALUE);
                    update.setLong(2, changed.contains(id) ? 1 : 0);
                    update.setString(3, id);
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        missing.add(stored.get(i));
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schedule (shipment_id, is_open, due_at) VALUES (?, TRUE, ?)")) {
                for (String id : missing) {
                    insert.setString(1, id);
                    insert.setLong(2, Long.MIN_VALUE);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** An event's key: a row of the same shipment, instant, code and location ('' for none) is a duplicate. */
    private record EventKey(String shipment, long atMs, String code, String location) {
    }

    /** A report's key: a row of the same shipment, instant and type is a duplicate. */
    private record ReportKey(String shipment, long atMs, String type) {
    }

    /** Reads one key from the current row. */
    private interface KeyReader<K> {
        K read(ResultSet rs) throws SQLException;
    }

    /** The keys of the rows {@code sql} reads for the stored shipments {@code ids}. */
    private <K> Set<K> keysOf(String sql, List<String> ids, KeyReader<K> reader) throws SQLException {
        Set<K> keys = new HashSet<>();
        for (List<String> group : groups(ids)) {
            try (PreparedStatement q = selectIn(sql, group); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    keys.add(reader.read(rs));
                }
            }
        }
        return keys;
    }

    /** Inserts the headers of {@code shipments}, new to the store, in one batch. */
    private void insertHeaders(List<Shipment> shipments, Instant at) throws SQLException {
        if (shipments.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO shipments (id, origin, destination, mode, carrier, tracking_number, shipped_at, "
                        + "promised_by, value_amount, value_currency, weight_kg, language, created_at, updated_at, "
                        + "status_progress, status_reason, status_at, status_said) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Shipment s : shipments) {
                insert.setString(1, s.id());
                setHeader(insert, 2, s);
                insert.setLong(13, at.toEpochMilli());
                insert.setLong(14, at.toEpochMilli());
                setStatus(insert, 15, s.carrierStatus().orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Updates the stored headers of {@code shipments} in one batch: the lane always comes with a shipment;
     * other fields take the new values where given; a status given replaces the stored one whole (its
     * reason and date go with it).
     */
    private void updateHeaders(List<Shipment> shipments, Instant at) throws SQLException {
        if (shipments.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE shipments SET origin = ?, destination = ?, mode = ?, carrier = COALESCE(?, carrier), "
                        + "tracking_number = COALESCE(?, tracking_number), shipped_at = COALESCE(?, shipped_at), "
                        + "promised_by = COALESCE(?, promised_by), value_amount = COALESCE(?, value_amount), "
                        + "value_currency = COALESCE(?, value_currency), weight_kg = COALESCE(?, weight_kg), "
                        + "language = COALESCE(?, language), updated_at = ?, "
                        + "status_progress = COALESCE(?, status_progress), status_reason = CASE WHEN ? IS NULL "
                        + "THEN status_reason ELSE ? END, status_at = CASE WHEN ? IS NULL THEN status_at ELSE ? END, "
                        + "status_said = COALESCE(?, status_said) WHERE id = ?")) {
            for (Shipment s : shipments) {
                setHeader(update, 1, s);
                update.setLong(12, at.toEpochMilli());
                CarrierStatus status = s.carrierStatus().orElse(null);
                String progress = status == null ? null : status.progress().name();
                update.setString(13, progress);
                update.setString(14, progress);
                update.setString(15, status == null ? null : status.reason().map(Reason::name).orElse(null));
                update.setString(16, progress);
                update.setString(17, status == null ? null : status.at().map(OffsetDateTime::toString).orElse(null));
                update.setString(18, status == null ? null : status.said());
                update.setString(19, s.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * The header's eleven columns from {@code first} on, in the order both statements name them: origin,
     * destination, mode, carrier, tracking number, shipped, promised, value amount and currency, weight,
     * language; null where absent.
     */
    private static void setHeader(PreparedStatement statement, int first, Shipment s) throws SQLException {
        statement.setString(first, s.lane().origin().value());
        statement.setString(first + 1, s.lane().destination().value());
        statement.setString(first + 2, s.lane().mode().name());
        statement.setString(first + 3, s.lane().carrier().orElse(null));
        statement.setString(first + 4, s.trackingNumber().orElse(null));
        statement.setString(first + 5, s.shippedAt().map(OffsetDateTime::toString).orElse(null));
        setDate(statement, first + 6, s.promisedBy().orElse(null));
        statement.setString(first + 7, s.value().map(value -> value.amount().toPlainString()).orElse(null));
        statement.setString(first + 8, s.value().map(value -> value.currency().getCurrencyCode()).orElse(null));
        statement.setString(first + 9, s.weightKg().map(Object::toString).orElse(null));
        statement.setString(first + 10, s.language().map(Locale::toLanguageTag).orElse(null));
    }

    @Override
    public Optional<WatchedShipment> find(String id) {
        return Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    /** Reads {@code ids} with one query per table for each group of at most {@link #IN_GROUP} ids. */
    @Override
    public Map<String, WatchedShipment> findAll(List<String> ids) {
        return inTransaction("read", () -> {
            Map<String, WatchedShipment> found = new LinkedHashMap<>();
            for (List<String> group : groups(ids)) {
                Map<String, Long> merges = new HashMap<>();
                Map<String, Shipment.Builder> builders = readHeaders(group, merges);
                readEvents(group, builders);
                readReports(group, builders);
                Map<String, List<LedgerEntry>> ledgers = readLedgers(group);
                Map<String, WatchState> states = readStates(group, ledgers);
                for (String id : group) {
                    Shipment.Builder builder = builders.get(id);
                    if (builder != null) {
                        WatchState state = states.getOrDefault(id, WatchState.withLedger(
                                ledgers.getOrDefault(id, List.of())));
                        found.put(id, new WatchedShipment(builder.build(), state, merges.get(id)));
                    }
                }
            }
            return found;
        });
    }

    private static List<List<String>> groups(List<String> ids) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<List<String>> groups = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_GROUP) {
            groups.add(distinct.subList(from, Math.min(distinct.size(), from + IN_GROUP)));
        }
        return groups;
    }

    /** A statement whose {@code (?)} is replaced by one placeholder per id, bound to the ids. */
    private PreparedStatement selectIn(String sql, List<String> ids) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        PreparedStatement q = connection.prepareStatement(sql.replace("(?)", "(" + marks + ")"));
        for (int i = 0; i < ids.size(); i++) {
            q.setString(i + 1, ids.get(i));
        }
        return q;
    }

    /** The header columns, in the order {@link #header} reads them from its first index on. */
    private static final String HEADER_COLUMNS = "origin, destination, mode, carrier, tracking_number, shipped_at, "
            + "promised_by, value_amount, value_currency, weight_kg, language, status_progress, status_reason, "
            + "status_at, status_said";
    /** The event columns, in the order {@link #event} reads them. */
    private static final String EVENT_COLUMNS = "at_ms, at_text, code, location, reason, country, detail, "
            + "time_basis, reading_rule, reading_certainty";
    /** The verdict columns the rules' state is read from, in the order {@link #state} reads them. */
    private static final String STATE_COLUMNS = "status, stage, exception, cause, eta_likely, promised_by, "
            + "claim_deadline, escalate, destination, told_eta, exception_key, exception_since";

    /**
     * The headers of {@code ids}, with each one's merge count put in {@code merges}: read before its events,
     * so that a merge committed in between is counted after the look and keeps the shipment due.
     */
    private Map<String, Shipment.Builder> readHeaders(List<String> ids, Map<String, Long> merges) throws SQLException {
        Map<String, Shipment.Builder> builders = new HashMap<>();
        try (PreparedStatement q = selectIn("SELECT s.id, sc.merges, " + prefixed("s", HEADER_COLUMNS)
                + " FROM shipments s LEFT JOIN schedule sc ON sc.shipment_id = s.id WHERE s.id IN (?)", ids);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                builders.put(rs.getString(1), header(rs, 3, rs.getString(1)));
                merges.put(rs.getString(1), rs.getLong(2));
            }
        }
        return builders;
    }

    /** A shipment's header from {@link #HEADER_COLUMNS} at {@code from} on. */
    private static Shipment.Builder header(ResultSet rs, int from, String id) throws SQLException {
        Lane lane = new Lane(CountryCode.of(rs.getString(from)), CountryCode.of(rs.getString(from + 1)),
                Mode.valueOf(rs.getString(from + 2)), rs.getString(from + 3));
        Shipment.Builder builder = Shipment.builder(id, lane).trackingNumber(rs.getString(from + 4));
        String shippedAt = rs.getString(from + 5);
        if (shippedAt != null) {
            builder.shippedAt(OffsetDateTime.parse(shippedAt));
        }
        builder.promisedBy(date(rs, from + 6));
        String amount = rs.getString(from + 7);
        if (amount != null) {
            builder.value(Money.of(Money.currency(rs.getString(from + 8)), new BigDecimal(amount)));
        }
        String weight = rs.getString(from + 9);
        builder.weightKg(weight == null ? null : new BigDecimal(weight));
        String language = rs.getString(from + 10);
        builder.language(language == null ? null : Locale.forLanguageTag(language));
        builder.carrierStatus(readStatus(rs, from + 11));
        return builder;
    }

    private void readEvents(List<String> ids, Map<String, Shipment.Builder> builders) throws SQLException {
        try (PreparedStatement q = selectIn("SELECT shipment_id, " + EVENT_COLUMNS + " FROM events "
                + "WHERE shipment_id IN (?) ORDER BY shipment_id, at_ms, code, location", ids);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                Shipment.Builder builder = builders.get(rs.getString(1));
                if (builder != null) {
                    builder.event(event(rs, 2));
                }
            }
        }
    }

    /** An event from {@link #EVENT_COLUMNS} at {@code from} on. */
    private static TrackingEvent event(ResultSet rs, int from) throws SQLException {
        TrackingEvent.Builder event = TrackingEvent.builder(EventTimes.read(rs.getLong(from), rs.getString(from + 1)),
                EventCode.valueOf(rs.getString(from + 2)));
        String location = rs.getString(from + 3);
        event.location(location.isEmpty() ? null : location);
        String reason = rs.getString(from + 4);
        event.reason(reason == null ? null : Reason.valueOf(reason));
        String country = rs.getString(from + 5);
        event.country(country == null ? null : CountryCode.of(country));
        event.detail(rs.getString(from + 6));
        String basis = rs.getString(from + 7);
        event.timeBasis(basis == null ? TimeBasis.OFFSET_GIVEN : TimeBasis.valueOf(basis));
        String rule = rs.getString(from + 8);
        event.reading(rule == null ? null : TextReading.of(rule, TextReading.Certainty.valueOf(rs.getString(from + 9))));
        return event.build();
    }

    private void readReports(List<String> ids, Map<String, Shipment.Builder> builders) throws SQLException {
        try (PreparedStatement q = selectIn("SELECT shipment_id, at_ms, type FROM reports WHERE shipment_id IN (?) "
                + "ORDER BY shipment_id, at_ms", ids);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                Shipment.Builder builder = builders.get(rs.getString(1));
                if (builder != null) {
                    builder.report(CustomerReport.of(Instant.ofEpochMilli(rs.getLong(2)),
                            ReportType.valueOf(rs.getString(3))));
                }
            }
        }
    }

    private Map<String, List<LedgerEntry>> readLedgers(List<String> ids) throws SQLException {
        Map<String, List<LedgerEntry>> ledgers = new HashMap<>();
        try (PreparedStatement q = selectIn("SELECT shipment_id, kind, cause_key, decided_at FROM notices "
                + "WHERE shipment_id IN (?) ORDER BY decided_at, id", ids);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                ledgers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(ledgerEntry(rs));
            }
        }
        return ledgers;
    }

    /** A ledger entry from (shipment, kind, cause key, decided at). */
    private static LedgerEntry ledgerEntry(ResultSet rs) throws SQLException {
        return new LedgerEntry(NoticeKind.valueOf(rs.getString(2)), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)));
    }

    private Map<String, WatchState> readStates(List<String> ids, Map<String, List<LedgerEntry>> ledgers)
            throws SQLException {
        Map<String, WatchState> states = new HashMap<>();
        try (PreparedStatement q = selectIn("SELECT shipment_id, " + STATE_COLUMNS
                + " FROM verdicts WHERE shipment_id IN (?)", ids);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                states.put(id, state(rs, 2, ledgers.getOrDefault(id, List.of())));
            }
        }
        return states;
    }

    /** The rules' state from {@link #STATE_COLUMNS} at {@code from} on; null when there is no verdict yet. */
    private static WatchState state(ResultSet rs, int from, List<LedgerEntry> ledger) throws SQLException {
        String status = rs.getString(from);
        if (status == null) {
            return WatchState.withLedger(ledger);
        }
        Snapshot last = new Snapshot(Status.valueOf(status), Stage.valueOf(rs.getString(from + 1)),
                ExceptionType.valueOf(rs.getString(from + 2)), Cause.valueOf(rs.getString(from + 3)),
                date(rs, from + 4), date(rs, from + 5), date(rs, from + 6), rs.getBoolean(from + 7),
                CountryCode.of(rs.getString(from + 8)), null);
        long since = rs.getLong(from + 11);
        Instant exceptionSince = rs.wasNull() ? null : Instant.ofEpochMilli(since);
        return new WatchState(last, date(rs, from + 9), rs.getString(from + 10), exceptionSince, ledger);
    }

    @Override
    public Optional<String> idByTrackingNumber(String carrier, String trackingNumber) {
        return inTransaction("read", () -> {
            try (PreparedStatement q = connection.prepareStatement("SELECT id FROM shipments WHERE tracking_number = ? "
                    + "ORDER BY CASE WHEN carrier = ? THEN 0 ELSE 1 END, updated_at DESC, id")) {
                q.setString(1, trackingNumber);
                q.setString(2, carrier);
                q.setMaxRows(1);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public boolean lease(String id, String owner, Instant now, Duration lease) {
        return inTransaction("lease", () -> {
            try (PreparedStatement take = connection.prepareStatement("UPDATE schedule SET lease_owner = ?, "
                    + "lease_until = ? WHERE shipment_id = ? AND (lease_until IS NULL OR lease_until <= ? "
                    + "OR lease_owner = ?)")) {
                take.setString(1, owner);
                take.setLong(2, now.plus(lease).toEpochMilli());
                take.setString(3, id);
                take.setLong(4, now.toEpochMilli());
                take.setString(5, owner);
                return take.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<String> leaseDue(Instant now, String owner, Duration lease, int limit) {
        return inTransaction("lease", () -> {
            long until = now.plus(lease).toEpochMilli();
            take(now, owner, until, limit);
            List<String> leased = new ArrayList<>();
            try (PreparedStatement q = connection.prepareStatement("SELECT sc.shipment_id FROM schedule sc WHERE "
                    + LEASED_BY + " ORDER BY sc.due_at, sc.shipment_id")) {
                bindLeasedBy(q, 1, now.toEpochMilli(), owner, until);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        leased.add(rs.getString(1));
                    }
                }
            }
            return leased;
        });
    }

    /** Open, due at the first instant bound, and free for the owner bound third (its lease ran out at the second). */
    private static final String FREE_DUE = "is_open = TRUE AND due_at <= ? AND (lease_until IS NULL "
            + "OR lease_until <= ? OR lease_owner = ?)";

    /**
     * Leases up to {@code limit} due shipments, the longest due first, by one update; they are then read by
     * {@link #LEASED_BY}. On H2 (one writer) the update takes the first rows of the due index; on PostgreSQL
     * it takes the rows a subquery locks {@code FOR UPDATE SKIP LOCKED}, so that a row another watcher is
     * leasing at the same moment is skipped, not waited for.
     */
    private void take(Instant now, String owner, long until, int limit) throws SQLException {
        String sql = h2
                ? "UPDATE schedule SET lease_owner = ?, lease_until = ? WHERE " + FREE_DUE + " FETCH FIRST ? ROWS ONLY"
                : "UPDATE schedule SET lease_owner = ?, lease_until = ? WHERE shipment_id IN (SELECT shipment_id "
                        + "FROM schedule WHERE " + FREE_DUE + " ORDER BY due_at, shipment_id LIMIT ? "
                        + "FOR UPDATE SKIP LOCKED)";
        try (PreparedStatement take = connection.prepareStatement(sql)) {
            take.setString(1, owner);
            take.setLong(2, until);
            take.setLong(3, now.toEpochMilli());
            take.setLong(4, now.toEpochMilli());
            take.setString(5, owner);
            take.setInt(6, limit);
            take.executeUpdate();
        }
    }

    /** Due, open, and leased to the owner by the lease that ends at the instant bound: one batch's rows. */
    private static final String LEASED_BY = "sc.is_open = TRUE AND sc.due_at <= ? AND sc.lease_owner = ? "
            + "AND sc.lease_until = ?";

    /**
     * One transaction: the batch leased as {@link #leaseDue} leases it, then one read of the leased rows
     * with their headers and verdicts (the longest due first), one of their events, and one of their
     * reports and ledgers together.
     * The events are read apart from the headers: joined, every event row would carry its shipment's
     * header and verdict columns again, and H2 then builds and hands over three times the values.
     */
    @Override
    public LeasedBatch leaseBatch(Instant now, String owner, Duration lease, int limit) {
        return inTransaction("lease", () -> {
            long at = now.toEpochMilli();
            long until = now.plus(lease).toEpochMilli();
            take(now, owner, until, limit);
            Map<String, Shipment.Builder> builders = new LinkedHashMap<>();
            Map<String, WatchState> states = new HashMap<>();
            Map<String, Instant> webhooks = new HashMap<>();
            Map<String, Long> merges = new HashMap<>();
            // the merge counts are read before the events: a merge committed in between keeps the shipment due
            try (PreparedStatement q = connection.prepareStatement("SELECT sc.shipment_id, sc.webhook_at, sc.merges, "
                    + prefixed("s", HEADER_COLUMNS) + ", " + prefixed("v", STATE_COLUMNS)
                    + " FROM schedule sc JOIN shipments s ON s.id = sc.shipment_id "
                    + "LEFT JOIN verdicts v ON v.shipment_id = sc.shipment_id WHERE " + LEASED_BY
                    + " ORDER BY sc.due_at, sc.shipment_id")) {
                bindLeasedBy(q, 1, at, owner, until);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        builders.put(id, header(rs, 4, id));
                        states.put(id, state(rs, 4 + 15, List.of()));
                        merges.put(id, rs.getLong(3));
                        long webhook = rs.getLong(2);
                        if (!rs.wasNull()) {
                            webhooks.put(id, Instant.ofEpochMilli(webhook));
                        }
                    }
                }
            }
            if (builders.isEmpty()) {
                return new LeasedBatch(Map.of(), Map.of());
            }
            try (PreparedStatement q = connection.prepareStatement("SELECT e.shipment_id, "
                    + prefixed("e", EVENT_COLUMNS) + " FROM schedule sc JOIN events e "
                    + "ON e.shipment_id = sc.shipment_id WHERE " + LEASED_BY)) {
                // unordered: a shipment's timeline is put in order as it is built (H2 hands it over in key order)
                bindLeasedBy(q, 1, at, owner, until);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        builders.get(rs.getString(1)).event(event(rs, 2));
                    }
                }
            }
            Map<String, List<LedgerEntry>> ledgers = readReportsAndLedgers(at, owner, until, builders);
            Map<String, WatchedShipment> shipments = new LinkedHashMap<>();
            for (Map.Entry<String, Shipment.Builder> e : builders.entrySet()) {
                String id = e.getKey();
                WatchState kept = states.get(id);
                List<LedgerEntry> ledger = ledgers.get(id);
                shipments.put(id, new WatchedShipment(e.getValue().build(), ledger == null ? kept
                        : new WatchState(kept.last(), kept.toldEta(), kept.exceptionKey(), kept.exceptionSince(),
                        ledger), merges.get(id)));
            }
            return new LeasedBatch(shipments, webhooks);
        });
    }

    /**
     * The leased batch's buyer reports (added to {@code builders}) and notice ledgers, by one read: a report
     * row has no notice id. The ledger's columns are all in the index {@code notices_ledger} (V6), so that
     * H2 reads no notice row, with its texts and verdict line, to build it.
     */
    private Map<String, List<LedgerEntry>> readReportsAndLedgers(long at, String owner, long until,
                                                                  Map<String, Shipment.Builder> builders)
            throws SQLException {
        Map<String, List<LedgerEntry>> ledgers = new HashMap<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT r.shipment_id, r.type, "
                + "CAST(NULL AS VARCHAR(300)), r.at_ms, CAST(NULL AS VARCHAR(40)) FROM schedule sc JOIN reports r "
                + "ON r.shipment_id = sc.shipment_id WHERE " + LEASED_BY + " UNION ALL SELECT n.shipment_id, n.kind, "
                + "n.cause_key, n.decided_at, n.id FROM schedule sc JOIN notices n ON n.shipment_id = sc.shipment_id "
                + "WHERE " + LEASED_BY + " ORDER BY 4, 5")) {
            bindLeasedBy(q, 1, at, owner, until);
            bindLeasedBy(q, 4, at, owner, until);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(5) == null) {
                        builders.get(rs.getString(1)).report(CustomerReport.of(Instant.ofEpochMilli(rs.getLong(4)),
                                ReportType.valueOf(rs.getString(2))));
                    } else {
                        ledgers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(ledgerEntry(rs));
                    }
                }
            }
        }
        return ledgers;
    }

    private static String prefixed(String table, String columns) {
        return table + "." + columns.replace(", ", ", " + table + ".");
    }

    private static void bindLeasedBy(PreparedStatement q, int from, long at, String owner, long until)
            throws SQLException {
        q.setLong(from, at);
        q.setString(from + 1, owner);
        q.setLong(from + 2, until);
    }

    @Override
    public void record(String id, Outcome outcome) {
        recordAll(Map.of(id, outcome));
    }

    /** One transaction for all of {@code outcomes}, each statement batched. */
    @Override
    public void recordAll(Map<String, Outcome> outcomes) {
        record(null, outcomes);
    }

    /** One transaction: the schedule of the shipments still leased to {@code owner} first, then the rest of theirs. */
    @Override
    public Set<String> recordAll(String owner, Map<String, Outcome> outcomes) {
        return record(Objects.requireNonNull(owner, "owner"), outcomes);
    }

    /**
     * Records {@code outcomes}, or where {@code owner} is given only those of the shipments still leased to
     * it: the schedule's update comes first, and its counts (with the rows it locks until the commit) tell
     * which shipments are recorded.
     */
    private Set<String> record(String owner, Map<String, Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return Set.of();
        }
        return inTransaction("record", () -> {
            Map<String, Outcome> kept = schedule(owner, outcomes);
            // a look that changed nothing keeps the stored verdict: only its schedule is written
            Map<String, Outcome> changed = new LinkedHashMap<>();
            kept.forEach((id, outcome) -> {
                if (outcome.verdictJson().isPresent()) {
                    changed.put(id, outcome);
                }
            });
            if (!changed.isEmpty()) {
                // by key, one row a statement in one batch like the other writes: no IN list of up to 500 to plan
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM verdicts WHERE shipment_id = ?")) {
                    for (String id : changed.keySet()) {
                        delete.setString(1, id);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO verdicts (shipment_id, "
                        + "assessed_at, status, stage, exception, cause, eta_likely, promised_by, claim_deadline, "
                        + "escalate, destination, told_eta, exception_key, exception_since, verdict_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (Map.Entry<String, Outcome> e : changed.entrySet()) {
                        bindVerdict(insert, e.getKey(), e.getValue());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            boolean anyTransition = false;
            boolean anyNotice = false;
            for (Outcome outcome : kept.values()) {
                anyTransition |= !outcome.decision().transitions().isEmpty();
                anyNotice |= !outcome.notices().isEmpty();
            }
            if (anyTransition) {
                insertTransitions(kept);
            }
            if (anyNotice) {
                insertNotices(kept);
            }
            return kept.keySet();
        });
    }

    /**
     * The next due time of each shipment, only where no merge has added events or reports since the look
     * read it (else it stays as that merge left it, due at once); the lease released either way. With an
     * {@code owner}, only the rows still leased to it: the outcomes of those rows are returned, the others
     * are another watcher's now.
     */
    private Map<String, Outcome> schedule(String owner, Map<String, Outcome> outcomes) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE schedule SET "
                + "is_open = CASE WHEN merges = ? THEN ? ELSE is_open END, "
                + "due_at = CASE WHEN merges = ? THEN ? ELSE due_at END, "
                + "lease_owner = NULL, lease_until = NULL WHERE shipment_id = ?"
                + (owner == null ? "" : " AND lease_owner = ?"))) {
            List<String> ids = new ArrayList<>(outcomes.size());
            for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
                Instant next = e.getValue().nextDue().orElse(null);
                update.setLong(1, e.getValue().merges());
                update.setBoolean(2, next != null);
                update.setLong(3, e.getValue().merges());
                update.setLong(4, next == null ? Long.MAX_VALUE : next.toEpochMilli());
                update.setString(5, e.getKey());
                if (owner != null) {
                    update.setString(6, owner);
                }
                update.addBatch();
                ids.add(e.getKey());
            }
            int[] counts = update.executeBatch();
            if (owner == null) {
                return outcomes;
            }
            Map<String, Outcome> kept = new LinkedHashMap<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) { // 1, or SUCCESS_NO_INFO where a driver does not count
                    kept.put(ids.get(i), outcomes.get(ids.get(i)));
                }
            }
            return kept;
        }
    }

    /** The batch's transitions, one batch; a transition already stored (same shipment, instant, field) is kept. */
    private void insertTransitions(Map<String, Outcome> outcomes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO transitions (shipment_id, "
                + "at_ms, field, from_value, to_value, cause) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM transitions WHERE shipment_id = ? AND at_ms = ? AND field = ?)")) {
            for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
                String id = e.getKey();
                for (Transition t : e.getValue().decision().transitions()) {
                    insert.setString(1, id);
                    insert.setLong(2, t.at().toEpochMilli());
                    insert.setString(3, t.field().name());
                    insert.setString(4, t.from().orElse(null));
                    insert.setString(5, t.to().orElse(null));
                    insert.setString(6, t.cause().name());
                    insert.setString(7, id);
                    insert.setLong(8, t.at().toEpochMilli());
                    insert.setString(9, t.field().name());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The batch's notices into the outbox, one batch; a notice whose id is stored is kept as it is. */
    private void insertNotices(Map<String, Outcome> outcomes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notices (id, shipment_id, "
                + "audience, kind, cause_key, decided_at, send_after, language, channel, subject, body, "
                + "eta_told, eta_now, verdict_json) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM notices WHERE id = ?)")) {
            for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
                for (StoredNotice n : e.getValue().notices()) {
                    bindNotice(insert, e.getKey(), e.getValue(), n);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void bindVerdict(PreparedStatement insert, String id, Outcome outcome) throws SQLException {
        WatchState state = outcome.decision().after();
        Snapshot s = state.last().orElseThrow();
        insert.setString(1, id);
        insert.setLong(2, outcome.at().toEpochMilli());
        insert.setString(3, s.status().name());
        insert.setString(4, s.stage().name());
        insert.setString(5, s.exception().name());
        insert.setString(6, s.cause().name());
        setDate(insert, 7, s.etaLikely().orElse(null));
        setDate(insert, 8, s.promisedBy().orElse(null));
        setDate(insert, 9, s.claimDeadline().orElse(null));
        insert.setBoolean(10, s.escalate());
        insert.setString(11, s.destination().value());
        setDate(insert, 12, state.toldEta().orElse(null));
        insert.setString(13, state.exceptionKey().orElse(null));
        if (state.exceptionSince().isEmpty()) {
            insert.setNull(14, Types.BIGINT);
        } else {
            insert.setLong(14, state.exceptionSince().get().toEpochMilli());
        }
        insert.setString(15, outcome.verdictJson().orElse(null));
    }

    private static void bindNotice(PreparedStatement insert, String id, Outcome outcome, StoredNotice n)
            throws SQLException {
        dev.waybill.watch.rules.Notice decided = outcome.decision().notices().stream()
                .filter(d -> d.id().equals(n.id())).findFirst().orElse(null);
        insert.setString(1, n.id());
        insert.setString(2, id);
        insert.setString(3, n.audience().name());
        insert.setString(4, n.kind().name());
        insert.setString(5, decided == null ? n.id() : decided.causeKey());
        insert.setLong(6, n.at().toEpochMilli());
        insert.setLong(7, n.sendAfter().toEpochMilli());
        insert.setString(8, n.language().orElse(null));
        insert.setString(9, n.channel().orElse(null));
        insert.setString(10, n.subject().orElse(null));
        insert.setString(11, n.body().orElse(null));
        setDate(insert, 12, decided == null ? null : decided.etaTold().orElse(null));
        setDate(insert, 13, decided == null ? null : decided.etaNow().orElse(null));
        insert.setString(14, n.verdictJson());
        insert.setString(15, n.id());
    }

    @Override
    public List<StoredNotice> unsent(Instant now) {
        return inTransaction("read", () -> readNotices(
                "WHERE sent_at IS NULL AND send_after <= ?", ps -> ps.setLong(1, now.toEpochMilli())));
    }

    @Override
    public boolean claimNotice(String noticeId, String owner, Instant now, Duration lease) {
        return inTransaction("claim notice", () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE notices SET lease_owner = ?, "
                    + "lease_until = ? WHERE id = ? AND sent_at IS NULL AND (lease_until IS NULL "
                    + "OR lease_until <= ? OR lease_owner = ?)")) {
                update.setString(1, owner);
                update.setLong(2, now.plus(lease).toEpochMilli());
                update.setString(3, noticeId);
                update.setLong(4, now.toEpochMilli());
                update.setString(5, owner);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void markSent(String noticeId, Instant at) {
        inTransaction("mark sent", () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE notices SET sent_at = ? WHERE id = ? AND sent_at IS NULL")) {
                update.setLong(1, at.toEpochMilli());
                update.setString(2, noticeId);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<StoredNotice> notices(String shipment) {
        return inTransaction("read", () -> shipment == null
                ? readNotices("", ps -> { })
                : readNotices("WHERE shipment_id = ?", ps -> ps.setString(1, shipment)));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<StoredNotice> readNotices(String where, Binder binder) throws SQLException {
        List<StoredNotice> notices = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT id, shipment_id, audience, kind, decided_at, "
                + "send_after, language, channel, subject, body, verdict_json, sent_at FROM notices " + where
                + " ORDER BY decided_at, id")) {
            binder.bind(q);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long sent = rs.getLong(12);
                    Instant sentAt = rs.wasNull() ? null : Instant.ofEpochMilli(sent);
                    notices.add(new StoredNotice(rs.getString(1), rs.getString(2), Audience.valueOf(rs.getString(3)),
                            NoticeKind.valueOf(rs.getString(4)), Instant.ofEpochMilli(rs.getLong(5)),
                            Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11), sentAt));
                }
            }
        }
        return notices;
    }

    @Override
    public void webhookReceived(String id, Instant at) {
        inTransaction("note webhook", () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE schedule SET webhook_at = ? WHERE shipment_id = ?")) {
                update.setLong(1, at.toEpochMilli());
                update.setString(2, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Instant> lastWebhook(String id) {
        return Optional.ofNullable(lastWebhooks(List.of(id)).get(id));
    }

    @Override
    public Map<String, Instant> lastWebhooks(List<String> ids) {
        return inTransaction("read", () -> {
            Map<String, Instant> at = new HashMap<>();
            for (List<String> group : groups(ids)) {
                try (PreparedStatement q = selectIn("SELECT shipment_id, webhook_at FROM schedule "
                        + "WHERE shipment_id IN (?) AND webhook_at IS NOT NULL", group);
                     ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        at.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)));
                    }
                }
            }
            return at;
        });
    }

    @Override
    public List<Transition> transitions(String shipment) {
        return inTransaction("read", () -> {
            List<Transition> transitions = new ArrayList<>();
            try (PreparedStatement q = connection.prepareStatement("SELECT at_ms, field, from_value, to_value, cause "
                    + "FROM transitions WHERE shipment_id = ? ORDER BY at_ms, field")) {
                q.setString(1, shipment);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        transitions.add(new Transition(shipment, Instant.ofEpochMilli(rs.getLong(1)),
                                Field.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                                Trigger.valueOf(rs.getString(5))));
                    }
                }
            }
            return transitions;
        });
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + name + ": " + firstLine(e), e);
        }
    }

    private static void setStatus(PreparedStatement statement, int index, CarrierStatus status)
            throws SQLException {
        statement.setString(index, status == null ? null : status.progress().name());
        statement.setString(index + 1, status == null ? null : status.reason().map(Reason::name).orElse(null));
        statement.setString(index + 2, status == null ? null : status.at().map(OffsetDateTime::toString).orElse(null));
        statement.setString(index + 3, status == null ? null : status.said());
    }

    private static CarrierStatus readStatus(ResultSet rs, int index) throws SQLException {
        String progress = rs.getString(index);
        if (progress == null) {
            return null;
        }
        String reason = rs.getString(index + 1);
        String at = rs.getString(index + 2);
        return new CarrierStatus(CarrierStatus.Progress.valueOf(progress),
                reason == null ? null : Reason.valueOf(reason), at == null ? null : OffsetDateTime.parse(at),
                rs.getString(index + 3));
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    private static LocalDate date(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalDate.class);
    }
}
