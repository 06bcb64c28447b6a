package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL, started once for the class (no Docker). */
class PostgresStoreTest extends StoreContract {

    private static EmbeddedPostgres postgres;
    private int n;
    private String url;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    ShipmentStore store() {
        String db = "t" + System.identityHashCode(this) + "_" + (n++);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        url = postgres.getJdbcUrl("postgres", db);
        return ShipmentStores.open(url);
    }

    @Test
    void aDueRowAnotherTransactionHoldsIsSkippedNotWaitedFor() throws SQLException {
        try (ShipmentStore store = store(); Connection other = DriverManager.getConnection(url)) {
            store.merge(Fixtures.pickedUp("o-1"), T0);
            store.merge(Fixtures.pickedUp("o-2"), T0);
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                // another watcher in the middle of leasing o-1 holds its row
                s.execute("SELECT shipment_id FROM schedule WHERE shipment_id = 'o-1' FOR UPDATE");
                assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                        assertThat(store.leaseDue(T0, "b", Duration.ofMinutes(5), 10)).containsExactly("o-2"));
            } finally {
                other.rollback();
            }
            assertThat(store.leaseDue(T0, "c", Duration.ofMinutes(5), 10)).containsExactly("o-1");
        }
    }
}
