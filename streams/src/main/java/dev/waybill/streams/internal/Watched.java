package dev.waybill.streams.internal;

import dev.waybill.shipment.Shipment;
import dev.waybill.watch.rules.WatchState;
import java.time.Instant;
import java.util.Objects;

/**
 * What the topology keeps per shipment: its journey so far, what the rules remember, when it is
 * looked at again, which verdict line was written last and under which tracking number it is indexed.
 *
 * @param shipment the merged journey
 * @param state    the latest verdict's snapshot, what the buyer was told, the notice ledger
 * @param due      the next look, null when watching has stopped (delivered, claim closed)
 * @param verdict  the digest of the verdict line last written to the verdicts topic, null before the first
 * @param indexed  the tracking number (and carrier) in the tracking-number index, null when not indexed
 */
public record Watched(Shipment shipment, WatchState state, Instant due, String verdict, Indexed indexed) {

    /** Validates the parts. */
    public Watched {
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(state, "state");
    }

    /** This with the next look cleared: it is being taken. */
    public Watched taken() {
        return new Watched(shipment, state, null, verdict, indexed);
    }

    /**
     * An entry of the tracking-number index.
     *
     * @param number  the tracking number
     * @param carrier the lane's carrier, null when it names none
     */
    public record Indexed(String number, String carrier) {
        /** Validates the number. */
        public Indexed {
            Objects.requireNonNull(number, "number");
        }

        /** The entry of {@code shipment}, null when it has no tracking number. */
        public static Indexed of(Shipment shipment) {
            String number = shipment.trackingNumber().orElse(null);
            return number == null || number.isBlank() ? null : new Indexed(number, shipment.lane().carrier().orElse(null));
        }
    }
}
