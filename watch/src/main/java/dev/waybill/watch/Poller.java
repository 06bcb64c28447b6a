package dev.waybill.watch;

import dev.waybill.shipment.Shipment;
import java.util.Optional;

/**
 * Fetches fresh tracking for a due shipment: the carriers' adapters where keys are configured.
 * {@link #NONE} polls nothing (shipments then change by ingest and by the passing of time).
 */
@FunctionalInterface
public interface Poller {

    /** Polls nothing. */
    Poller NONE = shipment -> Optional.empty();

    /**
     * Fresh tracking for {@code shipment}, to be merged into it; empty when its carrier is not
     * configured or has nothing. A carrier that fails throws; the watcher retries it at the next tick.
     */
    Optional<Shipment> poll(Shipment shipment);
}
