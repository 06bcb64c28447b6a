package dev.waybill.watch;

import dev.waybill.shipment.Shipment;
import dev.waybill.watch.rules.WatchState;
import java.util.Objects;

/**
 * A shipment as the store holds it: its merged journey and what the rules remember of it.
 *
 * @param shipment the shipment with every stored event and report
 * @param state    the latest verdict, what the buyer was told and the ledger
 * @param merges   how many merges had added events or reports to it when it was read: a look at it hands
 *                 this back in its {@link Outcome}, so that a merge since is not overwritten by its record
 */
public record WatchedShipment(Shipment shipment, WatchState state, long merges) {

    /** Validates the parts. */
    public WatchedShipment {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(state, "state");
    }
}
