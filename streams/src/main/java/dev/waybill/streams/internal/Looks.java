package dev.waybill.streams.internal;

import dev.waybill.Assessment;
import dev.waybill.shipment.Shipment;
import dev.waybill.watch.StoredNotice;
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

/**
 * One look at one shipment, as the JDBC watcher takes it: the verdict at the instant, the pure
 * {@link Rules} deciding transitions and notices, each notice's text from the message engine, and
 * the next look from {@link PollSchedule}. No I/O: the processor keeps and forwards what it answers.
 */
public final class Looks {

    private final WaybillCalls calls;
    private final NoticePolicy policy;

    /** Looks through {@code calls} under the shop's {@code policy}. */
    public Looks(WaybillCalls calls, NoticePolicy policy) {
        this.calls = calls;
        this.policy = policy;
    }

    /**
     * What a look found.
     *
     * @param decision    transitions, notices and the state after
     * @param verdictJson the verdict line, as {@code waybill assess} prints it
     * @param notices     the decided notices with their texts, in decision order
     * @param next        the next look, null when watching stops
     */
    public record Look(Decision decision, String verdictJson, List<StoredNotice> notices, Instant next) {
        /** Copies the list. */
        public Look {
            notices = List.copyOf(notices);
        }
    }

    /** Looks at {@code shipment} at {@code at}, from the rules' state {@code before}. */
    public Look look(Shipment shipment, WatchState before, Trigger trigger, Instant at) {
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
        return new Look(decision, verdictJson, notices, PollSchedule.next(snapshot, at));
    }
}
