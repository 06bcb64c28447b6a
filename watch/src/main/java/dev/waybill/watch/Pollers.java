package dev.waybill.watch;

import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierRateLimitException;
import dev.waybill.carrier.MissingCredentialsException;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.shipment.Shipment;
import dev.waybill.watch.internal.TrackingUpdate;
import dev.waybill.watch.internal.WaybillCalls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Poller}s over the carrier adapters of a {@link Waybill}, within each carrier's
 * {@link CarrierBudget}.
 */
public final class Pollers {

    private static final Logger LOG = LoggerFactory.getLogger(Pollers.class);

    /** Waits; {@link Thread#sleep} in production, a virtual clock's advance in tests. */
    @FunctionalInterface
    public interface Sleeper {
        /** Waits {@code duration}. */
        void sleep(Duration duration) throws InterruptedException;
    }

    private Pollers() {
    }

    /**
     * Polls through {@code waybill}'s adapters within {@link CarrierBudget#DOCUMENTED} (else
     * {@link CarrierBudget#CAREFUL}), on the system clock.
     */
    public static Poller carriers(Waybill waybill) {
        return carriers(waybill, CarrierBudget.DOCUMENTED, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
    }

    /**
     * Polls each shipment's own carrier by its tracking number through {@code waybill}'s adapters:
     * due shipments grouped by carrier, batched by the budget's numbers per call (and the adapter's
     * limit), calls to one carrier issued concurrently, each at its slot of the budget (a call counts
     * while in flight and for a second after it ends, so no second holds more than the budget's
     * calls). A shipment without carrier or
     * number, or whose carrier has no adapter, is not polled; a carrier that fails (down, no key) is
     * logged and retried at the shipments' next due time; one that answers 429 with
     * {@code Retry-After} is not called again before that time, and the others go on.
     *
     * @param budgets by carrier name; a carrier not listed gets {@link CarrierBudget#CAREFUL}
     */
    public static Poller carriers(Waybill waybill, Map<String, CarrierBudget> budgets, Clock clock, Sleeper sleeper) {
        return carriers(waybill, budgets, clock, sleeper, shipment -> shipment.lane().carrier().orElse(null));
    }

    /**
     * As {@link #carriers(Waybill, Map, Clock, Sleeper)}, each shipment tracked through the adapter
     * {@code adapterOf} names for it (null: not polled) rather than its own carrier's: a shop that
     * tracks every carrier's parcels through one aggregator (AfterShip, 17TRACK, EasyPost) names that.
     * Budgets are by adapter name.
     */
    public static Poller carriers(Waybill waybill, Map<String, CarrierBudget> budgets, Clock clock, Sleeper sleeper,
                                  Function<Shipment, String> adapterOf) {
        return new Budgeted(new WaybillCalls(waybill), Map.copyOf(budgets), clock, sleeper,
                Objects.requireNonNull(adapterOf, "adapterOf"));
    }

    private static final class Budgeted implements Poller {
        private final WaybillCalls calls;
        private final Map<String, CarrierBudget> budgets;
        private final Clock clock;
        private final Sleeper sleeper;
        private final Function<Shipment, String> adapterOf;
        private final Map<String, Instant> nextCall = new HashMap<>();
        /**
         * Carriers whose adapter has no keys, with the settings it lacks: said once, then left alone (their
         * parcels are judged on time).
         */
        private final Map<String, List<String>> unconfigured = new java.util.concurrent.ConcurrentHashMap<>();

        Budgeted(WaybillCalls calls, Map<String, CarrierBudget> budgets, Clock clock, Sleeper sleeper,
                 Function<Shipment, String> adapterOf) {
            this.adapterOf = adapterOf;
            this.calls = calls;
            this.budgets = budgets;
            this.clock = Objects.requireNonNull(clock, "clock");
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        }

        @Override
        public Optional<Shipment> poll(Shipment shipment) {
            return Optional.ofNullable(pollAll(List.of(shipment)).get(shipment.id()));
        }

        @Override
        public Map<String, List<String>> notPolling() {
            return Map.copyOf(unconfigured);
        }

        @Override
        public synchronized Map<String, Shipment> pollAll(List<Shipment> shipments) {
            Map<String, List<Shipment>> byCarrier = new LinkedHashMap<>();
            for (Shipment s : shipments) {
                String adapter = adapterOf.apply(s);
                if (adapter != null && s.trackingNumber().isPresent() && calls.hasCarrier(adapter)
                        && !unconfigured.containsKey(adapter)) {
                    byCarrier.computeIfAbsent(adapter, c -> new ArrayList<>()).add(s);
                }
            }
            Map<String, Shipment> fresh = new LinkedHashMap<>();
            for (Map.Entry<String, List<Shipment>> e : byCarrier.entrySet()) {
                pollCarrier(e.getKey(), e.getValue(), fresh);
            }
            return fresh;
        }

        /**
         * Issues the carrier's calls at their slots, several in flight at once, and never more than the
         * budget's whole calls per second ({@code n}) touching any one second: a call starts only while
         * fewer than {@code n} calls are in flight or ended less than a second ago, so whatever the
         * moments of a call's own requests, no second holds more than {@code n} calls' requests.
         */
        private void pollCarrier(String carrier, List<Shipment> shipments, Map<String, Shipment> fresh) {
            CarrierBudget budget = budgets.getOrDefault(carrier, CarrierBudget.CAREFUL);
            int perCall = Math.max(1, Math.min(budget.numbersPerCall(), calls.batchLimit(carrier)));
            Duration spacing = budget.spacing();
            int perSecond = Math.max(1, budget.requestsPerSecond() / budget.requestsPerCall());
            ExecutorService pool = Executors.newFixedThreadPool(perSecond, runnable -> {
                Thread thread = new Thread(runnable, "waybill-poll-" + carrier);
                thread.setDaemon(true);
                return thread;
            });
            Deque<Call> unread = new ArrayDeque<>();
            List<Call> recent = new ArrayList<>();
            try {
                for (int from = 0; from < shipments.size(); from += perCall) {
                    List<Shipment> chunk = shipments.subList(from, Math.min(shipments.size(), from + perCall));
                    makeRoom(recent, perSecond);
                    // the calls in flight may answer until this call's slot: a 429 among them slows the rest
                    if (!readUntil(carrier, unread, fresh, nextCall.getOrDefault(carrier, Instant.MIN))) {
                        return;
                    }
                    Instant now = clock.instant();
                    Instant allowed = nextCall.getOrDefault(carrier, Instant.MIN);
                    if (allowed.isAfter(now)) {
                        Duration wait = Duration.between(now, allowed);
                        if (wait.compareTo(Duration.ofSeconds(5)) > 0) {
                            return;                      // slowed by the carrier: the rest wait for their next due time
                        }
                        sleeper.sleep(wait);
                    }
                    nextCall.put(carrier, clock.instant().plus(spacing));
                    List<String> numbers = chunk.stream().map(s -> s.trackingNumber().orElse(null)).toList();
                    Call call = new Call(chunk, pool.submit(() -> answer(carrier, numbers)));
                    unread.add(call);
                    recent.add(call);
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            } finally {
                while (!unread.isEmpty()) {
                    read(carrier, unread.poll(), fresh);
                }
                pool.shutdown();
            }
        }

        private Answer answer(String carrier, List<String> numbers) {
            try {
                return new Answer(calls.track(carrier, numbers), null, clock.instant());
            } catch (RuntimeException ex) {
                return new Answer(List.of(), ex, clock.instant());
            }
        }

        /** Waits until fewer than {@code perSecond} of the {@code recent} calls are in flight or ended within a second. */
        private void makeRoom(List<Call> recent, int perSecond) throws InterruptedException {
            while (true) {
                Instant secondAgo = clock.instant().minusSeconds(1);
                recent.removeIf(c -> c.answer().isDone() && !answerOf(c).endedAt().isAfter(secondAgo));
                if (recent.size() < perSecond) {
                    return;
                }
                Optional<Call> running = recent.stream().filter(c -> !c.answer().isDone()).findFirst();
                if (running.isPresent()) {
                    answerOf(running.get());             // a call in flight counts until a second after it ends
                    continue;
                }
                Instant free = recent.stream().map(c -> answerOf(c).endedAt()).min(Instant::compareTo)
                        .orElseThrow().plusSeconds(1);
                sleeper.sleep(Duration.between(clock.instant(), free));
            }
        }

        /**
         * Reads the answers of the calls in flight, oldest first, that come before {@code slot} (waiting
         * on the real clock at most as long as the poller would sleep anyway); false when the carrier
         * turned out to have no keys.
         */
        private boolean readUntil(String carrier, Deque<Call> unread, Map<String, Shipment> fresh, Instant slot) {
            Instant now = clock.instant();
            long deadline = System.nanoTime() + (slot.isAfter(now) ? Duration.between(now, slot).toNanos() : 0);
            while (!unread.isEmpty()) {
                try {
                    unread.peek().answer().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException | InterruptedException | ExecutionException notYet) {
                    if (notYet instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    return true;
                }
                if (!read(carrier, unread.poll(), fresh)) {
                    return false;
                }
            }
            return true;
        }

        /** Reads one call's answer (waiting for it); false when the carrier turned out to have no keys. */
        private boolean read(String carrier, Call call, Map<String, Shipment> fresh) {
            Answer answer = answerOf(call);
            if (answer.error() instanceof MissingCredentialsException ex) {
                unconfigured.put(carrier, ex.settings());
                LOG.info("not polling {}: {}; its shipments are judged on their stored events", carrier,
                        ex.getMessage());
                return false;
            } else if (answer.error() != null) {
                LOG.warn("polling {} failed for {} numbers, retried later: {}", carrier, call.chunk().size(),
                        answer.error().getMessage());
                return true;
            }
            List<Shipment> chunk = call.chunk();
            for (int i = 0; i < answer.results().size() && i < chunk.size(); i++) {
                TrackingResult result = answer.results().get(i);
                Shipment shipment = chunk.get(i);
                if (result instanceof TrackingResult.Found found) {
                    fresh.put(shipment.id(), TrackingUpdate.apply(shipment, found.shipment()));
                } else if (result instanceof TrackingResult.Failed failed) {
                    if (failed.error() instanceof CarrierRateLimitException limited
                            && limited.retryAfter().isPresent()) {
                        nextCall.put(carrier, clock.instant().plus(limited.retryAfter().get()));
                    }
                    LOG.warn("{}: polling {} failed, retried later: {}", shipment.id(), carrier,
                            failed.error().getMessage());
                }
            }
            return true;
        }

        /** The call's answer, waiting for it uninterruptibly (the call itself ends by its HTTP timeouts). */
        private static Answer answerOf(Call call) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return call.answer().get();
                    } catch (InterruptedException ex) {
                        interrupted = true;
                    } catch (ExecutionException ex) {
                        if (ex.getCause() instanceof Error error) {
                            throw error;
                        }
                        throw new IllegalStateException(ex.getCause());
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** One tracking call issued: its shipments and its answer to come. */
    private record Call(List<Shipment> chunk, Future<Answer> answer) {
    }

    /** What a tracking call answered (or the exception it threw), and when it ended. */
    private record Answer(List<TrackingResult> results, RuntimeException error, Instant endedAt) {
    }
}
