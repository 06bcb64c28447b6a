package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Waybill;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.WaybillJson;
import dev.waybill.message.Channel;
import dev.waybill.message.MessageRequest;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.StoreException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;

/**
 * {@code waybill message [--now INSTANT] --lang TAG [--channel email|sms|chat] [--shop NAME]
 * [--tracking-url URL] [--inquiry] FILE|-}: for each shipment, the message to send the buyer now,
 * written from the same assessment {@code assess} gives. One line per shipment:
 * {@code {id, language, channel, subject, body, escalate}} plus {@code situation},
 * {@code requestedLanguage}, {@code fellBack}, {@code escalationReasons}, {@code htmlBody} (email)
 * and {@code sms} (encoding and segments). {@code --lang auto} writes in each buyer's own language.
 * {@code --db DB} (beyond the contract) reads a watch store's ledger: for a shipment watched there, the
 * delivery day the buyer was last told, so that the text says it beside the day now likely.
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
    public String description() {
        return "For each shipment, the message to send the buyer now, from the same verdict assess gives: "
                + "the proactive notice, or with --inquiry the reply to a buyer who asked.";
    }

    @Override
    public List<Flag> flags() {
        return PolicyFlags.with(Flag.value("now", "INSTANT", "fixes the clock: an ISO-8601 instant with an offset (default: the system clock)"),
                Flag.value("lang", "TAG", "the language: a BCP 47 tag, or auto for each buyer's own"),
                Flag.value("channel", "email|sms|chat", "where the message goes (default email)"),
                Flag.value("shop", "NAME", "the shop's name, as the message signs"),
                Flag.value("tracking-url", "URL", "the tracking link the message gives"),
                Flag.toggle("inquiry", "the buyer has just asked where the parcel is: always reply"),
                Flag.value("db", "DB", "a watch store: for a shipment watched there, the text says what the buyer "
                        + "was last told (the ledger's ETA) beside what is true now"));
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
        if (arguments.value("db").isEmpty()) {
            return new ShipmentLines(mapper, name()).write(input, console, "cannot write this message",
                    shipment -> WaybillJson.writeMessage(waybill.message(shipment, request)));
        }
        try (ShipmentStore store = WatchStoreFlags.open(arguments)) {
            return new ShipmentLines(mapper, name()).write(input, console, "cannot write this message",
                    shipment -> WaybillJson.writeMessage(waybill.message(shipment, request.toBuilder()
                            .etaTold(store.find(shipment.id()).flatMap(w -> w.state().toldEta()).orElse(null))
                            .build())));
        } catch (StoreException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static Locale language(String tag) throws UsageException {
        if (tag.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return WaybillJson.parseLanguage(tag, "--lang");
        } catch (ContractJsonException e) {
            throw new UsageException(e.error());
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
