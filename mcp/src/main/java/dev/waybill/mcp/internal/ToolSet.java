package dev.waybill.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.Waybill;
import dev.waybill.carrier.MissingCredentialsException;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.ReturnsAnswer;
import dev.waybill.json.WaybillJson;
import dev.waybill.message.Channel;
import dev.waybill.message.EscalationReason;
import dev.waybill.message.Message;
import dev.waybill.message.MessageRequest;
import dev.waybill.policies.message.RemedyReasons;
import dev.waybill.returns.ReturnCategory;
import dev.waybill.returns.ShopReturnPolicy;
import dev.waybill.returns.WithdrawalDecision;
import dev.waybill.returns.WithdrawalRequest;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Shipment;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The four tools over one {@link Waybill}: each reads its arguments, calls the facade and answers the
 * JSON the matching command prints as {@code structuredContent}, with a short English summary. An
 * invalid argument is a result with {@code isError: true} naming the field; a failure inside the SDK
 * is one too, so the server always answers the next call. Immutable and thread-safe.
 */
public final class ToolSet {

    private static final Logger LOG = LoggerFactory.getLogger(ToolSet.class);
    private static final RemedyReasons REASONS = RemedyReasons.defaults();
    /** One mapper for every call: {@link WaybillJson#mapper()} builds a new one, with empty caches, each time. */
    private static final ObjectMapper MAPPER = WaybillJson.mapper();

    private final Waybill waybill;
    private final ShopReturnPolicy returnPolicy;
    private final EscalationLexicon lexicon;

    /** The tools over {@code waybill}; {@code returnPolicy} (nullable) adds the shop's own return terms. */
    public ToolSet(Waybill waybill, ShopReturnPolicy returnPolicy) {
        this.waybill = waybill;
        this.returnPolicy = returnPolicy;
        this.lexicon = EscalationLexicon.bundled();
    }

    /**
     * The tools' specifications, to register on any synchronous MCP server: the structured content is the
     * contract's JSON as plain maps and lists, which every JSON binding of the SDK writes.
     */
    public List<SyncToolSpecification> specifications() {
        return specifications(false);
    }

    /**
     * The same tools for a server whose JSON mapper is Jackson 2 (the servers Waybill builds): the
     * structured content is the contract's JSON as the Jackson tree the tool made, not converted to maps,
     * which that mapper writes as the same JSON and {@link CompiledSchemaValidator} checks as it is.
     */
    public List<SyncToolSpecification> jacksonSpecifications() {
        return specifications(true);
    }

    private List<SyncToolSpecification> specifications(boolean trees) {
        return List.of(
                tool("assess_shipment", "Assess a shipment",
                        "The verdict on a shipment: status, stage, exception and cause, a new ETA, whom to claim against, "
                                + "the claim and the remedy. The shipment is in the input format of waybill assess.",
                        this::assess, trees),
                tool("track_parcel", "Track a parcel",
                        "Tracks a parcel through its carrier's API and answers the parsed journey with its verdict.",
                        this::track, trees),
                tool("return_eligibility", "Return eligibility",
                        "Whether the buyer may withdraw from the purchase if they notify the shop on the given day: "
                                + "the deadline, the legal basis with its citation, who pays the return.",
                        this::returns, trees),
                tool("compose_reply", "Compose a reply to the buyer",
                        "The reply to send the buyer now in their language, from the same verdict assess_shipment "
                                + "gives; escalate is true when a person must take over (also when the buyer's words "
                                + "show anger, a threat or a request for a person).",
                        this::reply, trees));
    }

    private interface Handler {
        Answer handle(ToolArguments arguments) throws ToolArgumentException;
    }

    private record Answer(ObjectNode json, String summary) {
    }

    private SyncToolSpecification tool(String name, String title, String description, Handler handler, boolean trees) {
        McpSchema.Tool tool = McpSchema.Tool.builder().name(name).title(title).description(description)
                .inputSchema(Schemas.input(name)).outputSchema(Schemas.output(name)).build();
        return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> {
            try {
                Answer answer = handler.handle(ToolArguments.of(request.arguments()));
                Object structured = trees ? answer.json() : MAPPER.convertValue(answer.json(), Map.class);
                return CallToolResult.builder().structuredContent(structured)
                        .addTextContent(answer.summary()).isError(false).build();
            } catch (ToolArgumentException e) {
                return error(e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("{} failed", name, e);
                return error(name + " failed: " + e);
            }
        }).build();
    }

    private static CallToolResult error(String text) {
        return CallToolResult.builder().addTextContent(text).isError(true).build();
    }

    private Answer assess(ToolArguments arguments) throws ToolArgumentException {
        Clock clock = arguments.clock(waybill.clock());
        Shipment shipment = arguments.shipment();
        ObjectNode line = WaybillJson.writeAssessment(at(clock).assess(shipment), REASONS.english());
        return new Answer(line, verdictSummary(line));
    }

    private Answer track(ToolArguments arguments) throws ToolArgumentException {
        Clock clock = arguments.clock(waybill.clock());
        String carrier = arguments.requiredText("carrier").strip();
        String number = arguments.requiredText("trackingNumber").strip();
        if (number.isEmpty()) {
            throw new ToolArgumentException("trackingNumber", "empty");
        }
        List<TrackingResult> results;
        try {
            results = waybill.track(carrier, List.of(number));
        } catch (IllegalArgumentException e) {
            throw new ToolArgumentException("carrier", e.getMessage());
        } catch (MissingCredentialsException e) {
            throw new ToolArgumentException("carrier", carrier + " cannot track without credentials: " + e.getMessage());
        }
        TrackingResult result = results.get(0);
        if (result instanceof TrackingResult.Found found) {
            ObjectNode answer = MAPPER.createObjectNode();
            answer.set("shipment", WaybillJson.writeShipment(found.shipment()));
            ObjectNode verdict = WaybillJson.writeAssessment(at(clock).assess(found.shipment()), REASONS.english());
            answer.set("verdict", verdict);
            return new Answer(answer, carrier + " " + number + ": " + verdictSummary(verdict));
        } else if (result instanceof TrackingResult.NotYetKnown unknown) {
            throw new ToolArgumentException("trackingNumber", "the carrier has no data"
                    + unknown.detail().map(detail -> ": " + detail).orElse(""));
        } else {
            throw new ToolArgumentException("trackingNumber", ((TrackingResult.Failed) result).error().getMessage());
        }
    }

    private Answer returns(ToolArguments arguments) throws ToolArgumentException {
        String countryText = arguments.requiredText("country");
        CountryCode country = CountryCode.tryParse(countryText).filter(c -> countryText.strip().length() == 2)
                .orElseThrow(() -> new ToolArgumentException("country", "not an ISO 3166-1 alpha-2 country code: '"
                        + countryText + "'"));
        LocalDate delivered = date(arguments, "delivered");
        LocalDate on = date(arguments, "on");
        ReturnCategory category = ReturnCategory.STANDARD;
        Optional<String> categoryText = arguments.text("category");
        if (categoryText.isPresent()) {
            category = ReturnCategory.tryParse(categoryText.get()).orElseThrow(() -> new ToolArgumentException(
                    "category", "unknown category '" + categoryText.get() + "'; expected one of "
                            + Arrays.toString(ReturnCategory.values())));
        }
        WithdrawalRequest request = WithdrawalRequest.builder(country, delivered, on).category(category)
                .opened(arguments.flag("opened")).notInformed(arguments.flag("notInformed")).build();
        WithdrawalDecision decision = returnPolicy == null ? waybill.returns(request)
                : waybill.returns(request, returnPolicy);
        ObjectNode line = WaybillJson.writeReturns(new ReturnsAnswer(countryText.strip(), decision, returnPolicy != null));
        String summary = countryText.strip() + ": " + (line.path("eligible").asBoolean() ? "eligible to withdraw"
                : "not eligible to withdraw")
                + (line.hasNonNull("deadline") ? ", deadline " + line.get("deadline").asText() : "")
                + (line.hasNonNull("basis") ? "; basis: " + line.get("basis").asText() : "")
                + (line.hasNonNull("reason") ? "; " + line.get("reason").asText() : "") + ".";
        return new Answer(line, summary);
    }

    private Answer reply(ToolArguments arguments) throws ToolArgumentException {
        Clock clock = arguments.clock(waybill.clock());
        Shipment shipment = arguments.shipment();
        Locale language = language(arguments.requiredText("lang"));
        String channelText = arguments.text("channel").orElse("email");
        Channel channel = Channel.tryParse(channelText).orElseThrow(() -> new ToolArgumentException("channel",
                "not a channel: '" + channelText + "'; expected email, sms or chat"));
        Optional<String> url = arguments.text("trackingUrl");
        if (url.isPresent() && url.get().strip().chars().anyMatch(Character::isWhitespace)) {
            throw new ToolArgumentException("trackingUrl", "contains white space: '" + url.get() + "'");
        }
        Optional<String> inquiry = arguments.text("inquiry");
        MessageRequest request = MessageRequest.builder(LocalDate.now(clock)).language(language).channel(channel)
                .shopName(arguments.text("shop").orElse(null)).trackingUrl(url.orElse(null))
                .inquiry(inquiry.isPresent()).build();
        Message message = at(clock).message(shipment, request);
        List<EscalationReason> fromWords = lexicon.reasons(inquiry.orElse(null));
        if (!fromWords.isEmpty()) {
            Set<EscalationReason> reasons = new LinkedHashSet<>(message.escalationReasons());
            reasons.addAll(fromWords);
            message = new Message(message.shipmentId(), message.situation(), message.language(),
                    message.requestedLanguage(), message.fellBack(), message.channel(), message.subject(),
                    message.body(), message.htmlBody(), true, new ArrayList<>(reasons));
        }
        ObjectNode line = WaybillJson.writeMessage(message);
        String summary = message.escalate()
                ? "Escalate: a person should take over (" + words(message.escalationReasons()) + "). "
                + (message.hasBody() ? "A holding reply in " + message.language().toLanguageTag() + " is in body." : "")
                : message.hasBody() ? "Reply in " + message.language().toLanguageTag() + " by " + channel.name()
                .toLowerCase(Locale.ROOT) + " (" + message.situation().orElseThrow() + "); no escalation."
                : "Nothing needs saying to the buyer now; no escalation.";
        return new Answer(line, summary.strip());
    }

    private static String words(List<EscalationReason> reasons) {
        List<String> words = new ArrayList<>();
        for (EscalationReason reason : reasons) {
            words.add(switch (reason) {
                case REPEATED_REPORTS -> "the buyer has reported problems repeatedly";
                case HIGH_VALUE_LOSS -> "a high-value loss";
                case UNKNOWN_VALUE_LOSS -> "a loss of unknown value";
                case VERY_LATE -> "very late";
                case BUYER_ANGRY -> "the buyer is angry";
                case BUYER_THREATENS -> "the buyer threatens a chargeback, dispute, bad review or lawyer";
                case PERSON_REQUESTED -> "the buyer asks for a person";
            });
        }
        return String.join("; ", words);
    }

    private Waybill at(Clock clock) {
        return clock == waybill.clock() ? waybill : waybill.toBuilder().clock(clock).build();
    }

    private static Locale language(String tag) throws ToolArgumentException {
        if (tag.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return WaybillJson.parseLanguage(tag, "lang");
        } catch (ContractJsonException e) {
            throw new ToolArgumentException(e.field(), e.problem());
        }
    }

    private static LocalDate date(ToolArguments arguments, String field) throws ToolArgumentException {
        String text = arguments.requiredText(field);
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ToolArgumentException(field, "not an ISO date (2026-11-16): '" + text + "'");
        }
    }

    private static String verdictSummary(JsonNode line) {
        StringBuilder text = new StringBuilder();
        if (line.hasNonNull("id")) {
            text.append("Shipment ").append(line.get("id").asText()).append(": ");
        }
        text.append(line.path("status").asText()).append(", stage ").append(line.path("stage").asText());
        if (line.hasNonNull("exception")) {
            text.append(", exception ").append(line.get("exception").asText());
        }
        JsonNode eta = line.path("eta");
        if (eta.hasNonNull("likely")) {
            text.append(", likely delivered ").append(eta.get("likely").asText());
        }
        if (line.hasNonNull("daysLate")) {
            text.append(", ").append(line.get("daysLate").asText()).append(" days late");
        }
        return text.append('.').toString();
    }

}
