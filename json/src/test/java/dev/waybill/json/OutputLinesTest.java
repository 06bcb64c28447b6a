package dev.waybill.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.waybill.remedy.RemedyReason;
import dev.waybill.remedy.RemedyWords;
import dev.waybill.returns.ReturnShippingPayer;
import dev.waybill.returns.WithdrawalDecision;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.source.Confidence;
import dev.waybill.source.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The output lines: verdict, returns answer, message and error line, field by field. */
class OutputLinesTest {

    private static final ObjectMapper MAPPER = WaybillJson.mapper();

    private static final Shipment SHIPPED = Shipment.builder("SO-1010",
            Lane.of(CountryCode.of("CN"), CountryCode.of("TH"), Mode.AIR)).build();

    /** A reason with the sentence this test renders it as. */
    private static final RemedyReason LOST_REASON = RemedyReason.of(RemedyReason.Kind.SETTLED,
            RemedyReason.Situation.LOST, Stage.LINEHAUL, Cause.CARRIER, RemedyReason.Action.REFUND_NOW, null, null);

    private static Assessment assessed(Verdict verdict) {
        return Assessment.of(Shipment.builder(verdict.id(), SHIPPED.lane()).build(), verdict);
    }

    private static Verdict lost() {
        return new Verdict("SO-1010", Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Cause.CARRIER, 8, Optional.empty(), 21,
                Party.LINEHAUL_CARRIER, List.of(Evidence.TRANSPORT_DOCUMENT, Evidence.COMMERCIAL_INVOICE),
                List.of(Action.NOTIFY_CUSTOMER, Action.FILE_CLAIM), "CN-TH-AIR-POSTAL",
                List.of("silent 21 days, past the loss threshold of 20"));
    }

    @Test
    void theVerdictLineCarriesTheContractsFieldsInOrder() {
        Claim claim = new Claim(Party.LINEHAUL_CARRIER, "Montreal Convention", LocalDate.parse("2026-12-01"),
                Optional.of(Money.of("EUR", "42.00")), "art. 22(3)", Optional.of(LocalDate.parse("2026-11-21")),
                Optional.of(Money.of("EUR", "30.00")),
                Confidence.VERIFIED_PRIMARY);
        Remedy remedy = new Remedy(RemedyKind.RESHIP, false, Party.LINEHAUL_CARRIER, LOST_REASON);
        Assessment assessment = assessed(lost()).withClaim(claim).withRemedy(remedy);
        JsonNode line = WaybillJson.writeAssessment(assessment, words("Lost in transit.", "unused"));

        assertThat(line.toString()).isEqualTo("{\"id\":\"SO-1010\",\"status\":\"LOST\",\"stage\":\"LINEHAUL\","
                + "\"exception\":\"LOST\",\"cause\":\"CARRIER\",\"daysLate\":8,\"eta\":null,\"silentDays\":21,"
                + "\"recoverFrom\":\"LINEHAUL_CARRIER\",\"evidence\":[\"TRANSPORT_DOCUMENT\",\"COMMERCIAL_INVOICE\"],"
                + "\"actions\":[\"NOTIFY_CUSTOMER\",\"FILE_CLAIM\"],"
                + "\"claim\":{\"party\":\"LINEHAUL_CARRIER\",\"regime\":\"Montreal Convention\",\"deadline\":\"2026-12-01\","
                + "\"cap\":{\"amount\":\"42.00\",\"currency\":\"EUR\"},\"openFrom\":\"2026-11-21\","
                + "\"recoverable\":{\"amount\":\"30.00\",\"currency\":\"EUR\"},\"confidence\":\"VERIFIED_PRIMARY\","
                + "\"basis\":\"art. 22(3)\"},"
                + "\"remedy\":{\"kind\":\"RESHIP\",\"amount\":null,\"currency\":null,\"returnRequired\":false,"
                + "\"reason\":\"Lost in transit.\",\"claimFrom\":\"LINEHAUL_CARRIER\"},"
                + "\"profile\":\"CN-TH-AIR-POSTAL\",\"explanation\":[\"silent 21 days, past the loss threshold of 20\"]}");
        assertThat(MAPPER.valueToTree(assessment).get("remedy").get("reason").asText())
                .as("without words, the module writes the reason's code").isEqualTo("SETTLED/LOST");
    }

    @Test
    void anEtaIsWrittenAsThreeDatesAndNoClaimOrRemedyAsNull() {
        Verdict late = new Verdict("SO-2", Status.AT_RISK, Stage.IMPORT_CUSTOMS, ExceptionType.CUSTOMS_HOLD,
                Cause.CUSTOMS, 2, Optional.of(Eta.of(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-22"),
                LocalDate.parse("2026-11-25"))), 1, Party.NONE, List.of(), List.of(), "CN-DE-AIR-POSTAL", List.of());
        JsonNode line = WaybillJson.writeAssessment(assessed(late));

        assertThat(line.get("eta").toString())
                .isEqualTo("{\"earliest\":\"2026-11-20\",\"likely\":\"2026-11-22\",\"latest\":\"2026-11-25\"}");
        assertThat(line.get("claim").isNull()).isTrue();
        assertThat(line.get("remedy").isNull()).isTrue();
    }

    @Test
    void aCouponRemedyGivesItsValueAndNoEmptyCouponField() {
        Remedy coupon = new Remedy(RemedyKind.COUPON, Money.of("EUR", "5.00"), false, Party.NONE, LOST_REASON);
        JsonNode remedy = WaybillJson.writeAssessment(assessed(lost()).withRemedy(coupon)).get("remedy");

        assertThat(remedy.get("kind").asText()).isEqualTo("COUPON");
        assertThat(remedy.get("amount").asText()).isEqualTo("5.00");
        assertThat(remedy.get("currency").asText()).isEqualTo("EUR");
        assertThat(remedy.has("coupon")).as("no \"coupon\": null").isFalse();
    }

    @Test
    void aGoodwillCouponOnTopIsWritten() {
        Remedy refund = new Remedy(RemedyKind.PARTIAL_REFUND, Optional.of(Money.of("EUR", "10.00")), false, Party.NONE,
                LOST_REASON, Optional.of(Money.of("EUR", "5.00")), Optional.empty());
        JsonNode remedy = WaybillJson.writeAssessment(assessed(lost()).withRemedy(refund)).get("remedy");

        assertThat(remedy.get("coupon").toString()).isEqualTo("{\"amount\":\"5.00\",\"currency\":\"EUR\"}");
    }

    @Test
    void theReturnsAnswerSaysTheCountryAsGiven() throws Exception {
        WithdrawalDecision decision = new WithdrawalDecision(CountryCode.parse("DE"), true, true,
                LocalDate.parse("2026-12-28"), "BGB §355(2)", null, ReturnShippingPayer.CONSUMER, 14,
                Confidence.VERIFIED_SECONDARY, LocalDate.parse("2026-12-26"), null, List.of());

        assertThat(MAPPER.writeValueAsString(new ReturnsAnswer("de", decision, false))).isEqualTo(
                "{\"country\":\"de\",\"statutory\":true,\"eligible\":true,\"deadline\":\"2026-12-28\","
                + "\"basis\":\"BGB §355(2)\",\"reason\":null,\"returnShippingPaidBy\":\"CONSUMER\","
                + "\"refundWithinDays\":14,\"confidence\":\"V-S\",\"rolledOverFrom\":\"2026-12-26\"}");
        assertThat(WaybillJson.writeReturns(ReturnsAnswer.of(decision, true)).toString())
                .startsWith("{\"country\":\"DE\",").endsWith(",\"shopOffer\":null,\"ignoredShopTerms\":[]}");
    }

    @Test
    void theMessageLineCarriesTheContractsFieldsAndTheSmsCount() throws Exception {
        Message sms = new Message("LP-1042", Situation.STALLED, Locale.GERMAN, Locale.GERMAN, false, Channel.SMS,
                null, "Ihr Paket ist unterwegs.", null, true, List.of(EscalationReason.REPEATED_REPORTS));

        assertThat(MAPPER.writeValueAsString(sms)).isEqualTo("{\"id\":\"LP-1042\",\"language\":\"de\","
                + "\"channel\":\"sms\",\"subject\":null,\"body\":\"Ihr Paket ist unterwegs.\",\"escalate\":true,"
                + "\"situation\":\"STALLED\",\"requestedLanguage\":\"de\",\"fellBack\":false,"
                + "\"escalationReasons\":[\"REPEATED_REPORTS\"],"
                + "\"sms\":{\"encoding\":\"GSM_7\",\"units\":24,\"segments\":1}}");
        Message none = Message.none("LP-7", Locale.ENGLISH, Locale.ENGLISH, false, Channel.EMAIL, List.of());
        JsonNode line = WaybillJson.writeMessage(none);
        assertThat(line.get("body").isNull()).isTrue();
        assertThat(line.get("situation").isNull()).isTrue();
        assertThat(line.get("htmlBody").isNull()).isTrue();
    }

    @Test
    void theErrorLineRoundTripsWithANullId() throws Exception {
        ErrorLine line = new ErrorLine(3, Optional.empty(), "events[0].at: missing");
        String json = MAPPER.writeValueAsString(line);

        assertThat(json).isEqualTo("{\"index\":3,\"id\":null,\"error\":\"events[0].at: missing\"}");
        assertThat(MAPPER.readValue(json, ErrorLine.class)).isEqualTo(line);
        assertThat(WaybillJson.readError(WaybillJson.writeError(new ErrorLine(0, "SO-1", "id: x"))))
                .isEqualTo(new ErrorLine(0, "SO-1", "id: x"));
    }

    @Test
    void aBadErrorLineNamesItsField() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"index\":-1,\"id\":null,\"error\":\"x\"}", ErrorLine.class))
                .isInstanceOf(ContractJsonException.class).hasMessage("index: expected an integer >= 0, got -1");
        assertThatThrownBy(() -> MAPPER.readValue("{\"index\":1,\"id\":7,\"error\":\"x\"}", ErrorLine.class))
                .hasMessage("id: expected a string or null, got 7");
        assertThatThrownBy(() -> MAPPER.readValue("{\"index\":1,\"id\":null}", ErrorLine.class))
                .hasMessage("error: missing");
    }

    @Test
    void aStandingsBasisIsWrittenInTheWordsGivenElseAsItsCode() {
        MarketplaceStanding standing = new MarketplaceStanding("AMAZON", MarketplaceStanding.Basis.WITHIN_GRACE,
                Cause.CARRIER, 2, 3, "A-to-z Guarantee", new Source("Amazon A-to-z", "B-AZ-06", Confidence.VERIFIED_PRIMARY,
                null, null));
        Remedy coupon = new Remedy(RemedyKind.COUPON, Optional.of(Money.of("EUR", "5.00")), false, Party.NONE,
                LOST_REASON, Optional.empty(), Optional.of(standing));
        Assessment assessment = assessed(lost()).withRemedy(coupon);

        assertThat(WaybillJson.writeAssessment(assessment, words("why", "within Amazon's grace")).get("remedy")
                .get("standing").toString())
                .isEqualTo("{\"marketplace\":\"AMAZON\",\"countsAgainstShop\":false,\"basis\":\"within Amazon's grace\"}");
        assertThat(WaybillJson.writeAssessment(assessment).get("remedy").get("standing").get("basis").asText())
                .isEqualTo("WITHIN_GRACE");
    }

    private static RemedyWords words(String reason, String basis) {
        return new RemedyWords() {
            @Override
            public String reason(RemedyReason given) {
                return reason;
            }

            @Override
            public String basis(MarketplaceStanding standing) {
                return basis;
            }
        };
    }
}
