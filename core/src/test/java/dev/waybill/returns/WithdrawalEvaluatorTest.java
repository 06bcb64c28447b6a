package dev.waybill.returns;

import static dev.waybill.returns.Fixtures.DE;
import static dev.waybill.returns.Fixtures.JP;
import static dev.waybill.returns.Fixtures.KR;
import static dev.waybill.returns.Fixtures.MX;
import static dev.waybill.returns.Fixtures.RU;
import static dev.waybill.returns.Fixtures.US;
import static dev.waybill.returns.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.CountryCode;
import dev.waybill.source.Confidence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WithdrawalEvaluatorTest {

    private final WithdrawalEvaluator returns = Fixtures.evaluator();

    @Test
    void theDeliveryDayIsNotCountedSoFourteenDaysAfterTheSecondEndOnTheSixteenth() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2026-03-16").build());

        assertThat(decision.statutory()).isTrue();
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.deadline()).contains(LocalDate.of(2026, 3, 16));
        assertThat(decision.reason()).isEmpty();
        assertThat(decision.rolledOverFrom()).isEmpty();
        assertThat(decision.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.CONSUMER);
        assertThat(decision.refundWithinDays()).contains(14);
        assertThat(decision.basis()).isEqualTo("Directive 2011/83/EU art. 9-16");
        assertThat(decision.confidence()).contains(Confidence.VERIFIED_SECONDARY);
    }

    @Test
    void aNoticeTheDayAfterTheLastDayIsTooLate() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2026-03-17").build());

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.deadline()).contains(LocalDate.of(2026, 3, 16));
        assertThat(decision.reason().orElseThrow()).isEqualTo(
                "the 14-day withdrawal period ended on 2026-03-16; notice on 2026-03-17 is too late");
    }

    @Test
    void aNoticeBeforeDeliveryIsWithinTheRight() {
        assertThat(returns.decide(request(DE, "2026-03-02", "2026-02-27").build()).eligible()).isTrue();
    }

    @Test
    void aLastDayOnTwoHolidaysAndASundayRollsToTheNextWorkingDay() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-12-12", "2026-12-28").build());

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.deadline()).contains(LocalDate.of(2026, 12, 28));
        assertThat(decision.rolledOverFrom()).contains(LocalDate.of(2026, 12, 26));
        assertThat(decision.basis()).endsWith("(unverified: roll-over recalled)");
        assertThat(decision.confidence()).contains(Confidence.UNVERIFIED);
    }

    @Test
    void aRolledOverDeadlineIsNamedInTheReasonWhenTheNoticeComesLater() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-12-12", "2026-12-29").build());

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reason().orElseThrow()).contains("ended on 2026-12-28 (moved from 2026-12-26, not a working day)");
    }

    @Test
    void anUncertainRollOverIsOnlyMentionedWhenTheLastDayIsNotAWorkingDay() {
        assertThat(returns.decide(request(DE, "2026-03-02", "2026-03-16").build()).basis())
                .doesNotContain("roll-over recalled");
    }

    @Test
    void notInformedExtendsTheRightToTwelveMonthsAfterTheInitialPeriod() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2027-03-16").notInformed(true).build());

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.deadline()).contains(LocalDate.of(2027, 3, 16));
        assertThat(decision.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.SELLER);
    }

    @Test
    void theExtendedEndAlsoRollsOverAWeekend() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-06", "2027-03-22").notInformed(true).build());

        assertThat(decision.deadline()).contains(LocalDate.of(2027, 3, 22));
        assertThat(decision.rolledOverFrom()).contains(LocalDate.of(2027, 3, 20));
        assertThat(decision.eligible()).isTrue();
    }

    @Test
    void theExtendedPeriodEndsTooAndSaysWhy() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2027-03-17").notInformed(true).build());

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.reason().orElseThrow()).startsWith(
                "the withdrawal period, extended to 12 months because the buyer was not informed, ended on 2027-03-16");
    }

    @Test
    void anExcludedCategoryHasNoRightAndNoDeadline() {
        WithdrawalDecision decision = returns.decide(request(DE, "2026-03-02", "2026-03-03")
                .category(ReturnCategory.PERSONALIZED).build());

        assertThat(decision.statutory()).isTrue();
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.deadline()).isEmpty();
        assertThat(decision.reason().orElseThrow()).isEqualTo("no withdrawal right for goods made to the consumer's specifications "
                + "or clearly personalised (art. 16(c))");
    }

    @Test
    void sealedHygieneGoodsKeepTheRightUntilUnsealed() {
        WithdrawalRequest sealed = request(DE, "2026-03-02", "2026-03-05").category(ReturnCategory.SEALED_HYGIENE).build();

        assertThat(returns.decide(sealed).eligible()).isTrue();
        WithdrawalDecision opened = returns.decide(sealed.toBuilder().opened(true).build());
        assertThat(opened.eligible()).isFalse();
        assertThat(opened.reason().orElseThrow()).contains("once unsealed after delivery (art. 16(e))");
    }

    @Test
    void openingAnOrdinaryItemDoesNotLoseTheRight() {
        assertThat(returns.decide(request(DE, "2026-03-02", "2026-03-05").opened(true).build()).eligible()).isTrue();
    }

    @Test
    void japanCountsTheDeliveryDaySoEightDaysEndSevenDaysLater() {
        assertThat(returns.decide(request(JP, "2026-03-02", "2026-03-09").build()).eligible()).isTrue();
        WithdrawalDecision late = returns.decide(request(JP, "2026-03-02", "2026-03-10").build());
        assertThat(late.eligible()).isFalse();
        assertThat(late.deadline()).contains(LocalDate.of(2026, 3, 9));
    }

    @Test
    void japanDoesNotRollOverAndSaysSoOnlyWhenTheLastDayIsAHoliday() {
        WithdrawalDecision decision = returns.decide(request(JP, "2026-04-27", "2026-05-05").build());

        assertThat(decision.deadline()).contains(LocalDate.of(2026, 5, 4));
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.rolledOverFrom()).isEmpty();
        assertThat(decision.basis()).endsWith("(unverified: no roll-over is read)");
        assertThat(returns.decide(request(JP, "2026-03-02", "2026-03-09").build()).basis()).isEqualTo("ASCT art. 15-3");
    }

    @Test
    void mexicoCountsFiveBusinessDaysSkippingWeekendsAndHolidays() {
        WithdrawalDecision decision = returns.decide(request(MX, "2026-03-13", "2026-03-23").build());

        assertThat(decision.deadline()).contains(LocalDate.of(2026, 3, 23));
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.basis()).isEqualTo("LFPC art. 56 (unverified: scope for online sales)");
        assertThat(returns.decide(request(MX, "2026-03-13", "2026-03-24").build()).reason().orElseThrow())
                .startsWith("the 5-business-day withdrawal period ended on 2026-03-23");
    }

    @Test
    void russiaGivesThreeMonthsFromTransferWhenTheReturnTermsWereNotGiven() {
        WithdrawalDecision decision = returns.decide(request(RU, "2026-08-04", "2026-11-04").notInformed(true).build());

        assertThat(decision.deadline()).contains(LocalDate.of(2026, 11, 5));
        assertThat(decision.rolledOverFrom()).contains(LocalDate.of(2026, 11, 4));
        assertThat(decision.eligible()).isTrue();
    }

    @Test
    void aCountryWithoutHolidayDataSkipsOnlyRestDaysAndSaysSo() {
        WithdrawalDecision decision = returns.decide(request(KR, "2026-03-07", "2026-03-16").build());

        assertThat(decision.deadline()).contains(LocalDate.of(2026, 3, 16));
        assertThat(decision.basis()).endsWith("(unverified: the public holidays of KR are not in the holiday calendar; "
                + "only weekly rest days were skipped)");
    }

    @Test
    void aMarketWithoutAStatutoryRightIsNotEligibleAndDefersToTheShop() {
        WithdrawalDecision decision = returns.decide(request(US, "2026-03-02", "2026-03-03").build());

        assertThat(decision.statutory()).isFalse();
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.deadline()).isEmpty();
        assertThat(decision.basis()).isEqualTo("16 CFR Part 429 excludes online sales");
        assertThat(decision.reason().orElseThrow()).contains("the shop's or the marketplace's return policy decides");
        assertThat(decision.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.UNSPECIFIED);
        assertThat(decision.refundWithinDays()).isEmpty();
    }

    @Test
    void aCountryWithoutAnEncodedRuleGetsAClearAnswerRatherThanAnError() {
        WithdrawalDecision decision = returns.decide(request(CountryCode.of("AR"), "2026-03-02", "2026-03-03").build());

        assertThat(decision.statutory()).isFalse();
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.basis()).startsWith("no return rule is encoded for AR");
        assertThat(decision.reason().orElseThrow()).isEqualTo("no statutory withdrawal right is encoded for AR");
        assertThat(decision.confidence()).isEmpty();
    }
}
