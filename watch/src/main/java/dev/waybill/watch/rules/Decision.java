package dev.waybill.watch.rules;

import java.util.List;

/**
 * The outcome of one decision for one shipment: the transitions to record, the notices to put in the
 * outbox, and the state to store. All three are written in one transaction.
 *
 * @param transitions the changes, in field order
 * @param notices     the notices decided, at most one per kind per cause
 * @param after       the state to store
 */
public record Decision(List<Transition> transitions, List<Notice> notices, WatchState after) {

    /** Copies the lists. */
    public Decision {
        transitions = List.copyOf(transitions);
        notices = List.copyOf(notices);
    }

    /**
     * True when this decision, taken from {@code before}, changes nothing that is stored: no transition,
     * no notice, and the state after is the state before (the verdict's fields, what the buyer was told,
     * the open exception). Only the next look needs writing then.
     */
    public boolean changesNothing(WatchState before) {
        WatchState a = after;
        if (!transitions.isEmpty() || !notices.isEmpty() || before.last().isEmpty() || a.last().isEmpty()) {
            return false;
        }
        return a.last().get().sameAs(before.last().get()) && a.toldEta().equals(before.toldEta())
                && a.exceptionKey().equals(before.exceptionKey()) && a.exceptionSince().equals(before.exceptionSince());
    }
}
