package dev.waybill.watch.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is stored about a watched shipment between two decisions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param last           the latest verdict, empty before the first
 * @param toldEta        the delivery date the buyer was last told, empty when nothing was said yet
 * @param exceptionKey   the key of the transition that opened the current exception, empty when none is open
 * @param exceptionSince when the current exception opened, empty when none is open
 * @param ledger         the notices decided so far for the shipment (at least those of the last week
 *                       and those caused by the open exception)
 */
public record WatchState(Optional<Snapshot> last, Optional<LocalDate> toldEta, Optional<String> exceptionKey,
                         Optional<Instant> exceptionSince, List<LedgerEntry> ledger) {

    /** Copies the ledger; a blank exception key is absent. */
    public WatchState {
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(toldEta, "toldEta");
        exceptionKey = Objects.requireNonNull(exceptionKey, "exceptionKey").filter(key -> !key.isBlank());
        Objects.requireNonNull(exceptionSince, "exceptionSince");
        ledger = List.copyOf(ledger);
        if (exceptionKey.isPresent() != exceptionSince.isPresent()) {
            throw new IllegalArgumentException("exceptionKey and exceptionSince go together");
        }
    }

    /** A state whose optional parts are plain values, null (or a blank key) when absent. */
    public WatchState(Snapshot last, LocalDate toldEta, String exceptionKey, Instant exceptionSince,
                      List<LedgerEntry> ledger) {
        this(Optional.ofNullable(last), Optional.ofNullable(toldEta), Optional.ofNullable(exceptionKey),
                Optional.ofNullable(exceptionSince), ledger);
    }

    /** The state of a shipment never judged. */
    public static WatchState initial() {
        return withLedger(List.of());
    }

    /** The state of a shipment never judged, with the notices {@code ledger} already decided for it. */
    public static WatchState withLedger(List<LedgerEntry> ledger) {
        return new WatchState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ledger);
    }

    /** True when a notice of {@code kind} caused by {@code causeKey} was already decided. */
    public boolean decided(NoticeKind kind, String causeKey) {
        return ledger.stream().anyMatch(e -> e.kind() == kind && e.causeKey().equals(causeKey));
    }
}
