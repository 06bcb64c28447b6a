package dev.waybill.spring.autoconfigure;

import dev.waybill.shipment.Shipment;
import dev.waybill.watch.Poller;
import dev.waybill.watch.Pollers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A poller that polls one carrier at a time and tells the observer how each went ({@code updated},
 * {@code unchanged}, or {@code failed} when the carrier could not be reached) and how long each wait
 * for the carrier's rate limit took.
 */
final class ObservedPoller implements Poller {

    private final Poller poller;
    private final WaybillObserver observer;
    private final CarrierReachability reachability;
    private volatile String polling = "none";

    /** Observes the poller {@code pollers} builds around this poller's own {@link Pollers.Sleeper}. */
    ObservedPoller(Function<Pollers.Sleeper, Poller> pollers, WaybillObserver observer,
                   CarrierReachability reachability) {
        this.observer = observer;
        this.reachability = reachability;
        this.poller = pollers.apply(this::waitForRateLimit);
    }

    private void waitForRateLimit(Duration wait) throws InterruptedException {
        observer.rateLimitWait(polling, wait);
        Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
    }

    @Override
    public Optional<Shipment> poll(Shipment shipment) {
        return Optional.ofNullable(pollAll(List.of(shipment)).get(shipment.id()));
    }

    @Override
    public synchronized Map<String, Shipment> pollAll(List<Shipment> shipments) {
        Map<String, List<Shipment>> byCarrier = new LinkedHashMap<>();
        for (Shipment s : shipments) {
            String carrier = s.lane().carrier().orElse("none");
            byCarrier.computeIfAbsent(carrier, c -> new ArrayList<>()).add(s);
        }
        Map<String, Shipment> fresh = new LinkedHashMap<>();
        for (Map.Entry<String, List<Shipment>> group : byCarrier.entrySet()) {
            String carrier = group.getKey();
            polling = carrier;
            int failuresBefore = reachability.failures(carrier);
            try {
                Map<String, Shipment> polled = poller.pollAll(group.getValue());
                fresh.putAll(polled);
                observer.poll(carrier, reachability.failures(carrier) > failuresBefore ? "failed"
                        : polled.isEmpty() ? "unchanged" : "updated");
            } catch (RuntimeException e) {
                observer.poll(carrier, "failed");
                throw e;
            }
        }
        return fresh;
    }
}
