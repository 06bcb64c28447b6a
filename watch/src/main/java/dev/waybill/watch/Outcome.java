package dev.waybill.watch;

import dev.waybill.watch.rules.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one tick decided for one shipment, written by {@link ShipmentStore#record} in one
 * transaction: the decision (transitions, state), the notices with their texts (the outbox), the
 * verdict as JSON, and when to look again.
 *
 * @param at          the instant of the tick
 * @param decision    the rules' decision
 * @param notices     the decision's notices with their texts, unsent
 * @param verdictJson the verdict as JSON; empty when the look changed nothing stored (no transition, no
 *                    notice, the same state): then only the next due time is written and the stored
 *                    verdict stays
 * @param nextDue     when the shipment is due again, empty to stop watching it
 * @param merges      the {@link WatchedShipment#merges} the look read; where a merge has added events or
 *                    reports since, {@code nextDue} is not written and the shipment stays due at once
 */
public record Outcome(Instant at, Decision decision, List<StoredNotice> notices, Optional<String> verdictJson,
                      Optional<Instant> nextDue, long merges) {

    /** Validates the parts and copies the list. */
    public Outcome {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(decision, "decision");
        notices = List.copyOf(notices);
        Objects.requireNonNull(verdictJson, "verdictJson");
        Objects.requireNonNull(nextDue, "nextDue");
        if (verdictJson.isEmpty() && (!decision.transitions().isEmpty() || !notices.isEmpty())) {
            throw new IllegalArgumentException("an outcome with transitions or notices needs its verdict");
        }
    }

    /** An outcome whose verdict and next due time are plain values, null when absent. */
    public Outcome(Instant at, Decision decision, List<StoredNotice> notices, String verdictJson, Instant nextDue,
                   long merges) {
        this(at, decision, notices, Optional.ofNullable(verdictJson), Optional.ofNullable(nextDue), merges);
    }
}
