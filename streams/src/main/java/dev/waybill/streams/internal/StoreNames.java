package dev.waybill.streams.internal;

/**
 * The state stores of the topology, each changelogged.
 *
 * @param watched shipment id to {@link Watched} (journey, rules' state, next look)
 * @param due     the next looks, by time ({@link TimeIndex})
 * @param held    buyer notices waiting out the quiet hours, by the instant they may be sent
 * @param numbers tracking number to the watched shipments with it ({@link RouteProcessor}), when webhooks are read
 */
public record StoreNames(String watched, String due, String held, String numbers) {

    /** {@code waybill-watched}, {@code waybill-due}, {@code waybill-held}, {@code waybill-tracking-numbers}. */
    public static StoreNames defaults() {
        return new StoreNames("waybill-watched", "waybill-due", "waybill-held", "waybill-tracking-numbers");
    }
}
