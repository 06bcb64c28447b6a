package dev.waybill.watch;

import dev.waybill.Waybill;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.watch.internal.WaybillCalls;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Poller}s over the carrier adapters of a {@link Waybill}.
 */
public final class Pollers {

    private static final Logger LOG = LoggerFactory.getLogger(Pollers.class);

    private Pollers() {
    }

    /**
     * Polls each shipment's own carrier by its tracking number through {@code waybill}'s adapters.
     * A shipment without carrier or number, or whose carrier has no adapter, is not polled; a
     * carrier that fails (down, no key, rate-limited) is logged and retried at the shipment's next
     * due time, never blocking the others. Budgets per carrier are not enforced yet: one call per
     * due shipment.
     */
    public static Poller carriers(Waybill waybill) {
        WaybillCalls calls = new WaybillCalls(waybill);
        return shipment -> {
            String carrier = shipment.lane().carrier();
            String number = shipment.trackingNumber();
            if (carrier == null || number == null) {
                return Optional.empty();
            }
            try {
                Optional<TrackingResult> result = calls.track(carrier, number);
                if (result.isPresent() && result.get() instanceof TrackingResult.Found found) {
                    return Optional.of(shipment.plusEvents(found.shipment().events()));
                }
                result.filter(TrackingResult.Failed.class::isInstance).map(TrackingResult.Failed.class::cast)
                        .ifPresent(failed -> LOG.warn("{}: polling {} failed, retried later: {}", shipment.id(),
                                carrier, failed.error().getMessage()));
                return Optional.empty();
            } catch (RuntimeException e) {
                LOG.warn("{}: polling {} failed, retried later: {}", shipment.id(), carrier, e.getMessage());
                return Optional.empty();
            }
        };
    }
}
