package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.Waybill;
import dev.waybill.message.Channel;
import dev.waybill.message.Message;
import dev.waybill.message.MessageRequest;
import dev.waybill.message.SmsEncoding;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * {@code waybill message [--now INSTANT] --lang TAG [--channel email|sms|chat] [--shop NAME]
 * [--tracking-url URL] [--inquiry] FILE|-}: for each shipment, the message to send the buyer now,
 * written from the same assessment {@code assess} gives. One line per shipment:
 * {@code {id, language, channel, subject, body, escalate}} plus {@code situation},
 * {@code requestedLanguage}, {@code fellBack}, {@code escalationReasons}, {@code htmlBody} (email)
 * and {@code sms} (encoding and segments). {@code --lang auto} writes in each buyer's own language.
 */
final class MessageCommand implements Command {

    private final ObjectMapper mapper;

    MessageCommand(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "message";
    }

    @Override
    public String usage() {
        return "message [--now INSTANT] --lang TAG [--channel email|sms|chat] [--shop NAME] [--tracking-url URL]"
                + " [--inquiry] FILE|-";
    }

    @Override
    public Set<String> valueFlags() {
        return PolicyFlags.with("now", "lang", "channel", "shop", "tracking-url");
    }

    @Override
    public Set<String> switchFlags() {
        return Set.of("inquiry");
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        Locale language = language(arguments.required("lang"));
        Channel channel = channel(arguments.value("channel").orElse("email"));
        Clock clock = arguments.clock(console.clock());
        String input = arguments.inputFile();
        MessageRequest request = MessageRequest.builder(LocalDate.now(clock)).language(language).channel(channel)
                .shopName(arguments.value("shop").orElse(null)).trackingUrl(trackingUrl(arguments))
                .inquiry(arguments.has("inquiry")).build();
        Waybill waybill = PolicyFlags.waybill(arguments, clock);
        return new ShipmentLines(mapper).write(input, console, "cannot write this message",
                shipment -> line(waybill.message(shipment, request)));
    }

    private ObjectNode line(Message message) {
        ObjectNode line = mapper.createObjectNode();
        line.put("id", message.shipmentId());
        line.put("language", message.language().toLanguageTag());
        line.put("channel", message.channel().tag());
        line.put("subject", message.subject());
        line.put("body", message.body());
        line.put("escalate", message.escalate());
        if (message.situation() == null) {
            line.putNull("situation");
        } else {
            line.put("situation", message.situation().name());
        }
        line.put("requestedLanguage", message.requestedLanguage().toLanguageTag());
        line.put("fellBack", message.fellBack());
        line.putArray("escalationReasons").addAll(message.escalationReasons().stream()
                .map(r -> line.textNode(r.name())).toList());
        if (message.channel() == Channel.EMAIL) {
            line.put("htmlBody", message.htmlBody());
        }
        if (message.channel() == Channel.SMS && message.body() != null) {
            ObjectNode sms = line.putObject("sms");
            SmsEncoding encoding = SmsEncoding.of(message.body());
            sms.put("encoding", encoding.name());
            sms.put("units", encoding.units(message.body()));
            sms.put("segments", encoding.segments(message.body()));
        }
        return line;
    }

    private static Locale language(String tag) throws UsageException {
        if (tag.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return ShipmentJson.language(tag, "--lang");
        } catch (InvalidRecordException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Channel channel(String text) throws UsageException {
        return Channel.tryParse(text).orElseThrow(() -> new UsageException(
                "--channel: not a channel: '" + text + "'; expected email, sms or chat"));
    }

    private static String trackingUrl(Arguments arguments) throws UsageException {
        String url = arguments.value("tracking-url").orElse(null);
        if (url != null && url.strip().chars().anyMatch(Character::isWhitespace)) {
            throw new UsageException("--tracking-url: contains white space: '" + url + "'");
        }
        return url;
    }
}
