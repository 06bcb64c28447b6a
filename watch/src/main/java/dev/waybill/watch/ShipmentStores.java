package dev.waybill.watch;

import dev.waybill.watch.internal.JdbcShipmentStore;

/**
 * Opens {@link ShipmentStore}s.
 *
 * <pre>{@code
 * try (ShipmentStore store = ShipmentStores.open("shop.db")) {          // an H2 file, created when absent
 *     store.merge(shipment, Instant.now());
 * }
 * ShipmentStore pg = ShipmentStores.open("jdbc:postgresql://db/waybill?user=w&password=s");
 * }</pre>
 */
public final class ShipmentStores {

    private ShipmentStores() {
    }

    /**
     * Opens the store {@code db} and brings its schema up to date (Flyway, versions from 1): a JDBC
     * URL ({@code jdbc:h2:...}, {@code jdbc:postgresql://...}) or a bare path, which means an H2
     * database in that file ({@code .mv.db} added by H2), created when absent.
     *
     * @throws StoreException with a one-line reason when it cannot be opened or migrated
     */
    public static ShipmentStore open(String db) {
        return JdbcShipmentStore.open(db);
    }

    /**
     * Opens the store on a connection of {@code dataSource}, an application's database, bringing its
     * schema up to date first when {@code migrate} (Flyway, history table {@code waybill_schema_history},
     * tables already there baselined at version 0).
     *
     * @throws StoreException with a one-line reason when it cannot be opened or migrated
     */
    public static ShipmentStore open(javax.sql.DataSource dataSource, boolean migrate) {
        return JdbcShipmentStore.open(java.util.Objects.requireNonNull(dataSource, "dataSource"), migrate);
    }
}
