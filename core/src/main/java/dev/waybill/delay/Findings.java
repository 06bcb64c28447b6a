package dev.waybill.delay;

import dev.waybill.liability.Evidence;
import dev.waybill.liability.Party;
import dev.waybill.liability.StageLiability;
import dev.waybill.shipment.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The verdict being written while the {@link VerdictRule}s are applied in order: each rule that
 * fires sets what it decides and adds its line to the explanation. The status stays null until a
 * rule settles it; once set, only the rules that apply to every parcel still run.
 *
 * <p>Mutable and confined to one judgement; {@link #verdict} turns it into the immutable
 * {@link Verdict}.
 */
final class Findings {

    /** Actions in order of urgency: a verdict lists its actions in this order. */
    private static final Action[] URGENCY = {Action.ESCALATE_TO_AGENT, Action.NOTIFY_CUSTOMER,
            Action.CONFIRM_ADDRESS, Action.REQUEST_DOCUMENTS, Action.RESHIP_OR_REFUND, Action.OPEN_CARRIER_TRACE,
            Action.FILE_CLAIM, Action.OFFER_COMPENSATION, Action.SHARE_TRACKING, Action.FOLLOW_UP};

    /** The explanation so far: each line captures the values it is written from, never these findings. */
    final List<Supplier<String>> why = new ArrayList<>();
    Status status;
    ExceptionType exception = ExceptionType.NONE;
    Cause cause = Cause.NONE;
    Party recoverFrom = Party.NONE;
    final List<Evidence> evidence = new ArrayList<>();
    final Set<Action> actions = EnumSet.noneOf(Action.class);
    Eta eta;
    int daysLate;

    /** Adds a line to the explanation. */
    void explain(Supplier<String> line) {
        why.add(line);
    }

    /** Adds {@code todo} to the actions. */
    void act(Action... todo) {
        for (Action action : todo) {
            actions.add(action);
        }
    }

    /** A lost parcel, recovered from the party of {@code liable}; {@code trace} when the carrier must look for it. */
    void lost(Facts facts, Cause lostCause, boolean trace, Stage liable) {
        status = Status.LOST;
        exception = ExceptionType.LOST;
        cause = lostCause;
        StageLiability liability = StageLiability.of(liable);
        recoverFrom = liability.party();
        evidence.addAll(liability.evidence());
        act(Action.NOTIFY_CUSTOMER, Action.RESHIP_OR_REFUND, Action.FILE_CLAIM);
        if (trace) {
            actions.add(Action.OPEN_CARRIER_TRACE);
        }
        daysLate = facts.daysPastPromise(facts.today());
        Stage lastSeen = facts.stage();
        Party from = recoverFrom;
        why.add(() -> "last seen in " + lastSeen + ": recover from " + from);
    }

    /** A lost parcel, recovered from the party of the stage it was last seen in. */
    void lost(Facts facts, Cause lostCause, boolean trace) {
        lost(facts, lostCause, trace, Facts.liableStage(facts.stage()));
    }

    /** Damage that happened in {@code stage}: recovered from its party, with photos of the packing. */
    void recoverDamage(Stage stage) {
        StageLiability liability = StageLiability.of(Facts.liableStage(stage == Stage.DELIVERED ? Stage.LAST_MILE : stage));
        recoverFrom = liability.party();
        evidence.add(Evidence.PACKING_PHOTOS);
        evidence.addAll(liability.evidence());
    }

    /** The verdict these findings make for {@code facts}. */
    Verdict verdict(Facts facts) {
        List<Action> ordered = new ArrayList<>(actions.size());
        for (Action action : URGENCY) {
            if (actions.contains(action)) {
                ordered.add(action);
            }
        }
        return new Verdict(facts.shipment().id(), status, facts.journey().stage(), exception, cause, daysLate, Optional.ofNullable(eta),
                facts.silentDays(), recoverFrom, evidence, ordered, facts.profile().id(), new Explanation(why));
    }
}
