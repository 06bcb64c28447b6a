package dev.waybill.examples.sandbox;

import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.util.List;
import java.util.Objects;

/**
 * One demo parcel: the API that serves it, its tracking number, and the recorded shipment, which
 * carries both what the carrier reports (the events) and what only the shop knows (order id, lane,
 * promise, value, language, buyer reports).
 *
 * <p>Immutable and thread-safe.
 *
 * @param api            the API serving it: {@code dhl}, {@code aftership}, {@code 17track}, {@code easypost},
 *                       {@code cainiao}, {@code usps} or {@code postnl}
 * @param trackingNumber the carrier's tracking number
 * @param recorded       the recorded shipment
 */
public record SandboxParcel(String api, String trackingNumber, Shipment recorded) {

    /** Validates the parts. */
    public SandboxParcel {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(recorded, "recorded");
    }

    /**
     * The shop's view of the parcel after tracking: the shop's own data with the events and the
     * hand-over the carriers reported ({@code tracked}'s), and the weight the carrier measured where the
     * shop has none.
     */
    public Shipment shopView(Shipment tracked) {
        return withEvents(tracked.events(), tracked.handOver().orElse(null),
                recorded.weightKg().or(tracked::weightKg).orElse(null));
    }

    /** The shop's view of the parcel when the carrier reported nothing. */
    public Shipment withoutTracking() {
        return withEvents(List.of(), null, recorded.weightKg().orElse(null));
    }

    /**
     * The parcel as its carrier knew it at {@code at}: the recorded events up to that instant and the
     * buyer's reports made by then.
     */
    public SandboxParcel asOf(java.time.Instant at) {
        return new SandboxParcel(api, trackingNumber, recorded.toBuilder()
                .events(recorded.events().stream().filter(e -> !e.instant().isAfter(at)).toList())
                .reports(recorded.reports().stream().filter(r -> !r.at().isAfter(at)).toList()).build());
    }

    private Shipment withEvents(List<TrackingEvent> events, HandOver handOver, java.math.BigDecimal weightKg) {
        return recorded.toBuilder().trackingNumber(trackingNumber).weightKg(weightKg).events(events)
                .handOver(handOver).build();
    }
}
