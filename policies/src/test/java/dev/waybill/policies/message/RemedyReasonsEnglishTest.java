package dev.waybill.policies.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.delay.Cause;
import dev.waybill.remedy.CompensationEngine;
import dev.waybill.remedy.CompensationPolicy;
import dev.waybill.remedy.CompensationRequest;
import dev.waybill.remedy.Fault;
import dev.waybill.remedy.FaultRemedy;
import dev.waybill.remedy.LatenessStep;
import dev.waybill.remedy.MarketplaceRule;
import dev.waybill.remedy.Remedy;
import dev.waybill.remedy.RemedyKind;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.delay.Verdict;
import dev.waybill.liability.Party;
import dev.waybill.liability.Validity;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.CustomerReport;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.ReportType;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.source.Confidence;
import dev.waybill.source.Source;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compensation engine's decisions with their reasons written in English from the message
 * catalogs, word for word as the engine wrote them before its reasons became codes (this is core's
 * {@code CompensationEngineTest}, each reason rendered by {@link RemedyReasons#english}).
 */
class RemedyReasonsEnglishTest {

    private static final RemedyReasons REASONS = RemedyReasons.defaults();

    private static String english(Remedy remedy) {
        return REASONS.english(remedy.reason());
    }


    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    static final CompensationPolicy LADDER = CompensationPolicy.builder()
            .lateness(List.of(LatenessStep.of(1, RemedyKind.COUPON, "5"), LatenessStep.of(4, RemedyKind.COUPON, "10"),
                    LatenessStep.of(8, RemedyKind.PARTIAL_REFUND, "15"),
                    LatenessStep.of(15, RemedyKind.PARTIAL_REFUND, "25")))
            .atRisk(RemedyKind.APOLOGY)
            .fault(FaultRemedy.of(Fault.LOST, RemedyKind.FULL_REFUND, RemedyKind.RESHIP))
            .fault(FaultRemedy.of(Fault.NOT_RECEIVED, RemedyKind.FULL_REFUND, RemedyKind.RESHIP))
            .fault(FaultRemedy.of(Fault.RETURNED, RemedyKind.FULL_REFUND, RemedyKind.RESHIP))
            .fault(FaultRemedy.of(Fault.DAMAGED, RemedyKind.FULL_REFUND, RemedyKind.EXCHANGE))
            .fault(new FaultRemedy(Fault.WRONG_ITEM, RemedyKind.EXCHANGE, RemedyKind.EXCHANGE, new BigDecimal("5")))
            .fault(new FaultRemedy(Fault.MISSING_ITEM, RemedyKind.RESHIP, RemedyKind.RESHIP, new BigDecimal("5")))
            .replacementFirst(List.of(CountryCode.of("VN"), CountryCode.of("TH"), CountryCode.of("ID"),
                    CountryCode.of("MY"), CountryCode.of("PH")))
            .returnCost(Money.of("USD", "15.00"))
            .buyerCauses(EnumSet.of(Cause.ADDRESS, Cause.RECIPIENT))
            .carrierCauses(EnumSet.of(Cause.CARRIER, Cause.PEAK_SEASON, Cause.DISRUPTION))
            .build();

    private static final MarketplaceRule AMAZON = new MarketplaceRule("amazon", Set.of(),
            MarketplaceRule.Measure.AFTER_PROMISE, 3, "A-to-z after 3 days; Order Defect Rate below 1%", Validity.ALWAYS,
            Source.of("Amazon A-to-z Guarantee", "B-AZ-06", Confidence.VERIFIED_PRIMARY));
    private static final MarketplaceRule SHOPEE_OLD = new MarketplaceRule("SHOPEE", Set.of(),
            MarketplaceRule.Measure.AT_HANDOVER, 0, "LSR, penalty at 10%", new Validity(null, LocalDate.parse("2024-01-14")),
            Source.of("Shopee LSR", "B-SP-02", Confidence.CONFLICTING));
    private static final MarketplaceRule SHOPEE = new MarketplaceRule("SHOPEE", Set.of(),
            MarketplaceRule.Measure.AT_HANDOVER, 0, "LSR, penalty from 20%", Validity.from(LocalDate.parse("2024-01-15")),
            Source.of("Shopee LSR", "B-SP-02", Confidence.CONFLICTING));
    private static final MarketplaceRule SHOPEE_SG = new MarketplaceRule("SHOPEE", Set.of(CountryCode.of("SG")),
            MarketplaceRule.Measure.AT_HANDOVER, 0, "LSR, Singapore penalty from 5%",
            Validity.from(LocalDate.parse("2026-03-10")), Source.of("Shopee SG LSR", "B-SP-02", Confidence.CONFLICTING));

    private static final CompensationEngine ENGINE = CompensationEngine.of(LADDER,
            List.of(AMAZON, SHOPEE_OLD, SHOPEE, SHOPEE_SG));

    private static Shipment shipment(String destination, Money value, ReportType... reports) {
        Shipment.Builder builder = Shipment.builder("order-1", Lane.of(CountryCode.of("CN"), CountryCode.of(destination),
                Mode.AIR)).value(value);
        for (ReportType report : reports) {
            builder.report(CustomerReport.of(Instant.parse("2026-11-20T10:00:00Z"), report));
        }
        return builder.build();
    }

    private static Verdict verdict(Status status, Stage stage, ExceptionType exception, Cause cause, int daysLate,
                                   Party recoverFrom) {
        return new Verdict("order-1", status, stage, exception, cause, daysLate, Optional.empty(), 6, recoverFrom, List.of(),
                List.of(), "CN-FR-AIR", List.of());
    }

    private static Remedy remedy(Shipment shipment, Verdict verdict) {
        return ENGINE.remedy(CompensationRequest.of(shipment, verdict, TODAY));
    }

    @Test
    void aParcelOnTrackEarnsNothing() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE, Cause.NONE, 0, Party.NONE));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.NONE);
        assertThat(remedy.amount()).isEmpty();
        assertThat(remedy.returnRequired()).isFalse();
        assertThat(remedy.claimFrom()).isEqualTo(Party.NONE);
        assertThat(english(remedy)).isEqualTo("The parcel is on track, so nothing is owed.");
    }

    @Test
    void aParcelDeliveredOnTimeEarnsNothing() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.NONE, Cause.NONE, 0, Party.NONE));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.NONE);
        assertThat(english(remedy)).isEqualTo("The parcel was delivered on time, so nothing is owed.");
    }

    @Test
    void aCustomsHoldNotYetLateEarnsAnApology() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.AT_RISK, Stage.IMPORT_CUSTOMS, ExceptionType.CUSTOMS_HOLD, Cause.CUSTOMS, 0, Party.NONE));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.APOLOGY);
        assertThat(remedy.amount()).isEmpty();
        assertThat(english(remedy)).isEqualTo("The parcel is held by customs and delivery may be late,"
                + " so apologise and keep the buyer informed; no money is owed yet.");
    }

    @Test
    void aStalledParcelNotYetLateEarnsTheLaddersAtRiskChoice() {
        CompensationEngine quiet = ENGINE.withPolicy(LADDER.toBuilder().atRisk(RemedyKind.NONE).build());
        Verdict stalled = verdict(Status.AT_RISK, Stage.LINEHAUL, ExceptionType.STALLED, Cause.CARRIER, 0, Party.NONE);

        assertThat(remedy(shipment("FR", Money.of("EUR", "40.00")), stalled).kind()).isEqualTo(RemedyKind.APOLOGY);
        Remedy none = quiet.remedy(CompensationRequest.of(shipment("FR", Money.of("EUR", "40.00")), stalled, TODAY));
        assertThat(none.kind()).isEqualTo(RemedyKind.NONE);
        assertThat(english(none)).isEqualTo("The carrier has not scanned the parcel for 6 days and delivery may be late,"
                + " but no money is owed yet.");
    }

    @ParameterizedTest
    @EnumSource(value = ExceptionType.class, names = {"NONE", "NOT_PICKED_UP", "EXPORT_HOLD", "CUSTOMS_HOLD", "STALLED",
            "DELIVERY_FAILED", "AWAITING_PICKUP", "RETURN_TO_SENDER"})
    void everyOpenProblemOfTheCarrierNotYetLateEarnsAnApologyAndNoMoney(ExceptionType exception) {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.AT_RISK, Stage.LINEHAUL, exception, Cause.CARRIER, 0, Party.NONE));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.APOLOGY);
        assertThat(remedy.amount()).isEmpty();
        assertThat(english(remedy)).endsWith("and delivery may be late, so apologise and keep the buyer informed;"
                + " no money is owed yet.").doesNotContain("  ");
    }

    @Test
    void anExportHoldNamesTheOriginCustoms() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.AT_RISK, Stage.EXPORT_CUSTOMS, ExceptionType.EXPORT_HOLD, Cause.CUSTOMS, 0, Party.NONE));

        assertThat(english(remedy)).startsWith("The parcel is held by export customs and delivery may be late");
    }

    @Test
    void aParcelWaitingForTheBuyerAtAPickupPointEarnsNothing() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.AT_RISK, Stage.LAST_MILE, ExceptionType.AWAITING_PICKUP, Cause.RECIPIENT, 0, Party.NONE));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.NONE);
        assertThat(english(remedy)).contains("waiting at a pickup point", "on the buyer's side");
    }

    @ParameterizedTest(name = "{0} days late: {1} {2}")
    @CsvSource({"1, COUPON, 2.00", "3, COUPON, 2.00", "4, COUPON, 4.00", "7, COUPON, 4.00", "8, PARTIAL_REFUND, 6.00",
            "15, PARTIAL_REFUND, 10.00", "40, PARTIAL_REFUND, 10.00"})
    void theGestureForALateParcelGrowsWithDaysLate(int daysLate, RemedyKind kind, String amount) {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.DELAYED, Stage.LINEHAUL, ExceptionType.STALLED, Cause.CARRIER, daysLate, Party.NONE));

        assertThat(remedy.kind()).isEqualTo(kind);
        assertThat(remedy.amount()).contains(Money.of("EUR", amount));
        assertThat(remedy.returnRequired()).isFalse();
    }

    @Test
    void aParcelDeliveredLateEarnsTheGestureAndSaysWhy() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.DELIVERED_LATE, Stage.DELIVERED, ExceptionType.NONE, Cause.PEAK_SEASON, 3, Party.NONE));

        assertThat(english(remedy)).isEqualTo("The parcel arrived 3 days late because of the peak-season backlog,"
                + " so offer a coupon worth 5% of the order (2.00 EUR).");
    }

    @Test
    void aParcelOverdueWithoutAPromiseGetsTheFirstStep() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.DELAYED, Stage.LINEHAUL, ExceptionType.STALLED, Cause.UNKNOWN, 0, Party.NONE));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.COUPON);
        assertThat(remedy.amount()).contains(Money.of("EUR", "2.00"));
        assertThat(english(remedy)).startsWith("The parcel is well past its lane's normal transit time, so");
    }

    @Test
    void amountsUseTheScaleOfTheOrdersCurrency() {
        Remedy remedy = remedy(shipment("JP", Money.of("JPY", "1999")),
                verdict(Status.DELAYED, Stage.LAST_MILE, ExceptionType.NONE, Cause.CARRIER, 5, Party.NONE));

        // 10% of 1999 JPY = 199.9 JPY, rounded to whole yen
        assertThat(remedy.amount()).contains(Money.of("JPY", "200"));
    }

    @Test
    void lateFromABadAddressEarnsNothing() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.DELAYED, Stage.LAST_MILE, ExceptionType.DELIVERY_FAILED, Cause.ADDRESS, 6, Party.NONE));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.NONE);
        assertThat(english(remedy)).isEqualTo("The parcel is 6 days late because of the delivery address,"
                + " which is on the buyer's side, so nothing is owed.");
    }

    @Test
    void aLostParcelIsRefundedFirstAndClaimedFromTheLinehaulCarrier() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Cause.CARRIER, 0, Party.LINEHAUL_CARRIER));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.FULL_REFUND);
        assertThat(remedy.amount()).contains(Money.of("EUR", "40.00"));
        assertThat(remedy.returnRequired()).isFalse();
        assertThat(remedy.claimFrom()).isEqualTo(Party.LINEHAUL_CARRIER);
        assertThat(english(remedy)).isEqualTo("The parcel was lost on the linehaul, so refund the full 40.00 EUR now,"
                + " then claim the loss from the linehaul carrier.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"VN", "TH", "ID", "MY", "PH"})
    void aLostParcelIsReshippedFirstInSoutheastAsianMarkets(String market) {
        Remedy remedy = remedy(shipment(market, Money.of("USD", "25.00")),
                verdict(Status.LOST, Stage.LAST_MILE, ExceptionType.LOST, Cause.CARRIER, 0, Party.LAST_MILE_CARRIER));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.RESHIP);
        assertThat(remedy.amount()).isEmpty();
        assertThat(remedy.claimFrom()).isEqualTo(Party.LAST_MILE_CARRIER);
        assertThat(english(remedy)).contains("buyers in " + market + " prefer a replacement", "reship the order now");
    }

    @Test
    void theMarketCanDifferFromTheDestination() {
        Remedy remedy = ENGINE.remedy(CompensationRequest.builder(shipment("SG", Money.of("USD", "25.00")),
                        verdict(Status.LOST, Stage.LAST_MILE, ExceptionType.LOST, Cause.CARRIER, 0, Party.LAST_MILE_CARRIER),
                        TODAY)
                .market(CountryCode.of("MY")).build());

        assertThat(remedy.kind()).isEqualTo(RemedyKind.RESHIP);
    }

    @Test
    void aParcelShownDeliveredButNotReceivedIsPaidFirstAndClaimedFromTheLastMileCarrier() {
        Verdict notReceived = verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.NOT_RECEIVED, Cause.CARRIER, 0,
                Party.LAST_MILE_CARRIER);

        Remedy refund = remedy(shipment("DE", Money.of("EUR", "59.90")), notReceived);
        Remedy reship = remedy(shipment("TH", Money.of("THB", "890.00")), notReceived);

        assertThat(refund.kind()).isEqualTo(RemedyKind.FULL_REFUND);
        assertThat(refund.amount()).contains(Money.of("EUR", "59.90"));
        assertThat(refund.claimFrom()).isEqualTo(Party.LAST_MILE_CARRIER);
        assertThat(reship.kind()).isEqualTo(RemedyKind.RESHIP);
        assertThat(reship.claimFrom()).isEqualTo(Party.LAST_MILE_CARRIER);
    }

    @Test
    void damageToAnItemWorthMoreThanItsReturnIsRefundedAgainstTheItem() {
        Remedy remedy = remedy(shipment("US", Money.of("USD", "80.00")),
                verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.DAMAGED, Cause.CARRIER, 0, Party.LAST_MILE_CARRIER));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.FULL_REFUND);
        assertThat(remedy.amount()).contains(Money.of("USD", "80.00"));
        assertThat(remedy.returnRequired()).isTrue();
        assertThat(english(remedy)).isEqualTo("The goods arrived damaged, so refund the full 80.00 USD once the item is"
                + " back, then claim the damage from the last-mile carrier.");
    }

    @Test
    void damageToACheapItemIsRefundedWithoutReturn() {
        Remedy remedy = remedy(shipment("US", Money.of("USD", "9.90")),
                verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.DAMAGED, Cause.CARRIER, 0, Party.LAST_MILE_CARRIER));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.REFUND_WITHOUT_RETURN);
        assertThat(remedy.amount()).contains(Money.of("USD", "9.90"));
        assertThat(remedy.returnRequired()).isFalse();
        assertThat(remedy.claimFrom()).isEqualTo(Party.LAST_MILE_CARRIER);
        assertThat(english(remedy)).isEqualTo("The goods arrived damaged and returning the item would cost more than its"
                + " 9.90 USD value, so refund the full 9.90 USD and let the buyer keep the item, then claim the damage"
                + " from the last-mile carrier.");
    }

    @Test
    void damageIsExchangedInMarketsThatPreferAReplacement() {
        Verdict damaged = verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.DAMAGED, Cause.CARRIER, 0,
                Party.LAST_MILE_CARRIER);

        Remedy exchange = remedy(shipment("TH", Money.of("USD", "80.00")), damaged);
        Remedy cheap = remedy(shipment("VN", Money.of("USD", "9.90")), damaged);

        assertThat(exchange.kind()).isEqualTo(RemedyKind.EXCHANGE);
        assertThat(exchange.returnRequired()).isTrue();
        assertThat(cheap.kind()).as("a cheap item is replaced and kept").isEqualTo(RemedyKind.RESHIP);
        assertThat(cheap.returnRequired()).isFalse();
        assertThat(english(cheap)).isEqualTo("The goods arrived damaged, buyers in VN prefer a replacement and returning"
                + " the item would cost more than its 9.90 USD value, so send a replacement and let the buyer keep the"
                + " damaged item, then claim the damage from the last-mile carrier.");
    }

    @Test
    void aCheapItemInACurrencyWithoutAReturnCostIsSentBackUnlessTheShopSaysWhatAReturnCosts() {
        Shipment cheapInEuro = shipment("FR", Money.of("EUR", "9.90"));
        Verdict damaged = verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.DAMAGED, Cause.CARRIER, 0,
                Party.LAST_MILE_CARRIER);

        Remedy unknownCost = ENGINE.remedy(CompensationRequest.of(cheapInEuro, damaged, TODAY));
        Remedy knownCost = ENGINE.remedy(CompensationRequest.builder(cheapInEuro, damaged, TODAY)
                .returnCost(Money.of("EUR", "12.00")).build());

        assertThat(unknownCost.kind()).isEqualTo(RemedyKind.FULL_REFUND);
        assertThat(unknownCost.returnRequired()).isTrue();
        assertThat(knownCost.kind()).isEqualTo(RemedyKind.REFUND_WITHOUT_RETURN);
        assertThat(knownCost.returnRequired()).isFalse();
    }

    @Test
    void aWrongItemIsExchangedWithAGoodwillCouponOnTop() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00"), ReportType.WRONG_ITEM),
                verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.NONE, Cause.NONE, 0, Party.SELLER));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.EXCHANGE);
        assertThat(remedy.returnRequired()).isTrue();
        assertThat(remedy.coupon()).contains(Money.of("EUR", "2.00"));
        assertThat(remedy.claimFrom()).isEqualTo(Party.SELLER);
        assertThat(english(remedy)).isEqualTo("The buyer received the wrong item, so exchange it for the right item"
                + " and add a goodwill coupon of 2.00 EUR.");
    }

    @Test
    void aMissingItemIsReshippedWithAGoodwillCouponAndNothingComesBack() {
        Remedy remedy = remedy(shipment("US", Money.of("USD", "30.00"), ReportType.MISSING_ITEM),
                verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.NONE, Cause.NONE, 0, Party.SELLER));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.RESHIP);
        assertThat(remedy.returnRequired()).isFalse();
        assertThat(remedy.coupon()).contains(Money.of("USD", "1.50"));
        assertThat(english(remedy)).contains("send the missing item", "goodwill coupon of 1.50 USD");
    }

    @Test
    void aParcelSentBackByCustomsIsPaidFirst() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.RETURNING, Stage.RETURN, ExceptionType.RETURN_TO_SENDER, Cause.CUSTOMS, 0, Party.NONE));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.FULL_REFUND);
        assertThat(remedy.returnRequired()).isFalse();
        assertThat(english(remedy)).isEqualTo("The parcel is on its way back because of customs, so refund the full"
                + " 40.00 EUR now.");
    }

    @Test
    void aParcelRefusedByTheBuyerEarnsNothing() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "40.00")),
                verdict(Status.RETURNING, Stage.RETURN, ExceptionType.RETURN_TO_SENDER, Cause.RECIPIENT, 0, Party.NONE));

        assertThat(remedy.kind()).isEqualTo(RemedyKind.NONE);
        assertThat(english(remedy)).startsWith("The parcel is on its way back because the recipient").endsWith(
                "which is on the buyer's side, so nothing is owed.");
    }

    @Test
    void withoutAnOrderValueTheRemedyKeepsItsKindAndSaysItInWords() {
        Remedy lost = remedy(shipment("FR", null),
                verdict(Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Cause.CARRIER, 0, Party.LINEHAUL_CARRIER));
        Remedy late = remedy(shipment("FR", null),
                verdict(Status.DELAYED, Stage.LINEHAUL, ExceptionType.NONE, Cause.CARRIER, 5, Party.NONE));

        assertThat(lost.kind()).isEqualTo(RemedyKind.FULL_REFUND);
        assertThat(lost.amount()).isEmpty();
        assertThat(english(lost)).contains("refund the order in full now");
        assertThat(late.amount()).isEmpty();
        assertThat(english(late)).endsWith("offer a coupon worth 10% of the order.");
    }

    @Test
    void aRefundIsStatedAtTheScaleOfTheCurrency() {
        Remedy remedy = remedy(shipment("FR", Money.of("EUR", "39.9")),
                verdict(Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Cause.CARRIER, 0, Party.LINEHAUL_CARRIER));

        assertThat(remedy.amount()).contains(Money.of("EUR", "39.90"));
    }

    @Test
    void theOrderValueWinsOverTheDeclaredValue() {
        Remedy remedy = ENGINE.remedy(CompensationRequest.builder(shipment("FR", Money.of("EUR", "10.00")),
                        verdict(Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Cause.CARRIER, 0, Party.LINEHAUL_CARRIER),
                        TODAY)
                .orderValue(Money.of("EUR", "45.50")).build());

        assertThat(remedy.amount()).contains(Money.of("EUR", "45.50"));
    }

    @Test
    void aCarrierDelayWithinAmazonsGraceDoesNotCountAgainstTheShop() {
        Remedy remedy = ENGINE.remedy(CompensationRequest.builder(shipment("US", Money.of("USD", "40.00")),
                verdict(Status.DELIVERED_LATE, Stage.DELIVERED, ExceptionType.NONE, Cause.CARRIER, 2, Party.NONE),
                TODAY).marketplace("amazon").build());

        assertThat(remedy.standing()).isPresent();
        assertThat(remedy.standing().orElseThrow().marketplace()).isEqualTo("AMAZON");
        assertThat(remedy.standing().orElseThrow().countsAgainstShop()).isFalse();
        assertThat(REASONS.english(remedy.standing().orElseThrow())).contains("within the 3 days Amazon allows", "[B-AZ-06, V-P]");
    }

    @Test
    void aCarrierDelayBeyondAmazonsGraceMayCount() {
        Remedy remedy = ENGINE.remedy(CompensationRequest.builder(shipment("US", Money.of("USD", "40.00")),
                verdict(Status.DELAYED, Stage.LAST_MILE, ExceptionType.NONE, Cause.CARRIER, 4, Party.NONE),
                TODAY).marketplace("AMAZON").build());

        assertThat(remedy.standing().orElseThrow().countsAgainstShop()).isTrue();
        assertThat(REASONS.english(remedy.standing().orElseThrow())).contains("beyond the 3 days");
    }

    @Test
    void aDelayThatIsNotTheCarriersIsNeverMarkedAsExcused() {
        Remedy remedy = ENGINE.remedy(CompensationRequest.builder(shipment("US", Money.of("USD", "40.00")),
                verdict(Status.DELAYED, Stage.IMPORT_CUSTOMS, ExceptionType.CUSTOMS_HOLD, Cause.CUSTOMS, 1, Party.NONE),
                TODAY).marketplace("AMAZON").build());

        assertThat(remedy.standing().orElseThrow().countsAgainstShop()).isTrue();
        assertThat(REASONS.english(remedy.standing().orElseThrow())).contains("not the carrier's (cause CUSTOMS)");
    }

    @Test
    void shopeeJudgesAtHandOverSoACarrierDelayAfterPickupDoesNotCount() {
        Remedy afterPickup = ENGINE.remedy(CompensationRequest.builder(shipment("MY", Money.of("MYR", "59.00")),
                verdict(Status.DELAYED, Stage.LINEHAUL, ExceptionType.STALLED, Cause.CARRIER, 5, Party.NONE),
                TODAY).marketplace("shopee").build());
        Remedy neverPickedUp = ENGINE.remedy(CompensationRequest.builder(shipment("MY", Money.of("MYR", "59.00")),
                verdict(Status.DELAYED, Stage.LABEL_CREATED, ExceptionType.NOT_PICKED_UP, Cause.CARRIER, 2, Party.NONE),
                TODAY).marketplace("shopee").build());

        assertThat(afterPickup.standing().orElseThrow().countsAgainstShop()).isFalse();
        assertThat(REASONS.english(afterPickup.standing().orElseThrow())).contains("judges lateness at hand-over", "penalty from 20%");
        assertThat(neverPickedUp.standing().orElseThrow().countsAgainstShop()).isTrue();
    }

    @Test
    void theMarketplaceRuleInForceOnTheDayAndForTheMarketIsUsed() {
        assertThat(ENGINE.marketplaceRule("SHOPEE", CountryCode.of("MY"), LocalDate.parse("2023-06-01")))
                .contains(SHOPEE_OLD);
        assertThat(ENGINE.marketplaceRule("SHOPEE", CountryCode.of("MY"), LocalDate.parse("2024-01-15")))
                .contains(SHOPEE);
        assertThat(ENGINE.marketplaceRule("SHOPEE", CountryCode.of("SG"), LocalDate.parse("2026-03-09")))
                .contains(SHOPEE);
        assertThat(ENGINE.marketplaceRule("SHOPEE", CountryCode.of("SG"), LocalDate.parse("2026-03-10")))
                .contains(SHOPEE_SG);
        assertThat(ENGINE.marketplaceRule("EBAY", CountryCode.of("US"), TODAY)).isEmpty();
    }

    @Test
    void noStandingIsJudgedWithoutAMarketplaceOrForAFault() {
        Remedy ownSite = remedy(shipment("US", Money.of("USD", "40.00")),
                verdict(Status.DELAYED, Stage.LAST_MILE, ExceptionType.NONE, Cause.CARRIER, 2, Party.NONE));
        Remedy lost = ENGINE.remedy(CompensationRequest.builder(shipment("US", Money.of("USD", "40.00")),
                verdict(Status.LOST, Stage.LAST_MILE, ExceptionType.LOST, Cause.CARRIER, 0, Party.LAST_MILE_CARRIER),
                TODAY).marketplace("AMAZON").build());

        assertThat(ownSite.standing()).isEmpty();
        assertThat(lost.standing()).isEmpty();
    }

    @Test
    void aRequestRefusesAVerdictForAnotherShipment() {
        Verdict other = new Verdict("order-2", Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE, Cause.NONE, 0, Optional.empty(),
                0, Party.NONE, List.of(), List.of(), "p", List.of());

        assertThatThrownBy(() -> CompensationRequest.of(shipment("FR", null), other, TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'order-2' is not for shipment 'order-1'");
    }
}
