package dev.waybill.message;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to one buyer about one shipment, ready to send, or the finding that nothing needs
 * saying ({@link #body()} null).
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipmentId        the shipment's id
 * @param situation         what the message is about; null when no message is needed
 * @param language          the language the message is written in (the template language actually used)
 * @param requestedLanguage the language that was asked for, or chosen from the shipment or destination
 * @param fellBack          true when the requested language has no templates and English was used instead
 * @param channel           where it goes
 * @param subject           the email subject; null outside email and when no message is needed
 * @param body              the plain-text body; null when no message is needed
 * @param htmlBody          the HTML body of an email, every inserted value escaped; null otherwise
 * @param escalate          true when a person should take over instead of an automated reply
 * @param escalationReasons why, when {@code escalate}
 */
public record Message(String shipmentId, Situation situation, Locale language, Locale requestedLanguage,
                      boolean fellBack, Channel channel, String subject, String body, String htmlBody,
                      boolean escalate, List<EscalationReason> escalationReasons) {

    /** Validates the parts and their consistency with the channel. */
    public Message {
        Objects.requireNonNull(shipmentId, "shipmentId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(requestedLanguage, "requestedLanguage");
        Objects.requireNonNull(channel, "channel");
        escalationReasons = List.copyOf(escalationReasons);
        if (escalate == escalationReasons.isEmpty()) {
            throw new IllegalArgumentException("escalate is " + escalate + " but the reasons are " + escalationReasons);
        }
        if ((situation == null) != (body == null)) {
            throw new IllegalArgumentException("a message has a body exactly when it has a situation");
        }
        if (channel != Channel.EMAIL && (subject != null || htmlBody != null)) {
            throw new IllegalArgumentException("only an email has a subject and an HTML body");
        }
        if (channel == Channel.EMAIL && body != null && (subject == null || htmlBody == null)) {
            throw new IllegalArgumentException("an email needs a subject and an HTML body");
        }
    }

    /**
     * The finding that nothing needs saying to the buyer now (a proactive notice about a parcel
     * that is fine); a person may still need to look ({@code escalationReasons}).
     */
    public static Message none(String shipmentId, Locale language, Locale requestedLanguage, boolean fellBack,
                               Channel channel, List<EscalationReason> escalationReasons) {
        return new Message(shipmentId, null, language, requestedLanguage, fellBack, channel, null, null, null,
                !escalationReasons.isEmpty(), escalationReasons);
    }

    /** True when there is something to send. */
    public boolean hasBody() {
        return body != null;
    }

    /** The situation, when there is a message. */
    public Optional<Situation> situationIfAny() {
        return Optional.ofNullable(situation);
    }

    /** The email subject, when there is one. */
    public Optional<String> subjectIfAny() {
        return Optional.ofNullable(subject);
    }

    /** The plain-text body, when there is a message. */
    public Optional<String> bodyIfAny() {
        return Optional.ofNullable(body);
    }

    /** The HTML body, for an email. */
    public Optional<String> htmlBodyIfAny() {
        return Optional.ofNullable(htmlBody);
    }
}
