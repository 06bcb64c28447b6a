package dev.waybill.watch.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice decided: to whom, of which kind, caused by what, and from when it may be sent.
 *
 * <p>Immutable and thread-safe. Its {@link #id()} is derived from (shipment, kind, cause key), so the
 * same decision taken again, or replayed after a crash, has the same id.
 *
 * @param id        stable id: {@code n-} and 20 hex digits of SHA-256 over shipment, kind and cause
 * @param shipment  the shipment's id
 * @param kind      the kind; its audience follows
 * @param causeKey  the transition (or deadline) that caused it
 * @param at        the instant it was decided
 * @param sendAfter the instant it may be sent: {@code at}, or the end of the buyer's quiet hours
 * @param etaTold   for {@link NoticeKind#ETA_CHANGED}, the date the buyer was told before; else empty
 * @param etaNow    for {@link NoticeKind#ETA_CHANGED}, the likely date now; else empty
 */
public record Notice(String id, String shipment, NoticeKind kind, String causeKey, Instant at, Instant sendAfter,
                     Optional<LocalDate> etaTold, Optional<LocalDate> etaNow) {

    /** Validates the parts. */
    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(causeKey, "causeKey");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(sendAfter, "sendAfter");
        Objects.requireNonNull(etaTold, "etaTold");
        Objects.requireNonNull(etaNow, "etaNow");
    }

    /** The same, the dates given as plain values, null for none. */
    public Notice(String id, String shipment, NoticeKind kind, String causeKey, Instant at, Instant sendAfter,
                  LocalDate etaTold, LocalDate etaNow) {
        this(id, shipment, kind, causeKey, at, sendAfter, Optional.ofNullable(etaTold), Optional.ofNullable(etaNow));
    }

    /**
     * The notice of {@code kind} for {@code shipment} caused by {@code causeKey}, with its derived id; the
     * dates null unless {@code kind} is {@link NoticeKind#ETA_CHANGED}.
     */
    public static Notice of(String shipment, NoticeKind kind, String causeKey, Instant at, Instant sendAfter,
                            LocalDate etaTold, LocalDate etaNow) {
        return new Notice(idOf(shipment, kind, causeKey), shipment, kind, causeKey, at, sendAfter, etaTold, etaNow);
    }

    /** The audience of its kind. */
    public Audience audience() {
        return kind.audience();
    }

    /** The stable id of the notice of {@code kind} for {@code shipment} caused by {@code causeKey}. */
    public static String idOf(String shipment, NoticeKind kind, String causeKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((shipment + "\u0000" + kind + "\u0000" + causeKey)
                    .getBytes(StandardCharsets.UTF_8));
            return "n-" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
