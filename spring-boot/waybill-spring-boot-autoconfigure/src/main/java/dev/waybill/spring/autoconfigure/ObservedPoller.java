package dev.waybill.spring.autoconfigure;

import dev.waybill.shipment.Shipment;
import dev.waybill.watch.Poller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A poller that polls one carrier at a time and tells the observer how each went and how long it took. */
final class ObservedPoller implements Poller {

    private final Poller poller;
    private final WaybillObserver observer;

    ObservedPoller(Poller poller, WaybillObserver observer) {
        this.poller = poller;
        this.observer = observer;
    }

    @Override
    public Optional<Shipment> poll(Shipment shipment) {
        return Optional.ofNullable(pollAll(List.of(shipment)).get(shipment.id()));
    }

    @Override
    public Map<String, Shipment> pollAll(List<Shipment> shipments) {
        Map<String, List<Shipment>> byCarrier = new LinkedHashMap<>();
        for (Shipment s : shipments) {
            String carrier = s.lane().carrier() == null ? "none" : s.lane().carrier();
            byCarrier.computeIfAbsent(carrier, c -> new ArrayList<>()).add(s);
        }
        Map<String, Shipment> fresh = new LinkedHashMap<>();
        for (Map.Entry<String, List<Shipment>> group : byCarrier.entrySet()) {
            long start = System.nanoTime();
            try {
                Map<String, Shipment> polled = poller.pollAll(group.getValue());
                fresh.putAll(polled);
                observer.poll(group.getKey(), polled.isEmpty() ? "unchanged" : "updated",
                        Duration.ofNanos(System.nanoTime() - start));
            } catch (RuntimeException e) {
                observer.poll(group.getKey(), "failed", Duration.ofNanos(System.nanoTime() - start));
                throw e;
            }
        }
        return fresh;
    }
}
