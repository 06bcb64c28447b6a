package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Waybill;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.watch.rules.Transition;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A crash at any step of a tick loses nothing and sends nothing under a second id: over random
 * schedules of ingests and ticks, a run that fails at random checkpoints (and restarts with the same
 * store file and watcher name) ends with the same transitions, the same ledger and the same set of
 * delivered ids as a run without failures.
 */
class CrashPropertiesTest {

    private static final Waybill WAYBILL = DefaultPolicies.waybill().build();
    private static final Instant START = Instant.parse("2026-11-06T00:00:00Z");
    private static final List<TrackingEvent> JOURNEY = List.of(
            TrackingEvent.builder(START.atOffset(ZoneOffset.ofHours(8)), EventCode.PICKED_UP).location("Shenzhen").build(),
            TrackingEvent.builder(START.plus(Duration.ofHours(30)).atOffset(ZoneOffset.ofHours(8)),
                    EventCode.DEPARTED_ORIGIN).location("Shenzhen").build(),
            TrackingEvent.builder(START.plus(Duration.ofHours(60)).atOffset(ZoneOffset.ofHours(1)),
                    EventCode.ARRIVED_DESTINATION).location("Frankfurt").build(),
            TrackingEvent.builder(START.plus(Duration.ofHours(70)).atOffset(ZoneOffset.ofHours(1)),
                    EventCode.IMPORT_HELD).reason(Reason.DOCUMENTS).location("Frankfurt").build(),
            TrackingEvent.builder(START.plus(Duration.ofHours(150)).atOffset(ZoneOffset.ofHours(1)),
                    EventCode.IMPORT_CLEARED).location("Frankfurt").build(),
            TrackingEvent.builder(START.plus(Duration.ofHours(200)).atOffset(ZoneOffset.ofHours(1)),
                    EventCode.DELIVERY_FAILED).reason(Reason.RECIPIENT_ABSENT).location("Berlin").build(),
            TrackingEvent.builder(START.plus(Duration.ofHours(300)).atOffset(ZoneOffset.ofHours(1)),
                    EventCode.DELIVERED).location("Berlin").build());

    /** One step of a schedule: advance the clock, then ingest what a shipment's carrier has shown, or tick. */
    record Op(boolean ingest, int shipment, int hours, int skip) {
    }

    @Provide
    Arbitrary<List<Op>> schedules() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 40), Arbitraries.integers().between(0, 3)).as(Op::new);
        return op.list().ofMinSize(3).ofMaxSize(18);
    }

    @Property(tries = 40)
    void aCrashAtAnyStepLosesNothingAndSendsNothingUnderASecondId(
            @ForAll("schedules") List<Op> schedule,
            @ForAll("failures") Set<Integer> failAt) {
        Run clean = new Run(Set.of());
        Run faulty = new Run(failAt);
        clean.play(schedule);
        faulty.play(schedule);

        for (int s = 0; s < 3; s++) {
            String id = "o-" + s;
            assertThat(faulty.transitions(id)).isEqualTo(clean.transitions(id));
        }
        assertThat(faulty.ledger()).isEqualTo(clean.ledger());
        assertThat(new LinkedHashSet<>(faulty.delivered)).isEqualTo(new LinkedHashSet<>(clean.delivered));
        // at least once: every notice due by the end was delivered, and marked
        assertThat(faulty.ledgerSent()).isEqualTo(clean.ledgerSent());
        Statistics.label("notices").collect(clean.ledger().isEmpty() ? "none" : "some");
        Statistics.label("crashes").collect(faulty.crashes == 0 ? "none" : "some");
        Statistics.label("re-sent").collect(faulty.delivered.size() > clean.delivered.size() ? "yes" : "no");
        faulty.close();
        clean.close();
    }

    @Provide
    Arbitrary<Set<Integer>> failures() {
        return Arbitraries.integers().between(0, 60).set().ofMaxSize(6);
    }

    /** One run of a schedule on its own H2 database. */
    private static final class Run {
        private final String url = "jdbc:h2:mem:crash-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        private final Set<Integer> failAt;
        private final List<String> delivered = new ArrayList<>();
        private final Map<Integer, Integer> shown = new HashMap<>();
        private ShipmentStore store = ShipmentStores.open(url);
        private int checkpoints;
        private int crashes;

        Run(Set<Integer> failAt) {
            this.failAt = failAt;
        }

        void play(List<Op> schedule) {
            Instant now = START;
            for (Op op : schedule) {
                now = now.plus(Duration.ofHours(op.hours()));
                if (op.ingest()) {
                    ingest(op, now);
                } else {
                    tickSurvivingCrashes(now);
                }
            }
            tickSurvivingCrashes(now.plus(Duration.ofDays(2)));
        }

        private void ingest(Op op, Instant now) {
            int from = shown.getOrDefault(op.shipment(), 0);
            List<TrackingEvent> events = new ArrayList<>();
            int to = from;
            for (int i = 0; i < JOURNEY.size(); i++) {
                // what the carrier shows by now, less the last `skip` events it has not published yet
                if (!JOURNEY.get(i).instant().plus(Duration.ofHours(op.shipment() * 5L)).isAfter(now)) {
                    to = i + 1;
                }
            }
            to = Math.max(from, to - op.skip());
            for (int i = Math.max(0, from - 1); i < to; i++) {     // one already shown again: a duplicate
                TrackingEvent e = JOURNEY.get(i);
                events.add(TrackingEvent.builder(e.at().plusHours(op.shipment() * 5L), e.code()).reason(e.reason().orElse(null))
                        .location(e.location().orElse(null)).build());
            }
            shown.put(op.shipment(), to);
            Shipment shipment = Fixtures.order("o-" + op.shipment()).events(events).build();
            store.merge(shipment, now);
        }

        private void tickSurvivingCrashes(Instant now) {
            for (int attempt = 0; attempt < 50; attempt++) {
                Watcher watcher = Watcher.builder(store, WAYBILL).sink(n -> delivered.add(n.id()))
                        .checkpoint((step, id) -> {
                            if (failAt.contains(checkpoints++)) {
                                throw new Crash();
                            }
                        }).build();
                try {
                    watcher.tick(now);
                    return;
                } catch (Crash crash) {
                    crashes++;
                    store.close();                       // the process dies; the database stays
                    store = ShipmentStores.open(url);
                }
            }
            throw new AssertionError("a tick kept crashing");
        }

        List<Transition> transitions(String id) {
            return store.transitions(id);
        }

        List<String> ledger() {
            return store.notices(null).stream().map(n -> n.id() + " " + n.kind() + " " + n.shipment() + " " + n.at())
                    .toList();
        }

        List<String> ledgerSent() {
            return store.notices(null).stream().map(n -> n.id() + " " + n.sentAt().isPresent()).toList();
        }

        void close() {
            store.close();
        }
    }

    private static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
