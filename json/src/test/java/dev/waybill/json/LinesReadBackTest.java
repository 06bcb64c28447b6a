package dev.waybill.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.Assessment;
import dev.waybill.delay.Action;
import dev.waybill.delay.Cause;
import dev.waybill.delay.Eta;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.delay.Verdict;
import dev.waybill.liability.Claim;
import dev.waybill.liability.Evidence;
import dev.waybill.liability.Party;
import dev.waybill.message.Channel;
import dev.waybill.message.EscalationReason;
import dev.waybill.message.Message;
import dev.waybill.message.Situation;
import dev.waybill.remedy.MarketplaceStanding;
import dev.waybill.remedy.Remedy;
import dev.waybill.remedy.RemedyKind;
import dev.waybill.returns.ReturnShippingPayer;
import dev.waybill.returns.ShopOffer;
import dev.waybill.returns.WithdrawalDecision;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Shipment;
import dev.waybill.remedy.RemedyReason;
import dev.waybill.shipment.Stage;
import dev.waybill.source.Confidence;
import dev.waybill.source.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every output line read back into the values it was written from. */
class LinesReadBackTest {

    private static final ObjectMapper MAPPER = WaybillJson.mapper();

    private static final Verdict HELD = new Verdict("SO-1002", Status.DELAYED, Stage.IMPORT_CUSTOMS,
            ExceptionType.CUSTOMS_HOLD, Cause.CUSTOMS, 6,
            Optional.of(Eta.of(LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-27"))),
            3, Party.IMPORT_BROKER, List.of(Evidence.CUSTOMS_NOTICE, Evidence.COMMERCIAL_INVOICE),
            List.of(Action.NOTIFY_CUSTOMER, Action.REQUEST_DOCUMENTS), "CN-DE-AIR-POSTAL",
            List.of("customs hold for documents since 2026-11-17"));

    private static final Assessment EVERY_FIELD = Assessment.of(
            Shipment.builder("SO-1002", Lane.of(CountryCode.of("CN"), CountryCode.of("DE"), Mode.AIR)).build(), HELD)
            .withClaim(new Claim(Party.IMPORT_BROKER, "broker's terms", LocalDate.parse("2026-12-17"),
                    Optional.of(Money.of("EUR", "500.00")), "terms §7", Optional.of(LocalDate.parse("2026-11-17")),
                    Optional.of(Money.of("EUR", "89.00")),
                    Confidence.SECONDARY))
            .withRemedy(new Remedy(RemedyKind.COUPON, Optional.of(Money.of("EUR", "5.00")), false, Party.NONE,
                    RemedyReason.of(RemedyReason.Kind.AT_RISK, RemedyReason.Situation.LATE, Stage.IMPORT_CUSTOMS,
                            Cause.CUSTOMS), Optional.of(Money.of("EUR", "2.00")),
                    Optional.of(new MarketplaceStanding("amazon", MarketplaceStanding.Basis.WITHIN_GRACE, Cause.CARRIER,
                            2, 3, "A-to-z: 3 days after the EDD", Source.of("A-to-z Guarantee", null,
                            Confidence.SECONDARY)))));

    @Test
    void aVerdictLineReadsBackIntoTheSameVerdict() throws Exception {
        String line = MAPPER.writeValueAsString(EVERY_FIELD);

        assertThat(MAPPER.readValue(line, Verdict.class)).isEqualTo(HELD);
        Verdict bare = new Verdict("SO-9", Status.DELIVERED, Stage.DELIVERED, ExceptionType.NONE,
                Cause.NONE, 0, Optional.empty(), 0, Party.NONE, List.of(), List.of(), "CN-US-AIR-POSTAL", List.of());
        assertThat(WaybillJson.readVerdict(WaybillJson.writeAssessment(Assessment.of(
                Shipment.builder("SO-9", Lane.of(CountryCode.of("CN"), CountryCode.of("US"), Mode.AIR)).build(),
                bare)))).isEqualTo(bare);
    }

    @Test
    void aBadVerdictLineNamesTheField() throws Exception {
        ObjectNode line = WaybillJson.writeAssessment(EVERY_FIELD);
        line.put("status", "LATE");
        assertThatThrownBy(() -> WaybillJson.readVerdict(line)).hasMessage("status: unknown value \"LATE\"; "
                + "expected one of [ON_TRACK, AT_RISK, DELAYED, LOST, DELIVERED, DELIVERED_LATE, RETURNING]");

        ObjectNode eta = WaybillJson.writeAssessment(EVERY_FIELD);
        ((ObjectNode) eta.get("eta")).remove("likely");
        assertThatThrownBy(() -> WaybillJson.readVerdict(eta)).hasMessage("eta.likely: missing");

        ObjectNode order = WaybillJson.writeAssessment(EVERY_FIELD);
        ((ObjectNode) order.get("eta")).put("latest", "2026-11-01");
        assertThatThrownBy(() -> WaybillJson.readVerdict(order)).hasMessageStartingWith("record: ETA out of order");
    }

    @Test
    void aMessageLineReadsBackForEveryChannel() throws Exception {
        Message email = new Message("LP-1042", Situation.CUSTOMS_DOCUMENTS, Locale.GERMAN, Locale.forLanguageTag("de-AT"),
                true, Channel.EMAIL, "Ihre Bestellung", "Guten Tag", "<p>Guten Tag</p>", false, List.of());
        Message sms = new Message("LP-1043", Situation.STALLED, Locale.FRENCH, Locale.FRENCH, false, Channel.SMS, null,
                "Bonjour", null, true, List.of(EscalationReason.REPEATED_REPORTS));
        Message none = Message.none("LP-1044", Locale.ENGLISH, Locale.ENGLISH, false, Channel.CHAT, List.of());

        for (Message message : List.of(email, sms, none)) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(message), Message.class)).isEqualTo(message);
        }
        ObjectNode bad = WaybillJson.writeMessage(sms);
        bad.put("channel", "fax");
        assertThatThrownBy(() -> WaybillJson.readMessage(bad))
                .hasMessage("channel: not a channel: 'fax'; expected email, sms or chat");
    }

    @Test
    void aReturnsAnswerReadsBackWithTheCountryAsGiven() throws Exception {
        WithdrawalDecision withOffer = new WithdrawalDecision(CountryCode.parse("US"), false, true,
                LocalDate.parse("2026-04-01"), "shop policy", null, ReturnShippingPayer.SELLER, 14,
                Confidence.UNVERIFIED, null, new ShopOffer(true, new BigDecimal("10"), false),
                List.of("a restocking fee within the statutory period"));
        WithdrawalDecision refused = new WithdrawalDecision(CountryCode.parse("FR"), true, false, null,
                "Code de la consommation L221-28", "personalized goods", ReturnShippingPayer.UNSPECIFIED, null,
                Confidence.VERIFIED_PRIMARY, null, null, List.of());

        for (ReturnsAnswer answer : List.of(new ReturnsAnswer("us", withOffer, true),
                new ReturnsAnswer("FR", refused, false))) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(answer), ReturnsAnswer.class)).isEqualTo(answer);
        }
        ObjectNode bad = WaybillJson.writeReturns(new ReturnsAnswer("FR", refused, false));
        bad.put("confidence", "sure");
        assertThatThrownBy(() -> WaybillJson.readReturns(bad))
                .hasMessage("confidence: unknown mark 'sure'; expected V-P, V-S, S, C or U");
    }
}
