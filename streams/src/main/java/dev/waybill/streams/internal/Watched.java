package dev.waybill.streams.internal;

import dev.waybill.shipment.Shipment;
import dev.waybill.watch.rules.WatchState;
import java.time.Instant;
import java.util.Objects;

/**
 * What the topology keeps per shipment: its journey so far, what the rules remember, and when it is
 * looked at again.
 *
 * @param shipment the merged journey
 * @param state    the latest verdict's snapshot, what the buyer was told, the notice ledger
 * @param due      the next look, null when watching has stopped (delivered, claim closed)
 */
public record Watched(Shipment shipment, WatchState state, Instant due) {

    /** Validates the parts. */
    public Watched {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(state, "state");
    }
}
