package dev.waybill.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.message.Channel;
import dev.waybill.message.Message;
import dev.waybill.message.SmsEncoding;

/**
 * Writes a {@link Message} as the line of {@code waybill message}: the contract's
 * {@code {id, language, channel, subject, body, escalate}}, then {@code situation},
 * {@code requestedLanguage}, {@code fellBack}, {@code escalationReasons}, {@code htmlBody} (email) and
 * {@code sms} (encoding, units and segments of an SMS body).
 */
public final class MessageWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MessageWriter() {
    }

    /** The message line of {@code message}. */
    public static ObjectNode write(Message message) {
        ObjectNode line = NODES.objectNode();
        line.put("id", message.shipmentId());
        line.put("language", message.language().toLanguageTag());
        line.put("channel", message.channel().tag());
        line.put("subject", message.subject().orElse(null));
        line.put("body", message.body().orElse(null));
        line.put("escalate", message.escalate());
        line.put("situation", message.situation().map(Enum::name).orElse(null));
        line.put("requestedLanguage", message.requestedLanguage().toLanguageTag());
        line.put("fellBack", message.fellBack());
        line.putArray("escalationReasons").addAll(message.escalationReasons().stream()
                .map(r -> line.textNode(r.name())).toList());
        if (message.channel() == Channel.EMAIL) {
            line.put("htmlBody", message.htmlBody().orElse(null));
        }
        if (message.channel() == Channel.SMS && message.body().isPresent()) {
            String body = message.body().get();
            ObjectNode sms = line.putObject("sms");
            SmsEncoding encoding = SmsEncoding.of(body);
            sms.put("encoding", encoding.name());
            sms.put("units", encoding.units(body));
            sms.put("segments", encoding.segments(body));
        }
        return line;
    }
}
