package dev.waybill.spring.autoconfigure;

import dev.waybill.shipment.Shipment;
import dev.waybill.watch.LeasedBatch;
import dev.waybill.watch.MergeResult;
import dev.waybill.watch.Outcome;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.StoredNotice;
import dev.waybill.watch.WatchedShipment;
import dev.waybill.watch.rules.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A store that tells the observer of each recorded transition and verdict. Closing it leaves the delegate open. */
final class ObservedStore implements ShipmentStore {

    private final ShipmentStore store;
    private final WaybillObserver observer;

    ObservedStore(ShipmentStore store, WaybillObserver observer) {
        this.store = store;
        this.observer = observer;
    }

    @Override
    public void record(String id, Outcome outcome) {
        store.record(id, outcome);
        observe(outcome);
    }

    @Override
    public void recordAll(Map<String, Outcome> outcomes) {
        store.recordAll(outcomes);
        outcomes.values().forEach(this::observe);
    }

    @Override
    public Set<String> recordAll(String owner, Map<String, Outcome> outcomes) {
        Set<String> recorded = store.recordAll(owner, outcomes);
        recorded.forEach(id -> observe(outcomes.get(id)));
        return recorded;
    }

    private void observe(Outcome outcome) {
        for (Transition transition : outcome.decision().transitions()) {
            observer.transition(transition.field().name().toLowerCase(Locale.ROOT));
        }
        outcome.decision().after().last().ifPresent(last -> observer.verdict(last.status().name()));
    }

    @Override
    public Map<String, WatchedShipment> findAll(List<String> ids) {
        return store.findAll(ids);
    }

    @Override
    public Map<String, Instant> lastWebhooks(List<String> ids) {
        return store.lastWebhooks(ids);
    }

    @Override
    public MergeResult merge(Shipment shipment, Instant at) {
        return store.merge(shipment, at);
    }

    @Override
    public List<MergeResult> mergeAll(List<Shipment> shipments, Instant at) {
        return store.mergeAll(shipments, at);
    }

    @Override
    public void webhookReceived(String id, Instant at) {
        store.webhookReceived(id, at);
    }

    @Override
    public Optional<Instant> lastWebhook(String id) {
        return store.lastWebhook(id);
    }

    @Override
    public Optional<String> idByTrackingNumber(String carrier, String trackingNumber) {
        return store.idByTrackingNumber(carrier, trackingNumber);
    }

    @Override
    public boolean lease(String id, String owner, Instant now, Duration lease) {
        return store.lease(id, owner, now, lease);
    }

    @Override
    public Optional<WatchedShipment> find(String id) {
        return store.find(id);
    }

    @Override
    public List<String> leaseDue(Instant now, String owner, Duration lease, int limit) {
        return store.leaseDue(now, owner, lease, limit);
    }

    @Override
    public LeasedBatch leaseBatch(Instant now, String owner, Duration lease, int limit) {
        return store.leaseBatch(now, owner, lease, limit);
    }

    @Override
    public List<StoredNotice> unsent(Instant now) {
        return store.unsent(now);
    }

    @Override
    public boolean claimNotice(String noticeId, String owner, Instant now, Duration lease) {
        return store.claimNotice(noticeId, owner, now, lease);
    }

    @Override
    public void markSent(String noticeId, Instant at) {
        store.markSent(noticeId, at);
    }

    @Override
    public List<StoredNotice> notices(String shipment) {
        return store.notices(shipment);
    }

    @Override
    public List<Transition> transitions(String shipment) {
        return store.transitions(shipment);
    }

    @Override
    public void close() {
        // the application context closes the store bean itself
    }
}
