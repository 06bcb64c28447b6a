package dev.waybill.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.delay.Action;
import dev.waybill.delay.Cause;
import dev.waybill.delay.Eta;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.delay.Verdict;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.ReturnsAnswer;
import dev.waybill.liability.Evidence;
import dev.waybill.liability.Party;
import dev.waybill.message.Channel;
import dev.waybill.message.EscalationReason;
import dev.waybill.message.Message;
import dev.waybill.message.Situation;
import dev.waybill.returns.ReturnShippingPayer;
import dev.waybill.returns.ShopOffer;
import dev.waybill.returns.WithdrawalDecision;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Stage;
import dev.waybill.source.Confidence;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * Reads the output lines back ({@code assess}'s verdict line, {@code returns}' answer, {@code message}'s
 * line) into the domain values they were written from, for a consumer of the command's output or of a
 * topic that carries it. A line that breaks the format names the field; values the domain refuses
 * (an ETA out of order, a message body without a situation) are reported against {@code record}.
 */
public final class LineReaders {

    private LineReaders() {
    }

    /** The verdict of a line of {@code assess} (its claim and remedy are the shop's to read as JSON). */
    public static Verdict verdict(JsonNode line) throws ContractJsonException {
        Fields f = Fields.of(line, "");
        Fields eta = f.object("eta");
        try {
            return new Verdict(f.requiredText("id"), f.requiredEnum("status", Status.class),
                    f.requiredEnum("stage", Stage.class), f.requiredEnum("exception", ExceptionType.class),
                    f.requiredEnum("cause", Cause.class), f.requiredInt("daysLate"),
                    eta == null ? Optional.empty() : Optional.of(Eta.of(eta.requiredDate("earliest"),
                            eta.requiredDate("likely"), eta.requiredDate("latest"))),
                    f.requiredInt("silentDays"), f.requiredEnum("recoverFrom", Party.class),
                    f.enums("evidence", Evidence.class), f.enums("actions", Action.class),
                    f.requiredText("profile"),
                    f.get("explanation") == null ? List.of() : f.texts("explanation"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ContractJsonException("record", String.valueOf(e.getMessage()));
        }
    }

    /** A line of {@code message}. */
    public static Message message(JsonNode line) throws ContractJsonException {
        Fields f = Fields.of(line, "");
        String channelText = f.requiredText("channel");
        Channel channel = Channel.tryParse(channelText).orElseThrow(() -> new ContractJsonException(
                "channel", "not a channel: '" + channelText + "'; expected email, sms or chat"));
        Locale language = ShipmentReader.language(f.requiredText("language"), "language");
        String requested = f.text("requestedLanguage");
        try {
            return new Message(f.requiredText("id"), f.enumValue("situation", Situation.class), language,
                    requested == null ? language : ShipmentReader.language(requested, "requestedLanguage"),
                    f.get("fellBack") != null && f.bool("fellBack"), channel, f.text("subject"), f.text("body"),
                    f.text("htmlBody"), f.bool("escalate"),
                    f.get("escalationReasons") == null ? List.of() : f.enums("escalationReasons", EscalationReason.class));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ContractJsonException("record", String.valueOf(e.getMessage()));
        }
    }

    private static BigDecimal percent(JsonNode value) {
        return value == null ? null : value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
    }

    /** The answer line of {@code returns}; {@code country} is kept as given, the decision's is its code. */
    public static ReturnsAnswer returns(JsonNode line) throws ContractJsonException {
        Fields f = Fields.of(line, "");
        String country = f.requiredText("country");
        CountryCode code = CountryCode.tryParse(country).filter(c -> country.strip().length() == 2)
                .orElseThrow(() -> new ContractJsonException("country",
                        "not an ISO 3166-1 alpha-2 country code: '" + country + "'"));
        String mark = f.text("confidence");
        Confidence confidence = null;
        if (mark != null) {
            for (Confidence candidate : Confidence.values()) {
                if (candidate.mark().equals(mark)) {
                    confidence = candidate;
                }
            }
            if (confidence == null) {
                throw new ContractJsonException("confidence", "unknown mark '" + mark + "'; expected V-P, V-S, S, C or U");
            }
        }
        boolean withPolicy = line.has("shopOffer") || line.has("ignoredShopTerms");
        Fields offer = f.object("shopOffer");
        try {
            WithdrawalDecision decision = new WithdrawalDecision(code, f.bool("statutory"), f.bool("eligible"),
                    f.date("deadline"), f.requiredText("basis"), f.text("reason"),
                    f.requiredEnum("returnShippingPaidBy", ReturnShippingPayer.class), f.integer("refundWithinDays"),
                    confidence, f.date("rolledOverFrom"),
                    offer == null ? null : new ShopOffer(offer.bool("exchangeFirst"),
                            percent(offer.get("restockingFeePercent")),
                            offer.bool("refundWithoutReturn")),
                    f.get("ignoredShopTerms") == null ? List.of() : f.texts("ignoredShopTerms"));
            return new ReturnsAnswer(country, decision, withPolicy);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ContractJsonException("record", String.valueOf(e.getMessage()));
        }
    }
}
