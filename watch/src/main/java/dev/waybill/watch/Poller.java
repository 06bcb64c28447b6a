package dev.waybill.watch;

import dev.waybill.shipment.Shipment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches fresh tracking for due shipments: the carriers' adapters where keys are configured.
 * {@link #NONE} polls nothing (shipments then change by ingest and by the passing of time).
 */
@FunctionalInterface
public interface Poller {

    /** Polls nothing. */
    Poller NONE = shipment -> Optional.empty();

    /**
     * Fresh tracking for {@code shipment}, to be merged into it; empty when its carrier is not
     * configured or has nothing. A carrier that fails yields nothing; the watcher retries it at the
     * shipment's next due time.
     */
    Optional<Shipment> poll(Shipment shipment);

    /**
     * Fresh tracking for each of {@code shipments}, by shipment id (absent where there is none). The
     * default polls one at a time; a budgeted poller batches by carrier.
     */
    default Map<String, Shipment> pollAll(List<Shipment> shipments) {
        Map<String, Shipment> fresh = new LinkedHashMap<>();
        for (Shipment shipment : shipments) {
            poll(shipment).ifPresent(s -> fresh.put(shipment.id(), s));
        }
        return fresh;
    }

    /**
     * The carriers this poller has stopped polling because their adapter has no credentials, each with the
     * settings to give ({@link dev.waybill.carrier.MissingCredentialsException#settings()}: {@code apiKey}),
     * so that a host can say in its users' terms what to set; empty by default.
     */
    default Map<String, List<String>> notPolling() {
        return Map.of();
    }
}
