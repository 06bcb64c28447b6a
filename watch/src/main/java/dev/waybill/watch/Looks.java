package dev.waybill.watch;

import dev.waybill.Assessment;
import dev.waybill.shipment.Shipment;
import dev.waybill.Waybill;
import dev.waybill.watch.internal.WaybillCalls;
import dev.waybill.watch.rules.Decision;
import dev.waybill.watch.rules.Notice;
import dev.waybill.watch.rules.NoticePolicy;
import dev.waybill.watch.rules.PollSchedule;
import dev.waybill.watch.rules.Rules;
import dev.waybill.watch.rules.Snapshot;
import dev.waybill.watch.rules.Trigger;
import dev.waybill.watch.rules.WatchState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * One look at one shipment: the verdict at the instant, the pure {@link Rules} deciding transitions
 * and notices, each notice's text from the message engine, and the next look from
 * {@link PollSchedule}. The one code path of both runtimes: the JDBC {@link Watcher} and the Kafka
 * Streams topology ({@code waybill-streams}) each keep and forward what it answers. No I/O;
 * immutable and thread-safe.
 */
public final class Looks {

    private final WaybillCalls calls;
    private final NoticePolicy policy;

    /** Looks with {@code waybill} under the shop's {@code policy}. */
    public Looks(Waybill waybill, NoticePolicy policy) {
        this.calls = new WaybillCalls(Objects.requireNonNull(waybill, "waybill"));
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * What a look found: transitions, notices and the state after; the verdict line, written only when
     * asked for (a look that {@link #changesNothing() changes nothing} need not write it); the notices
     * with their texts; the next look; what the rules read of the verdict. Immutable.
     */
    public static final class Look {
        private final Decision decision;
        private final Assessment assessment;
        private final String written;
        private final List<StoredNotice> notices;
        private final Optional<Instant> next;
        private final Snapshot snapshot;
        private final boolean changesNothing;

        private Look(Decision decision, Assessment assessment, String written, List<StoredNotice> notices,
                     Optional<Instant> next, Snapshot snapshot, boolean changesNothing) {
            this.decision = decision;
            this.assessment = assessment;
            this.written = written;
            this.notices = List.copyOf(notices);
            this.next = next;
            this.snapshot = snapshot;
            this.changesNothing = changesNothing;
        }

        /** Transitions, notices and the state after. */
        public Decision decision() {
            return decision;
        }

        /** The verdict line, as {@code waybill assess} prints it (the notices' own, when there are any). */
        public String verdictJson() {
            return written != null ? written : WaybillCalls.verdictJson(assessment);
        }

        /** The decided notices with their texts, in decision order. */
        public List<StoredNotice> notices() {
            return notices;
        }

        /** The next look, empty when watching stops. */
        public Optional<Instant> next() {
            return next;
        }

        /** What the rules read of the verdict. */
        public Snapshot snapshot() {
            return snapshot;
        }

        /** True when the look changed nothing stored ({@link Decision#changesNothing}) but the next look. */
        public boolean changesNothing() {
            return changesNothing;
        }
    }

    /**
     * Looks at {@code shipment} at {@code at}, from the rules' state {@code before}; {@code webhooks}
     * when the carrier pushes for it (recently), so that polling falls back to a slow pace.
     */
    public Look look(Shipment shipment, WatchState before, Trigger trigger, Instant at, boolean webhooks) {
        Assessment assessment = calls.assess(shipment, at);
        Snapshot snapshot = WaybillCalls.snapshot(shipment, assessment);
        Decision decision = Rules.decide(shipment.id(), before, snapshot, trigger, at, policy);
        String verdictJson = decision.notices().isEmpty() ? null : WaybillCalls.verdictJson(assessment);
        List<StoredNotice> notices = new ArrayList<>();
        for (Notice notice : decision.notices()) {
            WaybillCalls.Text text = calls.compose(shipment, assessment, notice, policy);
            notices.add(new StoredNotice(notice.id(), shipment.id(), notice.audience(), notice.kind(), notice.at(),
                    notice.sendAfter(), text.language(), text.channel(), text.subject(), text.body(), verdictJson,
                    null));
        }
        Optional<Instant> next = PollSchedule.next(snapshot, at, calls.stageP50Days(shipment, snapshot.stage()), webhooks);
        return new Look(decision, assessment, verdictJson, notices, next, snapshot, decision.changesNothing(before));
    }
}
