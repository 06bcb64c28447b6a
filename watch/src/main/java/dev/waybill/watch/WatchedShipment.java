package dev.waybill.watch;

import dev.waybill.shipment.Shipment;
import dev.waybill.watch.rules.WatchState;
import java.util.Objects;

/**
 * A shipment as the store holds it: its merged journey and what the rules remember of it.
 *
 * @param shipment the shipment with every stored event and report
 * @param state    the latest verdict, what the buyer was told and the ledger
 */
public record WatchedShipment(Shipment shipment, WatchState state) {

    /** Validates the parts. */
    public WatchedShipment {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(state, "state");
    }
}
