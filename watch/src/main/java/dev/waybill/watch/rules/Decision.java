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
}
