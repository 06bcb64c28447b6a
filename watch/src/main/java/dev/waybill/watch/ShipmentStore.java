package dev.waybill.watch;

import dev.waybill.shipment.Shipment;
import dev.waybill.watch.rules.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The durable memory of watching: shipments with their merged events, the latest verdict and
 * state, the transitions, the notice ledger (an outbox) and the poll schedule.
 *
 * <p>Open one with {@link ShipmentStores#open(String)}. Implementations are thread-safe; every method
 * is one transaction, and a failure throws {@link StoreException} leaving the store as it was.
 */
public interface ShipmentStore extends AutoCloseable {

    /**
     * Adds {@code shipment}, or merges it into the stored one of the same id: new events are added, an
     * event equal in instant, code and location to a stored one is a duplicate and ignored, other
     * fields take the new values where given. The shipment is due at once (at the next tick, whatever its
     * instant); {@code at} stamps the change.
     */
    MergeResult merge(Shipment shipment, Instant at);

    /**
     * Merges {@code shipments} in order, each as {@link #merge} does, and answers what each did, in the
     * same order: a bounded batch of an import. The JDBC store merges the whole batch in one
     * transaction (all or none: a failure on one leaves every one of them as it was); this default
     * merges each in its own.
     */
    default List<MergeResult> mergeAll(List<Shipment> shipments, Instant at) {
        List<MergeResult> results = new ArrayList<>(shipments.size());
        for (Shipment shipment : shipments) {
            results.add(merge(shipment, at));
        }
        return results;
    }

    /**
     * The id of the stored shipment with {@code trackingNumber}, empty when none; where several
     * have it, the one of {@code carrier}, else the most recently changed.
     */
    Optional<String> idByTrackingNumber(String carrier, String trackingNumber);

    /**
     * Leases the one shipment {@code id} to {@code owner} for {@code lease}, due or not; true when it
     * is now {@code owner}'s (also when it already was).
     */
    boolean lease(String id, String owner, Instant now, Duration lease);

    /** The stored shipment and its state, empty when unknown. */
    Optional<WatchedShipment> find(String id);

    /**
     * The stored shipments among {@code ids} with their states, in the order given; an unknown id is left
     * out. The JDBC store reads them with a few set-based queries in one transaction; this default finds
     * each.
     */
    default Map<String, WatchedShipment> findAll(List<String> ids) {
        Map<String, WatchedShipment> found = new LinkedHashMap<>();
        for (String id : ids) {
            find(id).ifPresent(w -> found.put(id, w));
        }
        return found;
    }

    /**
     * Leases up to {@code limit} open shipments due at {@code now} to {@code owner} for {@code lease};
     * a shipment leased by another owner whose lease has not run out is skipped.
     *
     * @return the leased shipments' ids, the longest due first
     */
    List<String> leaseDue(Instant now, String owner, Duration lease, int limit);

    /**
     * Leases up to {@code limit} due shipments as {@link #leaseDue} does and reads them with their states
     * and webhook times. The JDBC store leases and reads in one transaction (one update, then one read of
     * the batch's headers with their verdicts, one of its events, one of its reports and ledgers together);
     * this default leases, then reads.
     */
    default LeasedBatch leaseBatch(Instant now, String owner, Duration lease, int limit) {
        List<String> ids = leaseDue(now, owner, lease, limit);
        return new LeasedBatch(findAll(ids), lastWebhooks(ids));
    }

    /**
     * Records one shipment's outcome in one transaction: state, latest verdict, transitions, the new
     * notices (a notice whose id is already stored is kept as it is) and the next due time; releases
     * the lease. The next due time is written only where no merge has added events or reports since the
     * look read the shipment ({@link Outcome#merges}); else the shipment stays due at once.
     */
    void record(String id, Outcome outcome);

    /**
     * Records each shipment's outcome as {@link #record} does. The JDBC store records them all in one
     * transaction with batched statements (all or none); this default records each in its own.
     */
    default void recordAll(Map<String, Outcome> outcomes) {
        outcomes.forEach(this::record);
    }

    /**
     * Records, as {@link #recordAll(Map)} does, the outcomes of the shipments still leased to {@code owner},
     * and drops the others: a shipment whose lease ran out while it was looked at, and that another watcher
     * has leased since, keeps what that watcher records (this look read an older state; recording it too
     * would give the same change two transitions and its notices two ids). The JDBC store checks and
     * records in one transaction; this default, for a store without leases of its own, records all.
     *
     * @return the ids of the shipments recorded
     */
    default Set<String> recordAll(String owner, Map<String, Outcome> outcomes) {
        recordAll(outcomes);
        return outcomes.keySet();
    }

    /** The unsent notices that may be sent at {@code now}, oldest first. */
    List<StoredNotice> unsent(Instant now);

    /**
     * Leases the unsent notice {@code noticeId} to {@code owner} for {@code lease} so that no other
     * watcher hands it to a sink meanwhile; true when it is now {@code owner}'s (also when it already was).
     */
    boolean claimNotice(String noticeId, String owner, Instant now, Duration lease);

    /** Marks the notice sent at {@code at}; a notice already marked keeps its first time. */
    void markSent(String noticeId, Instant at);

    /** Every notice decided so far, oldest first; only {@code shipment}'s when it is not null. */
    List<StoredNotice> notices(String shipment);

    /**
     * Notes that a webhook delivery named shipment {@code id} at {@code at}, so that it is polled only as a
     * slow fallback. The default (a store that does not keep it) notes nothing.
     */
    default void webhookReceived(String id, Instant at) {
    }

    /** When a webhook delivery last named shipment {@code id}; empty when never (or not kept). */
    default Optional<Instant> lastWebhook(String id) {
        return Optional.empty();
    }

    /** When a webhook delivery last named each of {@code ids}; an id never named (or not kept) is left out. */
    default Map<String, Instant> lastWebhooks(List<String> ids) {
        Map<String, Instant> at = new LinkedHashMap<>();
        for (String id : ids) {
            lastWebhook(id).ifPresent(t -> at.put(id, t));
        }
        return at;
    }

    /** The transitions of {@code shipment}, oldest first. */
    List<Transition> transitions(String shipment);

    /** Closes the connection; the data stays. */
    @Override
    void close();
}
