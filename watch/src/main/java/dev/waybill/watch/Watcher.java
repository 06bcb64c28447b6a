package dev.waybill.watch;

import dev.waybill.Waybill;
import dev.waybill.shipment.Shipment;
import dev.waybill.watch.internal.TrackingUpdate;
import dev.waybill.watch.internal.WaybillCalls;
import dev.waybill.watch.rules.NoticePolicy;
import dev.waybill.watch.rules.PollSchedule;
import dev.waybill.watch.rules.Rules;
import dev.waybill.watch.rules.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Watches the shipments of a {@link ShipmentStore}. One {@link #tick(Instant)}: lease the due
 * shipments a batch at a time, read the batch, poll it, recompute each verdict at the tick's instant,
 * decide transitions and notices with the pure {@link Rules}, write all of the batch's outcomes in one
 * transaction (the notices are an outbox; a batch not written stays leased to this watcher and is
 * looked at again), then hand every unsent notice whose quiet hours are over to the {@link NoticeSink}
 * and mark it sent. A crash anywhere re-sends the same notice with the same id at the next tick,
 * never a new one.
 *
 * <p>Immutable and thread-safe apart from the store's own locking.
 *
 * <pre>{@code
 * Watcher watcher = Watcher.builder(store, DefaultPolicies.waybill().build())
 *         .sink(notice -> outbox.publish(notice)).build();
 * Watcher.Tick tick = watcher.tick(Instant.now());
 * }</pre>
 */
public final class Watcher {

    private static final String PROCESS_OWNER = "watcher-" + ProcessHandle.current().pid() + "-"
            + UUID.randomUUID().toString().substring(0, 8);

    /** The points of a tick a test may fail at. */
    enum Step { LEASED, POLLED, DECIDED, RECORDED, HANDED, MARKED }

    /** Called at each step; a test throws from it to simulate a crash. */
    interface Checkpoint {
        void reached(Step step, String shipmentOrNotice);
    }

    /**
     * Default: a shipment named by a webhook within this long is polled only as a slow fallback
     * ({@link PollSchedule#WEBHOOK_FALLBACK}); after it, the carrier may have stopped pushing.
     */
    static final Duration WEBHOOK_MEMORY = Duration.ofDays(7);

    private final ShipmentStore store;
    private final WaybillCalls calls;
    private final Looks looks;
    private final Poller poller;
    private final NoticeSink sink;
    private final String owner;
    private final Duration lease;
    private final int batch;
    private final Checkpoint checkpoint;

    private Watcher(Builder b) {
        this.store = b.store;
        this.calls = new WaybillCalls(b.waybill);
        this.looks = new Looks(b.waybill, b.policy);
        this.poller = b.poller;
        this.sink = b.sink;
        this.owner = b.owner;
        this.lease = b.lease;
        this.batch = b.batch;
        this.checkpoint = b.checkpoint;
    }

    /** A builder over {@code store}, judging with {@code waybill}. */
    public static Builder builder(ShipmentStore store, Waybill waybill) {
        return new Builder(store, waybill);
    }

    /**
     * What one tick did.
     *
     * @param looked      shipments leased and recomputed
     * @param transitions transitions recorded
     * @param sent        notices handed to the sink, in order
     */
    public record Tick(int looked, int transitions, List<StoredNotice> sent) {
        /** Copies the list. */
        public Tick {
            sent = List.copyOf(sent);
        }
    }

    /** Runs one tick at {@code now}. */
    public Tick tick(Instant now) {
        int looked = 0;
        int transitions = 0;
        int leased;
        do {
            LeasedBatch due = store.leaseBatch(now, owner, lease, batch);
            for (String id : due.shipments().keySet()) {
                checkpoint.reached(Step.LEASED, id);
            }
            List<Shipment> shipments = due.shipments().values().stream().map(WatchedShipment::shipment).toList();
            Map<String, Shipment> polled = shipments.isEmpty() ? Map.of() : poller.pollAll(shipments);
            transitions += lookAll(due, polled, now);
            leased = due.shipments().size();
            looked += leased;
        } while (leased >= batch);
        return new Tick(looked, transitions, deliver(now));
    }

    /**
     * Looks at one leased batch: merges what was polled (one transaction), reads back the shipments that
     * gained events, decides each, and records all the outcomes in one transaction.
     */
    private synchronized int lookAll(LeasedBatch leased, Map<String, Shipment> polled, Instant now) {
        Map<String, WatchedShipment> current = new LinkedHashMap<>(leased.shipments());
        Set<String> gained = new HashSet<>();
        List<Shipment> fresh = current.keySet().stream().filter(polled::containsKey).map(polled::get).toList();
        if (!fresh.isEmpty()) {
            for (MergeResult merged : store.mergeAll(fresh, now)) {
                if (merged.added() > 0) {
                    gained.add(merged.id());
                }
            }
            current.putAll(store.findAll(List.copyOf(gained)));
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        int transitions = 0;
        for (Map.Entry<String, WatchedShipment> entry : current.entrySet()) {
            String id = entry.getKey();
            WatchedShipment watched = entry.getValue();
            boolean first = watched.state().last().isEmpty();
            Trigger trigger = first ? Trigger.INGEST : gained.contains(id) ? Trigger.POLL : Trigger.TIME;
            checkpoint.reached(Step.POLLED, id);
            Outcome outcome = decide(watched, trigger, now, leased.webhooks().get(id));
            checkpoint.reached(Step.DECIDED, id);
            outcomes.put(id, outcome);
            transitions += outcome.decision().transitions().size();
        }
        store.recordAll(owner, outcomes);
        for (String id : current.keySet()) {
            checkpoint.reached(Step.RECORDED, id);
        }
        return transitions;
    }

    private Outcome decide(WatchedShipment watched, Trigger trigger, Instant now, Instant lastWebhook) {
        boolean webhooks = lastWebhook != null && lastWebhook.isAfter(now.minus(WEBHOOK_MEMORY));
        Looks.Look look = looks.look(watched.shipment(), watched.state(), trigger, now, webhooks);
        Optional<String> verdictJson = look.changesNothing() ? Optional.empty() : Optional.of(look.verdictJson());
        return new Outcome(now, look.decision(), look.notices(), verdictJson, look.next(), watched.merges());
    }

    /**
     * What a webhook delivery did.
     *
     * @param shipments the watched shipments it named, merged and recomputed
     * @param unknown   the tracking numbers it named that no stored shipment has (not stored)
     * @param sent      the notices handed to the sink
     */
    public record Accepted(List<String> shipments, List<String> unknown, List<StoredNotice> sent) {
        /** Copies the lists. */
        public Accepted {
            shipments = List.copyOf(shipments);
            unknown = List.copyOf(unknown);
            sent = List.copyOf(sent);
        }
    }

    /**
     * Takes a webhook delivery of {@code carrier}: verifies its signature over the raw bytes with
     * {@code secret}, merges the events into the watched shipments with those tracking numbers,
     * recomputes them at {@code now} (transitions caused by {@code WEBHOOK}), and sends the notices
     * due. A shipment another watcher holds is left due for it.
     *
     * @throws dev.waybill.carrier.WebhookSignatureException when the signature is missing or wrong;
     *         nothing is stored
     * @throws IllegalArgumentException when no adapter is called {@code carrier}
     */
    public Accepted accept(String carrier, dev.waybill.carrier.WebhookHeaders headers, byte[] rawBody, String secret,
                           Instant now) {
        List<Shipment> parsed = calls.webhook(carrier, rawBody, headers, secret);
        List<String> shipments = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Shipment pushed : parsed) {
            Optional<String> id = pushed.trackingNumber().isEmpty() ? Optional.empty()
                    : store.idByTrackingNumber(carrier, pushed.trackingNumber().orElseThrow());
            if (id.isEmpty()) {
                unknown.add(pushed.trackingNumber().isEmpty() ? pushed.id() : pushed.trackingNumber().orElseThrow());
                continue;
            }
            Optional<WatchedShipment> watched = store.find(id.get());
            if (watched.isEmpty()) {
                continue;
            }
            Shipment merged = TrackingUpdate.apply(watched.get().shipment(), pushed);
            store.merge(merged, now);
            store.webhookReceived(id.get(), now);
            if (store.lease(id.get(), owner, now, lease)) {
                lookPushed(id.get(), now);
            }
            shipments.add(id.get());
        }
        return new Accepted(shipments, unknown, deliver(now));
    }

    private synchronized List<StoredNotice> deliver(Instant now) {
        List<StoredNotice> sent = new ArrayList<>();
        for (StoredNotice notice : store.unsent(now)) {
            if (!store.claimNotice(notice.id(), owner, now, lease)) {
                continue;                          // another watcher is sending it
            }
            sink.accept(notice);
            checkpoint.reached(Step.HANDED, notice.id());
            store.markSent(notice.id(), now);
            checkpoint.reached(Step.MARKED, notice.id());
            sent.add(notice);
        }
        return sent;
    }

    private synchronized void lookPushed(String id, Instant now) {
        WatchedShipment watched = store.find(id).orElseThrow();
        checkpoint.reached(Step.POLLED, id);
        Outcome outcome = decide(watched, Trigger.WEBHOOK, now, store.lastWebhook(id).orElse(null));
        checkpoint.reached(Step.DECIDED, id);
        store.recordAll(owner, Map.of(id, outcome));
        checkpoint.reached(Step.RECORDED, id);
    }

    /**
     * The default lease owner's name: {@code watcher-}, this process's id and a random tag drawn once
     * ({@code watcher-4242-9f3c2a1b}), the same for every watcher of this process and different in every
     * other process (on any host), so that watchers on one database split the work with no name to set.
     */
    public static String processOwner() {
        return PROCESS_OWNER;
    }

    /** Builds a {@link Watcher}. */
    public static final class Builder {
        private final ShipmentStore store;
        private final Waybill waybill;
        private NoticePolicy policy = NoticePolicy.defaults();
        private Poller poller = Poller.NONE;
        private NoticeSink sink = notice -> { };
        private String owner = processOwner();
        private Duration lease = Duration.ofMinutes(5);
        private int batch = 500;
        private Checkpoint checkpoint = (step, id) -> { };

        private Builder(ShipmentStore store, Waybill waybill) {
            this.store = Objects.requireNonNull(store, "store");
            this.waybill = Objects.requireNonNull(waybill, "waybill");
        }

        /** The shop's notice policy; {@link NoticePolicy#defaults()} when not set. */
        public Builder policy(NoticePolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Fetches fresh tracking; {@link Poller#NONE} when not set. */
        public Builder poller(Poller poller) {
            this.poller = Objects.requireNonNull(poller, "poller");
            return this;
        }

        /** Where notices go; dropped when not set. */
        public Builder sink(NoticeSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * The name this watcher leases under; a watcher restarted with the same name takes its leases
         * back at once, another waits for them to run out. Default {@link Watcher#processOwner()}: two watchers
         * in two processes on one database must lease under different names, or each would take back
         * what the other has leased and both would look at the same shipments.
         */
        public Builder owner(String owner) {
            this.owner = Objects.requireNonNull(owner, "owner");
            return this;
        }

        /** How long a lease lasts; default 5 minutes. */
        public Builder lease(Duration lease) {
            this.lease = Objects.requireNonNull(lease, "lease");
            return this;
        }

        /** How many shipments are leased at a time; default 500. */
        public Builder batch(int batch) {
            if (batch < 1) {
                throw new IllegalArgumentException("batch must be at least 1: " + batch);
            }
            this.batch = batch;
            return this;
        }

        Builder checkpoint(Checkpoint checkpoint) {
            this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
            return this;
        }

        /** The watcher. */
        public Watcher build() {
            return new Watcher(this);
        }
    }
}
