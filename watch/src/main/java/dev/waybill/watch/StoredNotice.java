package dev.waybill.watch;

import dev.waybill.watch.rules.Audience;
import dev.waybill.watch.rules.NoticeKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A notice in the ledger: decided, with its text, and sent or not yet.
 *
 * <p>Immutable and thread-safe. The same notice delivered again has the same {@link #id()}.
 *
 * @param id          stable id
 * @param shipment    the shipment's id
 * @param audience    BUYER or SHOP
 * @param kind        the kind of notice
 * @param at          when it was decided
 * @param sendAfter   from when it may be sent (the end of the buyer's quiet hours)
 * @param language    the language of the text (BCP 47), empty when no text was composed
 * @param channel     the channel of the text, empty when no text was composed
 * @param subject     the subject (email only), else empty
 * @param body        the text, empty when the message engine had nothing to say
 * @param verdictJson the verdict that caused it, as JSON
 * @param sentAt      when it was handed to the sink, empty while unsent
 */
public record StoredNotice(String id, String shipment, Audience audience, NoticeKind kind, Instant at,
                           Instant sendAfter, Optional<String> language, Optional<String> channel,
                           Optional<String> subject, Optional<String> body, String verdictJson,
                           Optional<Instant> sentAt) {

    /** Validates the parts; blank text is absent. */
    public StoredNotice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shipment, "shipment");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(sendAfter, "sendAfter");
        language = present(language, "language");
        channel = present(channel, "channel");
        subject = present(subject, "subject");
        body = present(body, "body");
        Objects.requireNonNull(verdictJson, "verdictJson");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** A notice whose optional parts are plain values, null (or blank text) when absent. */
    public StoredNotice(String id, String shipment, Audience audience, NoticeKind kind, Instant at, Instant sendAfter,
                        String language, String channel, String subject, String body, String verdictJson,
                        Instant sentAt) {
        this(id, shipment, audience, kind, at, sendAfter, Optional.ofNullable(language), Optional.ofNullable(channel),
                Optional.ofNullable(subject), Optional.ofNullable(body), verdictJson, Optional.ofNullable(sentAt));
    }

    private static Optional<String> present(Optional<String> text, String name) {
        return Objects.requireNonNull(text, name).filter(value -> !value.isBlank());
    }
}
