package dev.waybill.message;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to one buyer about one shipment, ready to send, or the finding that nothing needs
 * saying ({@link #body()} empty).
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipmentId        the shipment's id
 * @param situation         what the message is about; empty when no message is needed
 * @param language          the language the message is written in (the template language actually used)
 * @param requestedLanguage the language that was asked for, or chosen from the shipment or destination
 * @param fellBack          true when the requested language has no templates and English was used instead
 * @param channel           where it goes
 * @param subject           the email subject; empty outside email and when no message is needed
 * @param body              the plain-text body; empty when no message is needed
 * @param htmlBody          the HTML body of an email, every inserted value escaped; empty otherwise
 * @param escalate          true when a person should take over instead of an automated reply
 * @param escalationReasons why, when {@code escalate}
 */
public record Message(String shipmentId, Optional<Situation> situation, Locale language, Locale requestedLanguage,
                      boolean fellBack, Channel channel, Optional<String> subject, Optional<String> body,
                      Optional<String> htmlBody, boolean escalate, List<EscalationReason> escalationReasons) {

    /** Validates the parts and their consistency with the channel; blank texts become empty. */
    public Message {
        Objects.requireNonNull(shipmentId, "shipmentId");
        Objects.requireNonNull(situation, "situation");
        subject = present(Objects.requireNonNull(subject, "subject"));
        body = present(Objects.requireNonNull(body, "body"));
        htmlBody = present(Objects.requireNonNull(htmlBody, "htmlBody"));
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(requestedLanguage, "requestedLanguage");
        Objects.requireNonNull(channel, "channel");
        escalationReasons = List.copyOf(escalationReasons);
        if (escalate == escalationReasons.isEmpty()) {
            throw new IllegalArgumentException("escalate is " + escalate + " but the reasons are " + escalationReasons);
        }
        if (situation.isPresent() != body.isPresent()) {
            throw new IllegalArgumentException("a message has a body exactly when it has a situation");
        }
        if (channel != Channel.EMAIL && (subject.isPresent() || htmlBody.isPresent())) {
            throw new IllegalArgumentException("only an email has a subject and an HTML body");
        }
        if (channel == Channel.EMAIL && body.isPresent() && (subject.isEmpty() || htmlBody.isEmpty())) {
            throw new IllegalArgumentException("an email needs a subject and an HTML body");
        }
    }

    /**
     * A message whose optional parts are plain values, null (or blank text) when absent: no situation
     * and no body when no message is needed, no subject and HTML body outside email.
     */
    public Message(String shipmentId, Situation situation, Locale language, Locale requestedLanguage,
                   boolean fellBack, Channel channel, String subject, String body, String htmlBody,
                   boolean escalate, List<EscalationReason> escalationReasons) {
        this(shipmentId, Optional.ofNullable(situation), language, requestedLanguage, fellBack, channel,
                Optional.ofNullable(subject), Optional.ofNullable(body), Optional.ofNullable(htmlBody), escalate,
                escalationReasons);
    }

    /**
     * The finding that nothing needs saying to the buyer now (a proactive notice about a parcel
     * that is fine); a person may still need to look ({@code escalationReasons}).
     */
    public static Message none(String shipmentId, Locale language, Locale requestedLanguage, boolean fellBack,
                               Channel channel, List<EscalationReason> escalationReasons) {
        return new Message(shipmentId, Optional.empty(), language, requestedLanguage, fellBack, channel,
                Optional.empty(), Optional.empty(), Optional.empty(), !escalationReasons.isEmpty(), escalationReasons);
    }

    /** True when there is something to send. */
    public boolean hasBody() {
        return body.isPresent();
    }

    private static Optional<String> present(Optional<String> text) {
        return text.filter(part -> !part.isBlank());
    }
}
