package dev.waybill.policies.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.delay.Cause;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.delay.Verdict;
import dev.waybill.liability.Party;
import dev.waybill.policies.message.RemedyReasons;
import dev.waybill.remedy.CompensationEngine;
import dev.waybill.remedy.CompensationPolicy;
import dev.waybill.remedy.CompensationRequest;
import dev.waybill.remedy.Fault;
import dev.waybill.remedy.LatenessStep;
import dev.waybill.remedy.MarketplaceRule;
import dev.waybill.remedy.Remedy;
import dev.waybill.remedy.RemedyKind;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Money;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.Stage;
import dev.waybill.source.Confidence;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled ladder and marketplace rules, and a shop's own ladder. */
class CompensationPoliciesTest {

    private static final CompensationEngine ENGINE = CompensationPolicies.defaults();
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @TempDir
    Path dir;

    private static Shipment shipment(String destination, Money value) {
        return Shipment.builder("order-1", Lane.of(CountryCode.of("CN"), CountryCode.of(destination), Mode.AIR))
                .value(value).build();
    }

    private static Verdict verdict(Status status, Stage stage, ExceptionType exception, Cause cause, int daysLate,
                                   Party recoverFrom) {
        return new Verdict("order-1", status, stage, exception, cause, daysLate, Optional.empty(), 0, recoverFrom, List.of(),
                List.of(), "CN-FR-AIR", List.of());
    }

    @Test
    void theDefaultLadderGrowsFromACouponToAPartialRefund() {
        CompensationPolicy ladder = CompensationPolicies.defaultLadder();

        assertThat(ladder.lateness()).containsExactly(
                new LatenessStep(1, RemedyKind.COUPON, new BigDecimal("5")),
                new LatenessStep(4, RemedyKind.COUPON, new BigDecimal("10")),
                new LatenessStep(8, RemedyKind.PARTIAL_REFUND, new BigDecimal("15")),
                new LatenessStep(15, RemedyKind.PARTIAL_REFUND, new BigDecimal("25")));
        assertThat(ladder.atRisk()).isEqualTo(RemedyKind.APOLOGY);
        assertThat(ladder.replacementFirst()).extracting(CountryCode::value)
                .containsExactlyInAnyOrder("VN", "TH", "ID", "MY", "PH");
        assertThat(ladder.returnCost(Money.currency("USD"))).contains(Money.of("USD", "15.00"));
        assertThat(ladder.fault(Fault.WRONG_ITEM).goodwillPercent()).isEqualByComparingTo("5");
        assertThat(ladder.fault(Fault.LOST).replacement()).isEqualTo(RemedyKind.RESHIP);
    }

    @Test
    void theDefaultsPayALostParcelFirstAndReshipItInVietnam() {
        Verdict lost = verdict(Status.LOST, Stage.LAST_MILE, ExceptionType.LOST, Cause.CARRIER, 0, Party.LAST_MILE_CARRIER);

        Remedy france = ENGINE.remedy(CompensationRequest.of(shipment("FR", Money.of("EUR", "39.90")), lost, TODAY));
        Remedy vietnam = ENGINE.remedy(CompensationRequest.of(shipment("VN", Money.of("VND", "450000")), lost, TODAY));

        assertThat(france.kind()).isEqualTo(RemedyKind.FULL_REFUND);
        assertThat(france.amount()).contains(Money.of("EUR", "39.90"));
        assertThat(vietnam.kind()).isEqualTo(RemedyKind.RESHIP);
        assertThat(vietnam.claimFrom()).isEqualTo(Party.LAST_MILE_CARRIER);
    }

    @Test
    void theDefaultsGiveACouponForAParcelFiveDaysLate() {
        Remedy remedy = ENGINE.remedy(CompensationRequest.of(shipment("FR", Money.of("EUR", "39.90")),
                verdict(Status.DELAYED, Stage.IMPORT_CUSTOMS, ExceptionType.CUSTOMS_HOLD, Cause.CUSTOMS, 5, Party.NONE),
                TODAY));

        // 10% of 39.90 EUR = 3.99 EUR
        assertThat(remedy.kind()).isEqualTo(RemedyKind.COUPON);
        assertThat(remedy.amount()).contains(Money.of("EUR", "3.99"));
    }

    @Test
    void theBundledMarketplaceRulesAreDatedAndSourced() {
        List<MarketplaceRule> rules = CompensationPolicies.marketplaceRules();

        assertThat(rules).extracting(MarketplaceRule::marketplace).contains("AMAZON", "SHOPEE");
        MarketplaceRule amazon = ENGINE.marketplaceRule("amazon", CountryCode.of("US"), TODAY).orElseThrow();
        assertThat(amazon.graceDays()).isEqualTo(3);
        assertThat(amazon.source().reference().orElseThrow()).contains("B-AZ-06");
        assertThat(ENGINE.marketplaceRule("shopee", CountryCode.of("MY"), LocalDate.parse("2023-12-01")).orElseThrow()
                .metric()).contains("threshold 10%");
        assertThat(ENGINE.marketplaceRule("shopee", CountryCode.of("MY"), TODAY).orElseThrow().metric())
                .contains("penalty from 20%");
        MarketplaceRule singapore = ENGINE.marketplaceRule("shopee", CountryCode.of("SG"), TODAY).orElseThrow();
        assertThat(singapore.markets()).containsExactly(CountryCode.of("SG"));
        assertThat(singapore.source().confidence()).isEqualTo(Confidence.CONFLICTING);
    }

    @Test
    void aCarrierDelayWithinAmazonsThreeDaysIsMarkedAsNotCountingAgainstTheShop() {
        Remedy remedy = ENGINE.remedy(CompensationRequest.builder(shipment("US", Money.of("USD", "24.00")),
                verdict(Status.DELIVERED_LATE, Stage.DELIVERED, ExceptionType.NONE, Cause.CARRIER, 3, Party.NONE),
                TODAY).marketplace("Amazon").build());

        assertThat(remedy.kind()).isEqualTo(RemedyKind.COUPON);
        assertThat(remedy.standing().orElseThrow().countsAgainstShop()).isFalse();
        assertThat(RemedyReasons.defaults().english(remedy.standing().orElseThrow()))
                .contains("A-to-z", "[B-AZ-06, B-AZ-04, V-S]");
    }

    @Test
    void aShopsOwnLadderReplacesTheDefaults() throws IOException {
        Path file = dir.resolve("my-ladder.json");
        Files.writeString(file, """
                {
                  "lateness": [
                    {"fromDaysLate": 2, "kind": "APOLOGY"},
                    {"fromDaysLate": 3, "kind": "COUPON", "percent": "20"}
                  ],
                  "atRisk": "NONE",
                  "faults": {
                    "LOST": {"remedy": "RESHIP", "replacement": "RESHIP"},
                    "NOT_RECEIVED": {"remedy": "RESHIP", "replacement": "RESHIP"},
                    "RETURNED": {"remedy": "FULL_REFUND", "replacement": "RESHIP"},
                    "DAMAGED": {"remedy": "EXCHANGE", "replacement": "EXCHANGE"},
                    "WRONG_ITEM": {"remedy": "FULL_REFUND", "replacement": "EXCHANGE", "goodwillPercent": "10"},
                    "MISSING_ITEM": {"remedy": "RESHIP", "replacement": "RESHIP"}
                  },
                  "replacementFirst": [],
                  "returnCosts": [{"amount": "9.00", "currency": "EUR"}],
                  "buyerCauses": ["ADDRESS"],
                  "carrierCauses": ["CARRIER"]
                }
                """, StandardCharsets.UTF_8);

        CompensationEngine mine = CompensationPolicies.withLadder(file);

        Remedy lost = mine.remedy(CompensationRequest.of(shipment("FR", Money.of("EUR", "39.90")),
                verdict(Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Cause.CARRIER, 0, Party.LINEHAUL_CARRIER), TODAY));
        Remedy twoDaysLate = mine.remedy(CompensationRequest.of(shipment("FR", Money.of("EUR", "39.90")),
                verdict(Status.DELAYED, Stage.LAST_MILE, ExceptionType.NONE, Cause.CARRIER, 2, Party.NONE), TODAY));
        Remedy cheapDamage = mine.remedy(CompensationRequest.of(shipment("FR", Money.of("EUR", "7.50")),
                verdict(Status.DELIVERED, Stage.DELIVERED, ExceptionType.DAMAGED, Cause.CARRIER, 0,
                        Party.LAST_MILE_CARRIER), TODAY));

        assertThat(lost.kind()).isEqualTo(RemedyKind.RESHIP);
        assertThat(twoDaysLate.kind()).isEqualTo(RemedyKind.APOLOGY);
        assertThat(cheapDamage.kind()).as("an exchange of an item cheaper than its return is a reship")
                .isEqualTo(RemedyKind.RESHIP);
        assertThat(cheapDamage.returnRequired()).isFalse();
        assertThat(mine.marketplaceRules()).isEqualTo(ENGINE.marketplaceRules());
    }
}
