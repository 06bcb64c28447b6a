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
     * What a look found.
     *
     * @param decision    transitions, notices and the state after
     * @param verdictJson the verdict line, as {@code waybill assess} prints it
     * @param notices     the decided notices with their texts, in decision order
     * @param next        the next look, null when watching stops
     * @param snapshot    what the rules read of the verdict
     */
    public record Look(Decision decision, String verdictJson, List<StoredNotice> notices, Instant next,
                       Snapshot snapshot) {
        /** Copies the list. */
        public Look {
            notices = List.copyOf(notices);
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
        String verdictJson = WaybillCalls.verdictJson(assessment);
        List<StoredNotice> notices = new ArrayList<>();
        for (Notice notice : decision.notices()) {
            WaybillCalls.Text text = calls.compose(shipment, assessment, notice, policy);
            notices.add(new StoredNotice(notice.id(), shipment.id(), notice.audience(), notice.kind(), notice.at(),
                    notice.sendAfter(), text.language(), text.channel(), text.subject(), text.body(), verdictJson,
                    null));
        }
        Instant next = PollSchedule.next(snapshot, at, calls.stageP50Days(shipment, snapshot.stage()), webhooks);
        return new Look(decision, verdictJson, notices, next, snapshot);
    }
}
