package dev.waybill.returns;

import static dev.waybill.returns.Fixtures.DE;
import static dev.waybill.returns.Fixtures.JP;
import static dev.waybill.returns.Fixtures.US;
import static dev.waybill.returns.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopPolicyOverlayTest {

    private final WithdrawalEvaluator returns = Fixtures.evaluator();

    private static ShopReturnPolicy policy(ShopTerms.Builder terms) {
        return ShopReturnPolicy.of("Lumen Home", terms.source("windowDays", "shop.json: $.windowDays")
                .source("exclusions", "shop.json: $.exclusions")
                .source("returnShippingPaidBy", "shop.json: $.returnShippingPaidBy")
                .source("refundWithinDays", "shop.json: $.refundWithinDays")
                .source("restockingFeePercent", "shop.json: $.restockingFeePercent")
                .build());
    }

    @Test
    void aLongerShopWindowExtendsTheLastDayBeyondTheLaw() {
        ShopReturnPolicy thirtyDays = policy(ShopTerms.builder().windowDays(30));

        WithdrawalDecision withinLaw = returns.decide(request(DE, "2026-03-02", "2026-03-10").build(), thirtyDays);
        assertThat(withinLaw.eligible()).isTrue();
        assertThat(withinLaw.deadline()).contains(LocalDate.of(2026, 4, 1));
        assertThat(withinLaw.basis()).isEqualTo("Directive 2011/83/EU art. 9-16");

        WithdrawalDecision beyondLaw = returns.decide(request(DE, "2026-03-02", "2026-03-25").build(), thirtyDays);
        assertThat(beyondLaw.eligible()).isTrue();
        assertThat(beyondLaw.statutory()).isTrue();
        assertThat(beyondLaw.basis()).isEqualTo("shop policy");
        assertThat(beyondLaw.deadline()).contains(LocalDate.of(2026, 4, 1));
        assertThat(beyondLaw.confidence()).isEmpty();
    }

    @Test
    void aShorterShopWindowIsReportedAndNotApplied() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2026-03-14").build(),
                policy(ShopTerms.builder().windowDays(10)));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.deadline()).contains(LocalDate.of(2026, 3, 16));
        assertThat(decision.basis()).isEqualTo("Directive 2011/83/EU art. 9-16");
        assertThat(decision.ignoredShopTerms()).containsExactly("shop.json: $.windowDays: 10 days end on 2026-03-12, "
                + "before the statutory last day 2026-03-16; not applied");
    }

    @Test
    void aShopExclusionOfACategoryTheLawCoversIsReportedAndNotApplied() {
        ShopReturnPolicy noHygiene = policy(ShopTerms.builder().windowDays(14)
                .exclusions(List.of(new CategoryExclusion(ReturnCategory.SEALED_HYGIENE, false, "shop policy"))));

        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2026-03-05")
                .category(ReturnCategory.SEALED_HYGIENE).build(), noHygiene);

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.ignoredShopTerms()).singleElement().asString()
                .startsWith("shop.json: $.exclusions: SEALED_HYGIENE excluded, but the law gives a right");
    }

    @Test
    void aShopMayTakeBackWhatTheLawExcludes() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2026-03-20")
                .category(ReturnCategory.PERSONALIZED).build(), policy(ShopTerms.builder().windowDays(30)));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.basis()).isEqualTo("shop policy");
        assertThat(decision.deadline()).contains(LocalDate.of(2026, 4, 1));
    }

    @Test
    void freeReturnsAndAFasterRefundApplyBecauseTheyAreMoreGenerous() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2026-03-10").build(),
                policy(ShopTerms.builder().returnShippingPaidBy(ReturnShippingPayer.SELLER).refundWithinDays(5)));

        assertThat(decision.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.SELLER);
        assertThat(decision.refundWithinDays()).contains(5);
        assertThat(decision.ignoredShopTerms()).isEmpty();
    }

    @Test
    void aSlowerRefundAndARestockingFeeAreNotAppliedWithinTheStatutoryRight() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2026-03-10").build(),
                policy(ShopTerms.builder().windowDays(30).refundWithinDays(30).restockingFeePercent(new BigDecimal("15"))));

        assertThat(decision.refundWithinDays()).contains(14);
        assertThat(decision.shopOffer().orElseThrow().restockingFeePercent()).isZero();
        assertThat(decision.ignoredShopTerms()).containsExactly(
                "shop.json: $.refundWithinDays: 30 days, but the law requires the refund within 14; not applied",
                "shop.json: $.restockingFeePercent: 15% restocking fee, but a statutory withdrawal is refunded in full; "
                        + "not applied");
    }

    @Test
    void beyondTheStatutoryPeriodTheShopsOwnTermsApplyAsWritten() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2026-03-25").build(),
                policy(ShopTerms.builder().windowDays(30).refundWithinDays(30).restockingFeePercent(new BigDecimal("15"))));

        assertThat(decision.refundWithinDays()).contains(30);
        assertThat(decision.shopOffer().orElseThrow().restockingFeePercent()).isEqualByComparingTo("15");
        assertThat(decision.ignoredShopTerms()).isEmpty();
    }

    @Test
    void aConsumerPaysShopTermIsNotAppliedWhereTheLawPutsTheCostOnTheSeller() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2026-03-10").notInformed(true).build(),
                policy(ShopTerms.builder().returnShippingPaidBy(ReturnShippingPayer.CONSUMER)));

        assertThat(decision.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.SELLER);
        assertThat(decision.ignoredShopTerms()).singleElement().asString()
                .startsWith("shop.json: $.returnShippingPaidBy: CONSUMER, but the law puts the return cost on the seller");
    }

    @Test
    void withoutAStatutoryRightTheShopWindowIsTheAnswer() {
        ShopReturnPolicy policy = policy(ShopTerms.builder().windowDays(30).returnShippingPaidBy(ReturnShippingPayer.SELLER)
                .refundWithinDays(10).exchangeFirst(true));

        WithdrawalDecision decision = returns.decide(request(US, "2026-03-02", "2026-04-01").build(), policy);
        assertThat(decision.statutory()).isFalse();
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.deadline()).contains(LocalDate.of(2026, 4, 1));
        assertThat(decision.basis()).isEqualTo("shop policy");
        assertThat(decision.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.SELLER);
        assertThat(decision.refundWithinDays()).contains(10);
        assertThat(decision.shopOffer().orElseThrow().exchangeFirst()).isTrue();

        WithdrawalDecision late = returns.decide(request(US, "2026-03-02", "2026-04-02").build(), policy);
        assertThat(late.eligible()).isFalse();
        assertThat(late.reason().orElseThrow()).isEqualTo("the shop's 30-day return window ended on 2026-04-01; notice on 2026-04-02 "
                + "is too late");
        assertThat(late.shopOffer()).isEmpty();
    }

    @Test
    void aShopThatExcludesACategoryWhereNoLawAppliesDoesNotTakeItBack() {
        ShopReturnPolicy policy = policy(ShopTerms.builder().windowDays(30)
                .exclusions(List.of(new CategoryExclusion(ReturnCategory.SEALED_MEDIA, true, "shop policy"))));

        WithdrawalDecision decision = returns.decide(request(US, "2026-03-02", "2026-03-03")
                .category(ReturnCategory.SEALED_MEDIA).opened(true).build(), policy);

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.deadline()).isEmpty();
        assertThat(decision.reason().orElseThrow()).isEqualTo("the shop's policy does not take back sealed audio or video recordings "
                + "or sealed computer software once unsealed");
    }

    @Test
    void aCountryWithoutAnEncodedRuleFollowsTheShop() {
        WithdrawalDecision decision = returns.decide(request(CountryCode.of("AR"), "2026-03-02", "2026-03-20").build(),
                policy(ShopTerms.builder().windowDays(30)));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.basis()).isEqualTo("shop policy");
    }

    @Test
    void inJapanTheSellersDisplayedTermsReplaceTheStatutoryRightEvenWhenStricter() {
        WithdrawalDecision decision = returns.decide(request(JP, "2026-03-02", "2026-03-06").build(),
                policy(ShopTerms.builder().windowDays(3)));

        assertThat(decision.statutory()).isTrue();
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.deadline()).contains(LocalDate.of(2026, 3, 5));
        assertThat(decision.basis()).isEqualTo("shop policy (the seller's displayed return terms replace the statutory "
                + "right: ASCT art. 15-3(1) proviso)");
        assertThat(decision.ignoredShopTerms()).isEmpty();
    }

    @Test
    void aCheapItemIsRefundedWithoutReturnUnderTheShopsThresholdInTheSameCurrency() {
        ShopReturnPolicy policy = policy(ShopTerms.builder().windowDays(30)
                .refundWithoutReturnUnder(Money.of("EUR", "15.00")));

        WithdrawalDecision cheap = returns.decide(request(DE, "2026-03-02", "2026-03-05")
                .orderValue(Money.of("EUR", "9.90")).build(), policy);
        WithdrawalDecision dear = returns.decide(request(DE, "2026-03-02", "2026-03-05")
                .orderValue(Money.of("EUR", "29.90")).build(), policy);
        WithdrawalDecision otherCurrency = returns.decide(request(DE, "2026-03-02", "2026-03-05")
                .orderValue(Money.of("USD", "9.90")).build(), policy);

        assertThat(cheap.shopOffer().orElseThrow().refundWithoutReturn()).isTrue();
        assertThat(dear.shopOffer().orElseThrow().refundWithoutReturn()).isFalse();
        assertThat(otherCurrency.shopOffer().orElseThrow().refundWithoutReturn()).isFalse();
    }

    @Test
    void aMarketsOwnTermsOverrideTheDefaultsTermByTerm() {
        ShopReturnPolicy policy = new ShopReturnPolicy("Lumen Home",
                ShopTerms.builder().windowDays(30).refundWithinDays(7).build(),
                Map.of(US, ShopTerms.builder().windowDays(60).build()));

        ShopTerms us = policy.termsFor(US);
        assertThat(us.windowDays()).isEqualTo(60);
        assertThat(us.refundWithinDays()).isEqualTo(7);
        assertThat(policy.termsFor(DE).windowDays()).isEqualTo(30);
    }
}
