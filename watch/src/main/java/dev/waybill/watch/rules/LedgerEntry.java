package dev.waybill.watch.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * A notice already decided for a shipment, as the rules need to know it: its kind, what caused it,
 * and when it was decided.
 *
 * @param kind     the notice's kind
 * @param causeKey the transition (or deadline) that caused it
 * @param at       when it was decided
 */
public record LedgerEntry(NoticeKind kind, String causeKey, Instant at) {

    /** Validates the parts. */
    public LedgerEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(causeKey, "causeKey");
        Objects.requireNonNull(at, "at");
    }

    /** The entry of a notice just decided. */
    public static LedgerEntry from(Notice notice) {
        return new LedgerEntry(notice.kind(), notice.causeKey(), notice.at());
    }
}
