package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.watch.NoticeJson;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.ShipmentStores;
import dev.waybill.watch.StoreException;
import dev.waybill.watch.StoredNotice;

/**
 * What {@code ingest}, {@code watch} and {@code notices} share: opening {@code --db} and writing a
 * notice line.
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

    /** A notice as {@code watch} prints it; with {@code sentAt} for {@code notices}. */
    static ObjectNode line(StoredNotice notice, boolean withSentAt) {
        return NoticeJson.of(notice, withSentAt);
    }
}
