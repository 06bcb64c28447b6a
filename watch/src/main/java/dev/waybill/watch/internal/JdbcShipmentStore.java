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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The one JDBC {@link ShipmentStore}: H2 (file or memory) and PostgreSQL, portable SQL, schema by
 * Flyway. Holds one connection; methods are synchronized and each is one transaction.
 */
public final class JdbcShipmentStore implements ShipmentStore {

    /** At most this many ids in one {@code IN} list. */
    private static final int IN_GROUP = 500;

    private final Connection connection;
    private final String name;

    private JdbcShipmentStore(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
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
            Connection connection = DriverManager.getConnection(url);
            connection.setAutoCommit(false);
            return new JdbcShipmentStore(connection, name);
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
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return new JdbcShipmentStore(connection, name);
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
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof RuntimeException runtime && !(e instanceof StoreException)) {
                throw runtime;
            }
            throw e instanceof StoreException store ? store
                    : new StoreException(what + " failed on " + name + ": " + firstLine(e), e);
        }
    }

    @Override
    public MergeResult merge(Shipment shipment, Instant at) {
        return mergeAll(List.of(shipment), at).get(0);
    }

    /**
     * One transaction for all of {@code shipments}, each statement batched: the headers inserted
     * where new (updated where stored), the events and reports inserted where not yet stored (the
     * batch's update counts tell added from duplicate), the schedule made due.
     */
    @Override
    public List<MergeResult> mergeAll(List<Shipment> shipments, Instant at) {
        return inTransaction("merge", () -> {
            List<Shipment> stored = insertHeaders(shipments, at);
            for (Shipment shipment : stored) {
                updateHeader(shipment, at);
            }
            int[] added = new int[shipments.size()];
            int[] duplicates = new int[shipments.size()];
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO events (shipment_id, at_ms, at_text, code, location, reason, country, detail, "
                            + "time_basis, reading_rule, reading_certainty) "
                            + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM events "
                            + "WHERE shipment_id = ? AND at_ms = ? AND code = ? AND location = ?)")) {
                List<Integer> owner = new ArrayList<>();
                for (int i = 0; i < shipments.size(); i++) {
                    Shipment shipment = shipments.get(i);
                    for (TrackingEvent e : shipment.events()) {
                        String location = e.location() == null ? "" : e.location();
                        long ms = e.instant().toEpochMilli();
                        insert.setString(1, shipment.id());
                        insert.setLong(2, ms);
                        insert.setString(3, e.at().toString());
                        insert.setString(4, e.code().name());
                        insert.setString(5, location);
                        insert.setString(6, e.reason() == null ? null : e.reason().name());
                        insert.setString(7, e.country() == null ? null : e.country().value());
                        insert.setString(8, e.detail());
                        insert.setString(9, e.timeBasis().name());
                        insert.setString(10, e.reading() == null ? null : e.reading().rule());
                        insert.setString(11, e.reading() == null ? null : e.reading().certainty().name());
                        insert.setString(12, shipment.id());
                        insert.setLong(13, ms);
                        insert.setString(14, e.code().name());
                        insert.setString(15, location);
                        insert.addBatch();
                        owner.add(i);
                    }
                }
                int[] counts = owner.isEmpty() ? new int[0] : insert.executeBatch();
                for (int k = 0; k < counts.length; k++) {
                    if (counts[k] == 1) {
                        added[owner.get(k)]++;
                    } else {
                        duplicates[owner.get(k)]++;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO reports (shipment_id, at_ms, type) SELECT ?, ?, ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM reports WHERE shipment_id = ? AND at_ms = ? AND type = ?)")) {
                boolean any = false;
                for (Shipment shipment : shipments) {
                    for (CustomerReport r : shipment.reports()) {
                        insert.setString(1, shipment.id());
                        insert.setLong(2, r.at().toEpochMilli());
                        insert.setString(3, r.type().name());
                        insert.setString(4, shipment.id());
                        insert.setLong(5, r.at().toEpochMilli());
                        insert.setString(6, r.type().name());
                        insert.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    insert.executeBatch();
                }
            }
            // due at once: the next tick, at whatever instant, looks at it (and reopens one that was closed)
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schedule (shipment_id, is_open, due_at) SELECT ?, TRUE, ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM schedule WHERE shipment_id = ?)");
                 PreparedStatement update = connection.prepareStatement(
                    "UPDATE schedule SET is_open = TRUE, due_at = ? WHERE shipment_id = ?")) {
                for (Shipment shipment : shipments) {
                    insert.setString(1, shipment.id());
                    insert.setLong(2, Long.MIN_VALUE);
                    insert.setString(3, shipment.id());
                    insert.addBatch();
                }
                insert.executeBatch();
                for (Shipment shipment : stored) {
                    update.setLong(1, Long.MIN_VALUE);
                    update.setString(2, shipment.id());
                    update.addBatch();
                }
                if (!stored.isEmpty()) {
                    update.executeBatch();
                }
            }
            List<MergeResult> results = new ArrayList<>();
            for (int i = 0; i < shipments.size(); i++) {
                results.add(new MergeResult(shipments.get(i).id(), added[i], duplicates[i]));
            }
            return results;
        });
    }

    /** Inserts the headers of the shipments not yet stored, in one batch; answers the ones already stored. */
    private List<Shipment> insertHeaders(List<Shipment> shipments, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO shipments (id, origin, destination, mode, carrier, tracking_number, shipped_at, "
                        + "promised_by, value_amount, value_currency, weight_kg, language, created_at, updated_at, "
                        + "status_progress, status_reason, status_at, status_said) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM shipments WHERE id = ?)")) {
            for (Shipment s : shipments) {
                insert.setString(1, s.id());
                insert.setString(2, s.lane().origin().value());
                insert.setString(3, s.lane().destination().value());
                insert.setString(4, s.lane().mode().name());
                insert.setString(5, s.lane().carrier());
                insert.setString(6, s.trackingNumber().orElse(null));
                insert.setString(7, s.shippedAt().isEmpty() ? null : s.shippedAt().orElseThrow().toString());
                setDate(insert, 8, s.promisedBy().orElse(null));
                insert.setString(9, s.value().isEmpty() ? null : s.value().orElseThrow().amount().toPlainString());
                insert.setString(10, s.value().isEmpty() ? null : s.value().orElseThrow().currency().getCurrencyCode());
                insert.setString(11, s.weightKg().isEmpty() ? null : s.weightKg().orElseThrow().toString());
                insert.setString(12, s.language().isEmpty() ? null : s.language().orElseThrow().toLanguageTag());
                insert.setLong(13, at.toEpochMilli());
                insert.setLong(14, at.toEpochMilli());
                setStatus(insert, 15, s.carrierStatus().orElse(null));
                insert.setString(19, s.id());
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            List<Shipment> stored = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 1) {
                    stored.add(shipments.get(i));
                }
            }
            return stored;
        }
    }

    private void updateHeader(Shipment s, Instant at) throws SQLException {
        // the lane always comes with a shipment; other fields take the new values where given
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE shipments SET origin = ?, destination = ?, mode = ?, carrier = COALESCE(?, carrier), "
                        + "tracking_number = COALESCE(?, tracking_number), shipped_at = COALESCE(?, shipped_at), "
                        + "promised_by = COALESCE(?, promised_by), value_amount = COALESCE(?, value_amount), "
                        + "value_currency = COALESCE(?, value_currency), weight_kg = COALESCE(?, weight_kg), "
                        + "language = COALESCE(?, language), updated_at = ?, "
                        + "status_progress = COALESCE(?, status_progress), status_reason = CASE WHEN ? IS NULL "
                        + "THEN status_reason ELSE ? END, status_at = CASE WHEN ? IS NULL THEN status_at ELSE ? END, "
                        + "status_said = COALESCE(?, status_said) WHERE id = ?")) {
            update.setString(1, s.lane().origin().value());
            update.setString(2, s.lane().destination().value());
            update.setString(3, s.lane().mode().name());
            update.setString(4, s.lane().carrier());
            update.setString(5, s.trackingNumber().orElse(null));
            update.setString(6, s.shippedAt().isEmpty() ? null : s.shippedAt().orElseThrow().toString());
            setDate(update, 7, s.promisedBy().orElse(null));
            update.setString(8, s.value().isEmpty() ? null : s.value().orElseThrow().amount().toPlainString());
            update.setString(9, s.value().isEmpty() ? null : s.value().orElseThrow().currency().getCurrencyCode());
            update.setString(10, s.weightKg().isEmpty() ? null : s.weightKg().orElseThrow().toString());
            update.setString(11, s.language().isEmpty() ? null : s.language().orElseThrow().toLanguageTag());
            update.setLong(12, at.toEpochMilli());
            // a status given replaces the stored one whole (its reason and date go with it)
            CarrierStatus status = s.carrierStatus().orElse(null);
            String progress = status == null ? null : status.progress().name();
            update.setString(13, progress);
            update.setString(14, progress);
            update.setString(15, status == null || status.reason() == null ? null : status.reason().name());
            update.setString(16, progress);
            update.setString(17, status == null || status.at() == null ? null : status.at().toString());
            update.setString(18, status == null ? null : status.said());
            update.setString(19, s.id());
            update.executeUpdate();
        }
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
                Map<String, Shipment.Builder> builders = readHeaders(group);
                readEvents(group, builders);
                readReports(group, builders);
                Map<String, List<LedgerEntry>> ledgers = readLedgers(group);
                Map<String, WatchState> states = readStates(group, ledgers);
                for (String id : group) {
                    Shipment.Builder builder = builders.get(id);
                    if (builder != null) {
                        WatchState state = states.getOrDefault(id, new WatchState(null, null, null, null,
                                ledgers.getOrDefault(id, List.of())));
                        found.put(id, new WatchedShipment(builder.build(), state));
                    }
                }
            }
            return found;
        });
    }

    private static List<List<String>> groups(List<String> ids) {
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
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

    private Map<String, Shipment.Builder> readHeaders(List<String> ids) throws SQLException {
        Map<String, Shipment.Builder> builders = new HashMap<>();
        try (PreparedStatement q = selectIn("SELECT id, origin, destination, mode, carrier, "
                + "tracking_number, shipped_at, promised_by, value_amount, value_currency, weight_kg, language, "
                + "status_progress, status_reason, status_at, status_said FROM shipments WHERE id IN (?)", ids);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                Lane lane = new Lane(CountryCode.of(rs.getString(2)), CountryCode.of(rs.getString(3)),
                        Mode.valueOf(rs.getString(4)), rs.getString(5));
                Shipment.Builder builder = Shipment.builder(id, lane).trackingNumber(rs.getString(6));
                String shippedAt = rs.getString(7);
                if (shippedAt != null) {
                    builder.shippedAt(OffsetDateTime.parse(shippedAt));
                }
                builder.promisedBy(date(rs, 8));
                String amount = rs.getString(9);
                if (amount != null) {
                    builder.value(Money.of(Money.currency(rs.getString(10)), new BigDecimal(amount)));
                }
                String weight = rs.getString(11);
                builder.weightKg(weight == null ? null : new BigDecimal(weight));
                String language = rs.getString(12);
                builder.language(language == null ? null : Locale.forLanguageTag(language));
                builder.carrierStatus(readStatus(rs, 13));
                builders.put(id, builder);
            }
        }
        return builders;
    }

    private void readEvents(List<String> ids, Map<String, Shipment.Builder> builders) throws SQLException {
        try (PreparedStatement q = selectIn("SELECT shipment_id, at_text, code, location, reason, country, "
                + "detail, time_basis, reading_rule, reading_certainty FROM events WHERE shipment_id IN (?) "
                + "ORDER BY shipment_id, at_ms, code, location", ids);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                Shipment.Builder builder = builders.get(rs.getString(1));
                if (builder == null) {
                    continue;
                }
                TrackingEvent.Builder event = TrackingEvent.builder(OffsetDateTime.parse(rs.getString(2)),
                        EventCode.valueOf(rs.getString(3)));
                String location = rs.getString(4);
                event.location(location.isEmpty() ? null : location);
                String reason = rs.getString(5);
                event.reason(reason == null ? null : Reason.valueOf(reason));
                String country = rs.getString(6);
                event.country(country == null ? null : CountryCode.of(country));
                event.detail(rs.getString(7));
                String basis = rs.getString(8);
                event.timeBasis(basis == null ? TimeBasis.OFFSET_GIVEN : TimeBasis.valueOf(basis));
                String rule = rs.getString(9);
                event.reading(rule == null ? null
                        : TextReading.of(rule, TextReading.Certainty.valueOf(rs.getString(10))));
                builder.event(event.build());
            }
        }
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
                ledgers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new LedgerEntry(
                        NoticeKind.valueOf(rs.getString(2)), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))));
            }
        }
        return ledgers;
    }

    private Map<String, WatchState> readStates(List<String> ids, Map<String, List<LedgerEntry>> ledgers)
            throws SQLException {
        Map<String, WatchState> states = new HashMap<>();
        try (PreparedStatement q = selectIn("SELECT shipment_id, status, stage, exception, cause, eta_likely, "
                + "promised_by, claim_deadline, escalate, destination, told_eta, exception_key, exception_since "
                + "FROM verdicts WHERE shipment_id IN (?)", ids);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                Snapshot last = new Snapshot(Status.valueOf(rs.getString(2)), Stage.valueOf(rs.getString(3)),
                        ExceptionType.valueOf(rs.getString(4)), Cause.valueOf(rs.getString(5)), date(rs, 6),
                        date(rs, 7), date(rs, 8), rs.getBoolean(9), CountryCode.of(rs.getString(10)), null);
                long since = rs.getLong(13);
                Instant exceptionSince = rs.wasNull() ? null : Instant.ofEpochMilli(since);
                states.put(id, new WatchState(last, date(rs, 11), rs.getString(12), exceptionSince,
                        ledgers.getOrDefault(id, List.of())));
            }
        }
        return states;
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
            List<String> candidates = new ArrayList<>();
            try (PreparedStatement q = connection.prepareStatement("SELECT shipment_id FROM schedule "
                    + "WHERE is_open = TRUE AND due_at <= ? AND (lease_until IS NULL OR lease_until <= ? "
                    + "OR lease_owner = ?) ORDER BY due_at, shipment_id")) {
                q.setLong(1, now.toEpochMilli());
                q.setLong(2, now.toEpochMilli());
                q.setString(3, owner);
                q.setMaxRows(limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getString(1));
                    }
                }
            }
            List<String> leased = new ArrayList<>();
            try (PreparedStatement take = connection.prepareStatement("UPDATE schedule SET lease_owner = ?, "
                    + "lease_until = ? WHERE shipment_id = ? AND (lease_until IS NULL OR lease_until <= ? "
                    + "OR lease_owner = ?)")) {
                for (String id : candidates) {
                    take.setString(1, owner);
                    take.setLong(2, now.plus(lease).toEpochMilli());
                    take.setString(3, id);
                    take.setLong(4, now.toEpochMilli());
                    take.setString(5, owner);
                    take.addBatch();
                }
                int[] counts = candidates.isEmpty() ? new int[0] : take.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 1) {
                        leased.add(candidates.get(i));
                    }
                }
            }
            return leased;
        });
    }

    @Override
    public void record(String id, Outcome outcome) {
        recordAll(Map.of(id, outcome));
    }

    /** One transaction for all of {@code outcomes}, each statement batched. */
    @Override
    public void recordAll(Map<String, Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        inTransaction("record", () -> {
            List<String> ids = List.copyOf(outcomes.keySet());
            for (List<String> group : groups(ids)) {
                try (PreparedStatement delete = selectIn("DELETE FROM verdicts WHERE shipment_id IN (?)", group)) {
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO verdicts (shipment_id, "
                    + "assessed_at, status, stage, exception, cause, eta_likely, promised_by, claim_deadline, "
                    + "escalate, destination, told_eta, exception_key, exception_since, verdict_json) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
                    bindVerdict(insert, e.getKey(), e.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO transitions (shipment_id, "
                    + "at_ms, field, from_value, to_value, cause) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM transitions WHERE shipment_id = ? AND at_ms = ? AND field = ?)")) {
                boolean any = false;
                for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
                    String id = e.getKey();
                    for (Transition t : e.getValue().decision().transitions()) {
                        insert.setString(1, id);
                        insert.setLong(2, t.at().toEpochMilli());
                        insert.setString(3, t.field().name());
                        insert.setString(4, t.from());
                        insert.setString(5, t.to());
                        insert.setString(6, t.cause().name());
                        insert.setString(7, id);
                        insert.setLong(8, t.at().toEpochMilli());
                        insert.setString(9, t.field().name());
                        insert.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    insert.executeBatch();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notices (id, shipment_id, "
                    + "audience, kind, cause_key, decided_at, send_after, language, channel, subject, body, "
                    + "eta_told, eta_now, verdict_json) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM notices WHERE id = ?)")) {
                boolean any = false;
                for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
                    for (StoredNotice n : e.getValue().notices()) {
                        bindNotice(insert, e.getKey(), e.getValue(), n);
                        insert.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    insert.executeBatch();
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE schedule SET is_open = ?, "
                    + "due_at = ?, lease_owner = NULL, lease_until = NULL WHERE shipment_id = ?")) {
                for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
                    Instant next = e.getValue().nextDue();
                    update.setBoolean(1, next != null);
                    update.setLong(2, next == null ? Long.MAX_VALUE : next.toEpochMilli());
                    update.setString(3, e.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    private static void bindVerdict(PreparedStatement insert, String id, Outcome outcome) throws SQLException {
        WatchState state = outcome.decision().after();
        Snapshot s = state.last();
        insert.setString(1, id);
        insert.setLong(2, outcome.at().toEpochMilli());
        insert.setString(3, s.status().name());
        insert.setString(4, s.stage().name());
        insert.setString(5, s.exception().name());
        insert.setString(6, s.cause().name());
        setDate(insert, 7, s.etaLikely());
        setDate(insert, 8, s.promisedBy());
        setDate(insert, 9, s.claimDeadline());
        insert.setBoolean(10, s.escalate());
        insert.setString(11, s.destination().value());
        setDate(insert, 12, state.toldEta());
        insert.setString(13, state.exceptionKey());
        if (state.exceptionSince() == null) {
            insert.setNull(14, Types.BIGINT);
        } else {
            insert.setLong(14, state.exceptionSince().toEpochMilli());
        }
        insert.setString(15, outcome.verdictJson());
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
        insert.setString(8, n.language());
        insert.setString(9, n.channel());
        insert.setString(10, n.subject());
        insert.setString(11, n.body());
        setDate(insert, 12, decided == null ? null : decided.etaTold());
        setDate(insert, 13, decided == null ? null : decided.etaNow());
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
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + name + ": " + firstLine(e), e);
        }
    }

    private static void setStatus(PreparedStatement statement, int index, CarrierStatus status)
            throws SQLException {
        statement.setString(index, status == null ? null : status.progress().name());
        statement.setString(index + 1, status == null || status.reason() == null ? null : status.reason().name());
        statement.setString(index + 2, status == null || status.at() == null ? null : status.at().toString());
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
