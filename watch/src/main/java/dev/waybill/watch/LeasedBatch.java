package dev.waybill.watch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A batch of due shipments leased to one watcher, read with their states: what a tick looks at.
 *
 * <p>Immutable.
 *
 * @param shipments the leased shipments with their states, the longest due first
 * @param webhooks  when a webhook delivery last named each of them; one never named is left out
 */
public record LeasedBatch(Map<String, WatchedShipment> shipments, Map<String, Instant> webhooks) {

    /** Copies the maps, keeping the order of the shipments. */
    public LeasedBatch {
        shipments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shipments));
        webhooks = Map.copyOf(webhooks);
    }
}
