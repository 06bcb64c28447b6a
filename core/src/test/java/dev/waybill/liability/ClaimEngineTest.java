package dev.waybill.liability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.source.Confidence;
import dev.waybill.source.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimEngineTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");
    private static final CountryCode CN = CountryCode.of("CN");
    private static final CountryCode FR = CountryCode.of("FR");
    private static final CountryCode US = CountryCode.of("US");

    private static final LiabilityRegime MONTREAL = new LiabilityRegime("MONTREAL_1999", "Montreal Convention 1999",
            RegimeKind.CONVENTION,
            List.of(LimitRule.of(LocalDate.parse("2019-12-28"), LiabilityLimit.perKilogram(Money.of("XDR", "22")),
                            Source.of("MC99 Art 22(3), 2019 review", "C-AIR-01", Confidence.VERIFIED_PRIMARY)),
                    LimitRule.of(LocalDate.parse("2024-12-28"), LiabilityLimit.perKilogram(Money.of("XDR", "26")),
                            Source.of("MC99 Art 22(3), 2024 review", "C-AIR-01", Confidence.VERIFIED_PRIMARY))),
            List.of(TimeLimit.builder(TimeLimit.Kind.NOTICE, 14, TimeLimit.Unit.DAYS, Trigger.DELIVERY)
                            .losses(EnumSet.of(LossKind.DAMAGE))
                            .source(Source.of("MC99 Art 31(2)", "C-AIR-03", Confidence.VERIFIED_SECONDARY)).build(),
                    TimeLimit.builder(TimeLimit.Kind.NOTICE, 21, TimeLimit.Unit.DAYS, Trigger.DISPOSAL)
                            .losses(EnumSet.of(LossKind.DELAY))
                            .source(Source.of("MC99 Art 31(2)", "C-AIR-03", Confidence.VERIFIED_SECONDARY)).build(),
                    TimeLimit.builder(TimeLimit.Kind.ACTION, 2, TimeLimit.Unit.YEARS, Trigger.DELIVERY)
                            .source(Source.of("MC99 Art 35", "C-AIR-04", Confidence.VERIFIED_SECONDARY)).build()));

    private static final LiabilityRegime DHL = new LiabilityRegime("DHL_EXPRESS_AIR", "DHL Express", RegimeKind.CARRIER_TERMS,
            List.of(new LimitRule(EnumSet.of(LossKind.LOSS, LossKind.DAMAGE), Optional.empty(),
                    LiabilityLimit.perKilogram(Money.of("XDR", "19")),
                    Source.of("DHL Express T&C liability", "C-EXP-06", Confidence.UNVERIFIED))),
            List.of(TimeLimit.builder(TimeLimit.Kind.CLAIM, 30, TimeLimit.Unit.DAYS, Trigger.ACCEPTANCE)
                    .losses(EnumSet.of(LossKind.LOSS, LossKind.DAMAGE))
                    .source(Source.of("DHL Express T&C claims", "C-EXP-05", Confidence.VERIFIED_PRIMARY)).build()));

    private static final LiabilityRegime USPS = new LiabilityRegime("USPS_DOMESTIC", "USPS DMM 609", RegimeKind.POSTAL,
            List.of(new LimitRule(EnumSet.of(LossKind.LOSS), Optional.empty(),
                    LiabilityLimit.perPackage(Money.of("USD", "100")),
                    Source.of("USPS included insurance", "C-POST-03", Confidence.SECONDARY))),
            List.of(TimeLimit.builder(TimeLimit.Kind.OPENS, 15, TimeLimit.Unit.DAYS, Trigger.ACCEPTANCE)
                            .losses(EnumSet.of(LossKind.LOSS)).validity(Validity.from(LocalDate.parse("2026-01-18")))
                            .source(Source.of("DMM 609.1.4, 90 FR 61328", "C-POST-03", Confidence.VERIFIED_PRIMARY)).build(),
                    TimeLimit.builder(TimeLimit.Kind.CLAIM, 60, TimeLimit.Unit.DAYS, Trigger.ACCEPTANCE)
                            .losses(EnumSet.of(LossKind.LOSS))
                            .source(Source.of("DMM 609.1.4", "C-POST-03", Confidence.VERIFIED_PRIMARY)).build()));

    private static final ClaimEngine ENGINE = ClaimEngine.builder()
            .putRegime(MONTREAL).putRegime(DHL).putRegime(USPS)
            .addRule(RegimeRule.builder("DHL_EXPRESS_AIR").carriers(Set.of("DHL")).why("DHL Express terms").build())
            .addRule(RegimeRule.builder("USPS_DOMESTIC").carriers(Set.of("usps")).scope(RegimeRule.Scope.DOMESTIC)
                    .why("USPS domestic").build())
            .addRule(RegimeRule.builder("MONTREAL_1999").parties(EnumSet.of(Party.LINEHAUL_CARRIER))
                    .modes(EnumSet.of(Mode.AIR)).scope(RegimeRule.Scope.INTERNATIONAL).why("air").build())
            .build();

    private static Shipment.Builder airParcel(String carrier, String shippedAt) {
        return Shipment.builder("order-1042", new Lane(CN, FR, Mode.AIR, carrier))
                .shippedAt(OffsetDateTime.parse(shippedAt))
                .value(Money.of("USD", "80.00"))
                .weightKg(new BigDecimal("2.5"));
    }

    private static TrackingEvent event(String at, EventCode code) {
        return TrackingEvent.of(OffsetDateTime.parse(at), code);
    }

    @Test
    void aParcelLostOnTheAirLinehaulIsClaimedUnderMontrealAtTheLimitInForceWhenItWasCarried() {
        Shipment shipment = airParcel(null, "2025-03-02T10:00:00+08:00").build();

        Claim claim = ENGINE.claim(ClaimRequest.of(shipment, Party.LINEHAUL_CARRIER, LossKind.LOSS, TODAY)).orElseThrow();

        assertThat(claim.regime()).isEqualTo("MONTREAL_1999");
        assertThat(claim.party()).isEqualTo(Party.LINEHAUL_CARRIER);
        assertThat(claim.cap()).contains(Money.of("XDR", "65.00"));
        // no arrival: the two years count from acceptance on 2 Mar 2025
        assertThat(claim.deadline()).isEqualTo("2027-03-02");
        assertThat(claim.basis()).contains("26 SDR/kg = 65.00 XDR", "MC99 Art 35 [C-AIR-04, V-S]",
                "delivery not known: counted from acceptance");
        assertThat(claim.recoverable()).as("an SDR cap without a rate cannot be set against a USD value").isEmpty();
        assertThat(claim.confidence()).isEqualTo(Confidence.VERIFIED_SECONDARY);
    }

    @Test
    void aParcelHandedOverToTheLastMileCarrierIsClaimedUnderTheTermsOfTheCarrierThatHeldItLast() {
        Shipment handed = airParcel("cainiao", "2026-03-02T10:00:00+08:00")
                .event(event("2026-03-02T10:00:00+08:00", EventCode.PICKED_UP))
                .handOver(new HandOver("DHL", "00340434161094042557", null)).build();
        Shipment dhl = Shipment.builder("00340434161094042557", new Lane(FR, FR, Mode.ROAD, "DHL"))
                .event(event("2026-03-09T08:00:00+01:00", EventCode.OUT_FOR_DELIVERY)).build();

        Claim beforeHandOver = ENGINE.claim(ClaimRequest.of(handed, Party.LAST_MILE_CARRIER, LossKind.LOSS, TODAY))
                .orElse(null);
        Claim afterHandOver = ENGINE.claim(ClaimRequest.of(handed.joinedWith(dhl), Party.LAST_MILE_CARRIER,
                LossKind.LOSS, TODAY)).orElseThrow();

        assertThat(beforeHandOver).as("Cainiao still held it: no carrier terms for cainiao here").isNull();
        assertThat(afterHandOver.regime()).isEqualTo("DHL_EXPRESS_AIR");
    }

    @Test
    void aParcelCarriedTheDayBeforeTheReviewKeepsTheOlderLimit() {
        Shipment shipment = airParcel(null, "2024-12-27T23:00:00+08:00").build();

        Claim claim = ENGINE.claim(ClaimRequest.builder(shipment, Party.LINEHAUL_CARRIER, LossKind.LOSS, TODAY)
                .sdrRate(SdrRate.of("USD", "1.31")).build()).orElseThrow();

        // 22 SDR/kg x 2.5 kg = 55 SDR = 72.05 USD at 1.31, below the 80 USD value
        assertThat(claim.cap()).contains(Money.of("USD", "72.05"));
        assertThat(claim.recoverable()).contains(Money.of("USD", "72.05"));
        assertThat(claim.basis()).contains("22 SDR/kg = 72.05 USD at 1.31 USD per SDR");
    }

    @Test
    void theRecoverableAmountIsTheValueWhenTheCapIsHigher() {
        Shipment shipment = airParcel(null, "2025-03-02T10:00:00+08:00").build();

        Claim claim = ENGINE.claim(ClaimRequest.builder(shipment, Party.LINEHAUL_CARRIER, LossKind.LOSS, TODAY)
                .sdrRate(SdrRate.of("USD", "1.31")).build()).orElseThrow();

        // 65 SDR = 85.15 USD, above the 80 USD value
        assertThat(claim.cap()).contains(Money.of("USD", "85.15"));
        assertThat(claim.recoverable()).contains(Money.of("USD", "80.00"));
    }

    @Test
    void damageMustBeNotifiedWithinFourteenDaysOfDelivery() {
        Shipment shipment = airParcel(null, "2026-01-20T10:00:00+08:00")
                .event(event("2026-02-10T15:00:00+01:00", EventCode.DELIVERED)).build();

        Claim claim = ENGINE.claim(ClaimRequest.of(shipment, Party.LINEHAUL_CARRIER, LossKind.DAMAGE, TODAY)).orElseThrow();

        // the 14-day notice ends before the two-year action
        assertThat(claim.deadline()).isEqualTo("2026-02-24");
        assertThat(claim.basis()).contains("notice within 14 days of delivery: 2026-02-24", "action within 2 years of delivery: 2028-02-10");
        assertThat(claim.isOpenOn(LocalDate.parse("2026-02-24"))).isTrue();
        assertThat(claim.isTimeBarredOn(LocalDate.parse("2026-02-25"))).isTrue();
    }

    @Test
    void delayCountsFromTheDayTheGoodsWereAtTheConsigneesDisposal() {
        Shipment shipment = airParcel(null, "2026-01-20T10:00:00+08:00")
                .event(event("2026-02-08T09:00:00+01:00", EventCode.AVAILABLE_FOR_PICKUP))
                .event(event("2026-02-10T15:00:00+01:00", EventCode.DELIVERED)).build();

        Claim claim = ENGINE.claim(ClaimRequest.of(shipment, Party.LINEHAUL_CARRIER, LossKind.DELAY, TODAY)).orElseThrow();

        // at the pickup point on 8 Feb 2026 + 21 days
        assertThat(claim.deadline()).isEqualTo("2026-03-01");
    }

    @Test
    void anExpressCarriersTermsWinOverTheConventionOfItsMode() {
        Shipment shipment = airParcel("dhl", "2026-03-02T10:00:00+08:00").build();

        Claim claim = ENGINE.claim(ClaimRequest.of(shipment, Party.LAST_MILE_CARRIER, LossKind.LOSS, TODAY)).orElseThrow();

        assertThat(claim.regime()).isEqualTo("DHL_EXPRESS_AIR");
        // 30 days from DHL's acceptance on 2 Mar 2026
        assertThat(claim.deadline()).isEqualTo("2026-04-01");
        // 19 SDR/kg x 2.5 kg
        assertThat(claim.cap()).contains(Money.of("XDR", "47.50"));
        assertThat(claim.confidence()).as("the per-kg cap is unverified").isEqualTo(Confidence.UNVERIFIED);
    }

    @Test
    void aClaimOpensOnlyAfterTheDatedWaitingPeriod() {
        Shipment mailed = Shipment.builder("us-1", new Lane(US, US, Mode.ROAD, "usps"))
                .shippedAt(OffsetDateTime.parse("2026-02-02T10:00:00-05:00")).value(Money.of("USD", "40.00")).build();

        Claim claim = ENGINE.claim(ClaimRequest.of(mailed, Party.LAST_MILE_CARRIER, LossKind.LOSS, TODAY)).orElseThrow();

        assertThat(claim.openFrom()).contains(LocalDate.parse("2026-02-17"));
        assertThat(claim.deadline()).isEqualTo("2026-04-03");
        assertThat(claim.recoverable()).contains(Money.of("USD", "40.00"));
        assertThat(claim.isOpenOn(LocalDate.parse("2026-02-16"))).isFalse();
        assertThat(claim.isOpenOn(LocalDate.parse("2026-02-17"))).isTrue();
    }

    @Test
    void theWaitingPeriodDoesNotApplyToParcelsMailedBeforeItTookEffect() {
        Shipment mailed = Shipment.builder("us-2", new Lane(US, US, Mode.ROAD, "usps"))
                .shippedAt(OffsetDateTime.parse("2026-01-10T10:00:00-05:00")).build();

        Claim claim = ENGINE.claim(ClaimRequest.of(mailed, Party.LAST_MILE_CARRIER, LossKind.LOSS, TODAY)).orElseThrow();

        assertThat(claim.openFrom()).isEmpty();
        assertThat(claim.deadline()).isEqualTo("2026-03-11");
    }

    @Test
    void noClaimIsMadeAgainstTheSellerTheBuyerOrNobody() {
        Shipment shipment = airParcel(null, "2026-03-02T10:00:00+08:00").build();

        for (Party party : EnumSet.of(Party.SELLER, Party.BUYER, Party.NONE)) {
            assertThat(ENGINE.claim(ClaimRequest.of(shipment, party, LossKind.LOSS, TODAY))).as(party.name()).isEmpty();
        }
    }

    @Test
    void noClaimIsMadeWhereNoRuleMatches() {
        Shipment byRail = Shipment.builder("rail-1", Lane.of(CN, FR, Mode.RAIL)).build();

        assertThat(ENGINE.claim(ClaimRequest.of(byRail, Party.LINEHAUL_CARRIER, LossKind.LOSS, TODAY))).isEmpty();
    }

    @Test
    void noClaimIsMadeForALossTheRegimeDoesNotPay() {
        Shipment shipment = airParcel("dhl", "2026-03-02T10:00:00+08:00").build();

        assertThat(ENGINE.claim(ClaimRequest.of(shipment, Party.LINEHAUL_CARRIER, LossKind.DELAY, TODAY))).isEmpty();
    }

    @Test
    void theCapIsLeftOpenWithoutAWeight() {
        Shipment shipment = airParcel(null, "2026-03-02T10:00:00+08:00").weightKg(null).build();

        Claim claim = ENGINE.claim(ClaimRequest.of(shipment, Party.LINEHAUL_CARRIER, LossKind.LOSS, TODAY)).orElseThrow();

        assertThat(claim.cap()).isEmpty();
        assertThat(claim.basis()).contains("not computed: the shipment's weight is unknown");
    }

    @Test
    void acceptanceIsTheFirstCarrierEventWhenTheShipmentHasNoHandOverTime() {
        Shipment shipment = Shipment.builder("order-7", new Lane(CN, FR, Mode.AIR, "dhl"))
                .event(event("2026-03-01T09:00:00+08:00", EventCode.LABEL_CREATED))
                .event(event("2026-03-03T18:00:00+08:00", EventCode.PICKED_UP)).build();

        Claim claim = ENGINE.claim(ClaimRequest.of(shipment, Party.FIRST_MILE_CARRIER, LossKind.LOSS, TODAY)).orElseThrow();

        assertThat(claim.deadline()).isEqualTo("2026-04-02");
    }

    @Test
    void aShopsRulePutFirstOverridesTheDefaultMapping() {
        ClaimEngine shop = ENGINE.toBuilder()
                .addRuleFirst(RegimeRule.builder("DHL_EXPRESS_AIR").parties(EnumSet.of(Party.LINEHAUL_CARRIER))
                        .why("our forwarder books DHL Express for every air linehaul").build())
                .build();
        Shipment shipment = airParcel(null, "2026-03-02T10:00:00+08:00").build();

        assertThat(shop.claim(ClaimRequest.of(shipment, Party.LINEHAUL_CARRIER, LossKind.LOSS, TODAY)))
                .map(Claim::regime).contains("DHL_EXPRESS_AIR");
        assertThat(ENGINE.claim(ClaimRequest.of(shipment, Party.LINEHAUL_CARRIER, LossKind.LOSS, TODAY)))
                .map(Claim::regime).contains("MONTREAL_1999");
    }

    @Test
    void anEngineRefusesARuleForAnUnknownRegime() {
        assertThatThrownBy(() -> ClaimEngine.builder().putRegime(MONTREAL)
                .addRule(RegimeRule.builder("CIM").why("rail").build()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown regime 'CIM'");
    }

    @Test
    void aRegimeRefusesTwoLimitsForOneLossFromOneDate() {
        LimitRule a = LimitRule.of(null, LiabilityLimit.perKilogram(Money.of("XDR", "17")),
                Source.of("a", null, Confidence.UNVERIFIED));
        LimitRule b = new LimitRule(EnumSet.of(LossKind.LOSS), Optional.empty(),
                LiabilityLimit.perKilogram(Money.of("XDR", "19")),
                Source.of("b", null, Confidence.UNVERIFIED));

        assertThatThrownBy(() -> new LiabilityRegime("X", "x", RegimeKind.CONVENTION, List.of(a, b), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two limits for the same loss kind");
    }
}
