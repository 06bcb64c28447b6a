package dev.waybill.watch.internal;

import dev.waybill.shipment.Shipment;

/**
 * What a poll or a webhook adds to a stored shipment: the carrier's events, and its word on the whole
 * shipment ({@code carrierStatus}) where it gives one, so that the store keeps what the verdict reads.
 */
public final class TrackingUpdate {

    private TrackingUpdate() {
    }

    /** {@code stored} with {@code fresh}'s events added and its carrier status, where it has one. */
    public static Shipment apply(Shipment stored, Shipment fresh) {
        Shipment merged = stored.plusEvents(fresh.events());
        return fresh.carrierStatus().isEmpty() ? merged
                : merged.toBuilder().carrierStatus(fresh.carrierStatus().orElseThrow()).build();
    }
}
