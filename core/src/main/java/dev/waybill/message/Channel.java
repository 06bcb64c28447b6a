package dev.waybill.message;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Where a buyer message is sent: each channel has its own shape and length. */
public enum Channel {
    /** Email: a subject, a plain-text body and an HTML body; the full four-part reply. */
    EMAIL,
    /** SMS: no subject, at most two concatenated segments. */
    SMS,
    /** Chat (marketplace or shop chat): no subject, short. */
    CHAT;

    /**
     * The channel named {@code text}, ignoring case: {@code email}, {@code sms} or {@code chat}.
     *
     * @throws IllegalArgumentException quoting the text when it names no channel
     */
    public static Channel parse(String text) {
        Objects.requireNonNull(text, "text");
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a channel: '" + text + "'; expected email, sms or chat"));
    }

    /** Parses like {@link #parse(String)} but answers empty instead of throwing. */
    public static Optional<Channel> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.strip().toUpperCase(Locale.ROOT);
        for (Channel channel : values()) {
            if (channel.name().equals(normalised)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    /** The lower-case name used on the command line and in JSON: {@code email}, {@code sms}, {@code chat}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
