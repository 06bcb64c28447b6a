package dev.waybill.watch.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What is stored about a watched shipment between two decisions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param last           the latest verdict, null before the first
 * @param toldEta        the delivery date the buyer was last told, null when nothing was said yet
 * @param exceptionKey   the key of the transition that opened the current exception, null when none is open
 * @param exceptionSince when the current exception opened, null when none is open
 * @param ledger         the notices decided so far for the shipment (at least those of the last week
 *                       and those caused by the open exception)
 */
public record WatchState(Snapshot last, LocalDate toldEta, String exceptionKey, Instant exceptionSince,
                         List<LedgerEntry> ledger) {

    /** Copies the ledger. */
    public WatchState {
        ledger = List.copyOf(ledger);
        if ((exceptionKey == null) != (exceptionSince == null)) {
            throw new IllegalArgumentException("exceptionKey and exceptionSince go together");
        }
    }

    /** The state of a shipment never judged. */
    public static WatchState initial() {
        return new WatchState(null, null, null, null, List.of());
    }

    /** True when a notice of {@code kind} caused by {@code causeKey} was already decided. */
    public boolean decided(NoticeKind kind, String causeKey) {
        return ledger.stream().anyMatch(e -> e.kind() == kind && e.causeKey().equals(causeKey));
    }
}
