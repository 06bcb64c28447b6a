package dev.waybill.policies.returns;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import dev.waybill.returns.ReturnCategory;
import dev.waybill.returns.ReturnShippingPayer;
import dev.waybill.returns.ShopReturnPolicy;
import dev.waybill.returns.ShopTerms;
import dev.waybill.returns.WithdrawalDecision;
import dev.waybill.returns.WithdrawalEvaluator;
import dev.waybill.returns.WithdrawalRequest;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopReturnPoliciesTest {

    private static final String LUMEN = """
            {
              "shop": "Lumen Home",
              "windowDays": 30,
              "returnShippingPaidBy": "SELLER",
              "refundWithinDays": 7,
              "exchangeFirst": true,
              "refundWithoutReturnUnder": {"amount": "15.00", "currency": "EUR"},
              "restockingFeePercent": 0,
              "exclusions": [{"category": "PERSONALIZED"}, {"category": "SEALED_HYGIENE", "onlyIfOpened": true}],
              "markets": {
                "US": {"windowDays": 60, "refundWithoutReturnUnder": {"amount": "10", "currency": "USD"}},
                "DE": {"windowDays": 10, "restockingFeePercent": 10}
              }
            }""";

    private static final WithdrawalEvaluator RETURNS =
            WithdrawalEvaluator.of(StatutoryReturnRules.defaults(), JollydayHolidayCalendar.defaults());

    private static ShopReturnPolicy read(String json) {
        return ShopReturnPolicies.read(PolicyNode.parse("shop.json", json.getBytes(UTF_8)));
    }

    private static WithdrawalRequest request(String country, String delivered, String on) {
        return WithdrawalRequest.builder(CountryCode.of(country), LocalDate.parse(delivered), LocalDate.parse(on)).build();
    }

    @Test
    void aShopPolicyLoadsWithDefaultsAndMarketOverrides() {
        ShopReturnPolicy policy = read(LUMEN);

        assertThat(policy.name()).isEqualTo("Lumen Home");
        ShopTerms us = policy.termsFor(CountryCode.of("US"));
        assertThat(us.windowDays()).isEqualTo(60);
        assertThat(us.refundWithinDays()).isEqualTo(7);
        assertThat(us.refundWithoutReturnUnder()).isEqualTo(Money.of("USD", "10"));
        assertThat(us.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.SELLER);
        assertThat(us.exclusionFor(ReturnCategory.SEALED_HYGIENE, false)).isEmpty();
        assertThat(us.exclusionFor(ReturnCategory.SEALED_HYGIENE, true)).isPresent();
        assertThat(us.source("windowDays")).isEqualTo("shop.json: $.markets.US.windowDays");
        assertThat(us.source("refundWithinDays")).isEqualTo("shop.json: $.refundWithinDays");
    }

    @Test
    void theShopsWindowAnswersWhereNoLawGivesARight() {
        WithdrawalDecision decision = RETURNS.decide(request("US", "2026-03-02", "2026-05-01"), read(LUMEN));

        assertThat(decision.statutory()).isFalse();
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.deadline()).contains(LocalDate.of(2026, 5, 1));
        assertThat(decision.basis()).isEqualTo("shop policy");
        assertThat(decision.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.SELLER);
        assertThat(decision.shopOffer().orElseThrow().exchangeFirst()).isTrue();
    }

    @Test
    void stricterShopTermsAreReportedWithTheirPathAndNotApplied() {
        WithdrawalDecision decision = RETURNS.decide(request("DE", "2026-03-02", "2026-03-16"), read(LUMEN));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.deadline()).contains(LocalDate.of(2026, 3, 16));
        assertThat(decision.basis()).startsWith("BGB §355(2)");
        assertThat(decision.returnShippingPaidBy()).as("free returns are more generous").isEqualTo(ReturnShippingPayer.SELLER);
        assertThat(decision.refundWithinDays()).as("7 days is faster than the law's 14").contains(7);
        assertThat(decision.ignoredShopTerms()).containsExactly(
                "shop.json: $.markets.DE.windowDays: 10 days end on 2026-03-12, before the statutory last day 2026-03-16; "
                        + "not applied",
                "shop.json: $.markets.DE.restockingFeePercent: 10% restocking fee, but a statutory withdrawal is refunded "
                        + "in full; not applied");
    }

    @Test
    void aShopExclusionOfGoodsTheLawCoversIsReported() {
        WithdrawalDecision decision = RETURNS.decide(WithdrawalRequest.builder(CountryCode.of("KR"),
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5)).category(ReturnCategory.SEALED_HYGIENE).opened(true)
                .build(), read(LUMEN));

        assertThat(decision.eligible()).as("Korea keeps the right after opening to check").isTrue();
        assertThat(decision.ignoredShopTerms()).hasSize(2);
        assertThat(decision.ignoredShopTerms().get(0))
                .startsWith("shop.json: $.exclusions: SEALED_HYGIENE excluded, but the law gives a right");
        assertThat(decision.ignoredShopTerms().get(1))
                .isEqualTo("shop.json: $.refundWithinDays: 7 days, but the law requires the refund within 3; not applied");
        assertThat(decision.refundWithinDays()).contains(3);
    }

    @Test
    void aLongerWindowIsMoreGenerousWhereTheLawIsShorter() {
        WithdrawalDecision decision = RETURNS.decide(request("CN", "2026-03-02", "2026-03-20"), read(LUMEN));

        assertThat(decision.statutory()).isTrue();
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.basis()).isEqualTo("shop policy");
        assertThat(decision.deadline()).contains(LocalDate.of(2026, 4, 1));
        assertThat(decision.ignoredShopTerms()).isEmpty();
    }

    @Test
    void anUnknownTermIsAnErrorNamingFileAndPath() {
        assertThatThrownBy(() -> read("{\"windowDays\": 30, \"freeReturns\": true}"))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith("shop.json: $.freeReturns: unknown field; expected one of [windowDays,");
    }

    @Test
    void aNegativeWindowIsAnError() {
        assertThatThrownBy(() -> read("{\"windowDays\": -1}"))
                .hasMessage("shop.json: $.windowDays: must be between 0 and 3650, got -1");
    }

    @Test
    void aWindowGivenAsTextIsAnError() {
        assertThatThrownBy(() -> read("{\"windowDays\": \"30\"}"))
                .hasMessage("shop.json: $.windowDays: expected a whole number, got \"30\"");
    }

    @Test
    void aRestockingFeeAboveAHundredPercentIsAnError() {
        assertThatThrownBy(() -> read("{\"markets\": {\"FR\": {\"restockingFeePercent\": 120}}}"))
                .hasMessage("shop.json: $.markets.FR.restockingFeePercent: must be between 0 and 100, got 120");
    }

    @Test
    void aBadCurrencyIsAnErrorAtTheCurrency() {
        assertThatThrownBy(() -> read("{\"refundWithoutReturnUnder\": {\"amount\": \"10\", \"currency\": \"EURO\"}}"))
                .hasMessage("shop.json: $.refundWithoutReturnUnder.currency: not an ISO 4217 currency code: 'EURO'");
    }

    @Test
    void aNegativeThresholdIsAnError() {
        assertThatThrownBy(() -> read("{\"refundWithoutReturnUnder\": {\"amount\": \"-1\", \"currency\": \"EUR\"}}"))
                .hasMessage("shop.json: $.refundWithoutReturnUnder.amount: must not be negative, got -1");
    }

    @Test
    void anUnknownCategoryIsAnError() {
        assertThatThrownBy(() -> read("{\"exclusions\": [{\"category\": \"GLASSWARE\"}]}"))
                .hasMessageStartingWith("shop.json: $.exclusions[0].category: unknown value 'GLASSWARE'");
    }

    @Test
    void onlySealedCategoriesCanBeExcludedOnlyOnceOpened() {
        assertThatThrownBy(() -> read("{\"exclusions\": [{\"category\": \"PERISHABLE\", \"onlyIfOpened\": true}]}"))
                .hasMessageStartingWith("shop.json: $.exclusions[0].onlyIfOpened: only sealed categories");
    }

    @Test
    void aMarketKeyMustBeACountryCode() {
        assertThatThrownBy(() -> read("{\"markets\": {\"XX\": {\"windowDays\": 30}}}"))
                .hasMessage("shop.json: $.markets.XX: not an ISO 3166-1 alpha-2 country code: 'XX'");
        assertThatThrownBy(() -> read("{\"markets\": {\"us\": {\"windowDays\": 30}}}"))
                .hasMessageStartingWith("shop.json: $.markets.us: market keys are upper-case");
    }

    @Test
    void aMarketCannotRenameTheShop() {
        assertThatThrownBy(() -> read("{\"markets\": {\"US\": {\"shop\": \"Other\"}}}"))
                .hasMessageStartingWith("shop.json: $.markets.US.shop: unknown field");
    }

    @Test
    void aFileThatIsNotJsonNamesTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shop.json");
        Files.writeString(file, "{\"windowDays\": 30,\n}");

        assertThatThrownBy(() -> ShopReturnPolicies.load(file))
                .hasMessageStartingWith(file + ": $: not valid JSON:")
                .hasMessageContaining("line 2");
    }
}
