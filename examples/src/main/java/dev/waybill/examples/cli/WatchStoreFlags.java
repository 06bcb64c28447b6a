package dev.waybill.examples.cli;

import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.ShipmentStores;
import dev.waybill.watch.StoreException;

/**
 * What {@code ingest}, {@code watch} and {@code notices} share: opening {@code --db}.
 */
final class WatchStoreFlags {

    private WatchStoreFlags() {
    }

    /**
     * Opens and migrates the store {@code --db} names.
     *
     * @throws UsageException (exit 1) with the one-line reason when it cannot be opened or migrated
     */
    static ShipmentStore open(Arguments arguments) throws UsageException {
        String db = arguments.required("db");
        // Flyway's progress lines are not the user's business; warnings still reach standard error
        System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "warn");
        try {
            return ShipmentStores.open(db);
        } catch (StoreException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
