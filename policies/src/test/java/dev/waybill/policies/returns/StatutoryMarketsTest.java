package dev.waybill.policies.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.returns.ReturnCategory;
import dev.waybill.returns.ReturnShippingPayer;
import dev.waybill.returns.WithdrawalDecision;
import dev.waybill.returns.WithdrawalEvaluator;
import dev.waybill.returns.WithdrawalRequest;
import dev.waybill.shipment.CountryCode;
import dev.waybill.source.Confidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each market's period, first-day rule and edge days, worked by hand from the law, against the
 * bundled rules and the real public holidays of Jollyday.
 */
class StatutoryMarketsTest {

    private static final WithdrawalEvaluator RETURNS =
            WithdrawalEvaluator.of(StatutoryReturnRules.defaults(), JollydayHolidayCalendar.defaults());

    private static WithdrawalDecision decide(String country, String delivered, String on) {
        return RETURNS.decide(request(country, delivered, on).build());
    }

    private static WithdrawalRequest.Builder request(String country, String delivered, String on) {
        return WithdrawalRequest.builder(CountryCode.of(country), LocalDate.parse(delivered), LocalDate.parse(on));
    }

    /** The last day, by hand: the day it is in time and the day after, when it is too late. */
    @ParameterizedTest(name = "{0}: delivered {1}, last day {2} ({3})")
    @CsvSource({
        // EU: 14 calendar days, the delivery day not counted (Reg. 1182/71 art. 3(1); BGB §187; C. consom. L221-19)
        "DE, 2026-03-02, 2026-03-16, a Monday: 14 days later",
        "FR, 2026-03-02, 2026-03-16, a Monday: 14 days later",
        "AT, 2026-03-04, 2026-03-18, a Wednesday",
        "HU, 2026-01-15, 2026-01-29, a Thursday",
        // EU roll-over over real holidays (Reg. 1182/71 art. 3(4); BGB §193; C. consom. L221-19)
        "DE, 2026-12-12, 2026-12-28, 26 Dec (2nd Christmas day, a Saturday) and the Sunday roll to Monday",
        "DE, 2026-12-11, 2026-12-28, 25 Dec (Friday) then 26 Dec and Sunday roll to Monday",
        "FR, 2026-06-30, 2026-07-15, 14 July (Fête nationale) rolls to 15 July",
        "ES, 2026-09-28, 2026-10-13, 12 October (Fiesta Nacional) rolls to the 13th",
        "ES, 2026-11-24, 2026-12-09, 8 December (Inmaculada Concepción) rolls to the 9th",
        "ES, 2026-11-22, 2026-12-07, 6 December (Constitución) is a Sunday: Monday the 7th",
        "IT, 2026-05-19, 2026-06-03, 2 June (Festa della Repubblica) rolls to the 3rd",
        "PL, 2026-12-10, 2026-12-28, 24-26 December (Wigilia is a holiday since 2025) and Sunday roll to Monday",
        "SE, 2026-06-05, 2026-06-22, Midsummer Eve (Friday) and the weekend roll to Monday",
        "NL, 2026-04-13, 2026-04-28, 27 April (Koningsdag) rolls to the 28th",
        "AT, 2026-10-12, 2026-10-27, 26 October (Nationalfeiertag) rolls to the 27th",
        "BE, 2026-03-07, 2026-03-23, a Saturday last day rolls to Monday",
        // UK: 14 days after the day of delivery; England and Wales bank holidays
        "GB, 2026-03-02, 2026-03-16, a Monday",
        "GB, 2026-03-23, 2026-04-07, Easter Monday (England and Wales) rolls to Tuesday",
        "GB, 2026-08-17, 2026-09-01, the Summer bank holiday (England and Wales) rolls to Tuesday",
        "GB, 2026-12-12, 2026-12-29, 26 Dec is a Saturday; its substitute bank holiday is Monday 28: Tuesday",
        // Turkey: 14 days from receipt, no roll-over applied
        "TR, 2026-03-02, 2026-03-16, a Monday",
        "TR, 2026-03-07, 2026-03-21, a Saturday stays the last day",
        // Russia: 7 days after transfer; a non-working last day moves (Civil Code art. 193)
        "RU, 2026-03-11, 2026-03-18, a Wednesday",
        "RU, 2026-03-02, 2026-03-10, 9 March is the day off for Women's Day (8 March, a Sunday)",
        // Japan: 8 days counting the delivery day, no roll-over
        "JP, 2026-03-02, 2026-03-09, the delivery day is day 1",
        "JP, 2026-04-27, 2026-05-04, Greenery Day does not move the last day",
        "JP, 2026-03-07, 2026-03-14, a Saturday stays the last day",
        // Korea: 7 days, first day not counted (Civil Act art. 157), Saturday moves (art. 161)
        "KR, 2026-03-02, 2026-03-09, a Monday",
        "KR, 2026-03-07, 2026-03-16, a Saturday last day moves to Monday",
        // China: 7 days from the day after signing; a rest day moves (Civil Code art. 203)
        "CN, 2026-03-02, 2026-03-09, signed on a Monday",
        "CN, 2026-03-08, 2026-03-16, a Sunday last day moves to Monday",
        // Brazil: 7 days from receipt, the first day excluded (Civil Code art. 132)
        "BR, 2026-03-02, 2026-03-09, a Monday",
        "BR, 2026-04-14, 2026-04-22, Tiradentes (21 April) rolls to the 22nd",
        "BR, 2026-03-07, 2026-03-16, a Saturday last day rolls to Monday",
        // Mexico: 5 business days after delivery
        "MX, 2026-03-02, 2026-03-09, Tue-Fri and Monday",
        "MX, 2026-03-13, 2026-03-23, Monday 16 March (Benito Juárez) is not a business day",
        // Saudi Arabia: the 7 days following receipt
        "SA, 2026-03-02, 2026-03-09, a Monday",
    })
    void theLastDayIsInTimeAndTheNextIsTooLate(String country, String delivered, String lastDay, String why) {
        WithdrawalDecision inTime = decide(country, delivered, lastDay);
        assertThat(inTime.statutory()).isTrue();
        assertThat(inTime.eligible()).as(why).isTrue();
        assertThat(inTime.deadline()).as(why).contains(LocalDate.parse(lastDay));
        assertThat(inTime.reason()).isEmpty();

        String dayAfter = LocalDate.parse(lastDay).plusDays(1).toString();
        WithdrawalDecision late = decide(country, delivered, dayAfter);
        assertThat(late.eligible()).as(why).isFalse();
        assertThat(late.deadline()).contains(LocalDate.parse(lastDay));
        assertThat(late.reason().orElseThrow()).contains("ended on " + lastDay).contains("is too late");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"})
    void everyEuMemberAppliesTheDirectivesFourteenDays(String member) {
        WithdrawalDecision decision = decide(member, "2026-03-04", "2026-03-18");

        assertThat(decision.deadline()).contains(LocalDate.of(2026, 3, 18));
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.refundWithinDays()).contains(14);
        assertThat(decision.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.CONSUMER);
        assertThat(decision.basis()).contains("Directive 2011/83/EU");
    }

    @ParameterizedTest(name = "{0} cites {1}")
    @CsvSource({
        "DE, BGB §355(2)",
        "FR, C. consom. art. L221-18",
        "IT, Codice del consumo",
        "ES, Texto refundido de la LGDCU (RDL 1/2007)",
        "NL, Burgerlijk Wetboek Boek 6 art. 6:230o",
        "PL, Ustawa z dnia 30 maja 2014 r. o prawach konsumenta",
        "SE, Lag (2005:59)",
    })
    void sevenMembersCiteTheirOwnTransposition(String member, String citation) {
        assertThat(decide(member, "2026-03-04", "2026-03-05").basis()).startsWith(citation)
                .contains("Directive 2011/83/EU art. 9-16");
    }

    @ParameterizedTest
    @CsvSource({"IT", "ES", "NL", "PL", "SE"})
    void nationalCitationsResearchDidNotVerifySaySo(String member) {
        WithdrawalDecision decision = decide(member, "2026-03-04", "2026-03-05");

        assertThat(decision.basis()).contains("(unverified: the national");
        assertThat(decision.confidence()).contains(Confidence.UNVERIFIED);
    }

    @Test
    void germanyAndFranceHaveTheirOwnVerifiedRollOverSoTheirBasisCarriesNoRollOverCaveat() {
        assertThat(decide("DE", "2026-12-12", "2026-12-28").basis()).doesNotContain("unverified");
        assertThat(decide("FR", "2026-06-30", "2026-07-15").basis()).doesNotContain("unverified");
        assertThat(decide("AT", "2026-10-12", "2026-10-27").basis()).contains("(unverified: the roll-over under "
                + "Reg. 1182/71 art. 3(4)");
    }

    @ParameterizedTest(name = "{0}: not informed, delivered {1}, last day {2}")
    @CsvSource({
        "DE, 2026-03-02, 2027-03-16, 12 months after the initial period ending 2026-03-16",
        "FR, 2026-06-30, 2027-07-15, 14 July 2027 (a Wednesday) rolls to the 15th",
        "GB, 2026-03-02, 2027-03-16, 12 months after the initial period",
        "TR, 2026-03-02, 2027-03-16, 1 year after the end of the withdrawal period",
        "RU, 2026-03-11, 2026-06-11, 3 months from the transfer",
    })
    void whenTheBuyerWasNotInformedThePeriodIsExtended(String country, String delivered, String lastDay, String why) {
        WithdrawalDecision inTime = RETURNS.decide(request(country, delivered, lastDay).notInformed(true).build());
        WithdrawalDecision late = RETURNS.decide(request(country, delivered,
                LocalDate.parse(lastDay).plusDays(1).toString()).notInformed(true).build());

        assertThat(inTime.eligible()).as(why).isTrue();
        assertThat(inTime.deadline()).as(why).contains(LocalDate.parse(lastDay));
        assertThat(late.eligible()).as(why).isFalse();
        assertThat(late.reason().orElseThrow()).contains("because the buyer was not informed");
    }

    @Test
    void notInformedInTheEuAlsoPutsTheReturnCostOnTheSeller() {
        WithdrawalDecision decision = RETURNS.decide(request("DE", "2026-03-02", "2026-05-01").notInformed(true).build());

        assertThat(decision.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.SELLER);
    }

    @Test
    void aMarketWithoutANotInformedExtensionKeepsItsPeriod() {
        WithdrawalDecision decision = RETURNS.decide(request("CN", "2026-03-02", "2026-03-10").notInformed(true).build());

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.deadline()).contains(LocalDate.of(2026, 3, 9));
    }

    @ParameterizedTest(name = "{0} {1} opened={2}: eligible={3}")
    @CsvSource({
        // Directive 2011/83/EU art. 16
        "FR, PERSONALIZED, false, false, art. 16(c)",
        "FR, PERISHABLE, false, false, art. 16(d)",
        "FR, SEALED_HYGIENE, false, true, ",
        "FR, SEALED_HYGIENE, true, false, art. 16(e)",
        "FR, SEALED_MEDIA, false, true, ",
        "FR, SEALED_MEDIA, true, false, art. 16(i)",
        "FR, NEWSPAPER, false, false, art. 16(j)",
        "FR, DIGITAL_CONTENT, false, false, art. 16(m)",
        "FR, STANDARD, true, true, ",
        // UK CCR 2013 reg. 28, 37
        "GB, PERSONALIZED, false, false, reg. 28(1)(b)",
        "GB, SEALED_HYGIENE, true, false, reg. 28(1)(d)",
        "GB, DIGITAL_CONTENT, false, false, reg. 37",
        // Korea: opening the packaging to check the contents keeps the right
        "KR, SEALED_HYGIENE, true, true, ",
        "KR, SEALED_MEDIA, true, false, art. 17(2)(iv)",
        "KR, DIGITAL_CONTENT, false, false, art. 17(2)(v)",
        "KR, PERSONALIZED, false, false, Enforcement Decree art. 21",
        "KR, PERISHABLE, false, false, art. 17(2)(iii)",
        // China: art. 25 only; hygiene goods only with the buyer's confirmation at purchase
        "CN, SEALED_HYGIENE, true, true, ",
        "CN, SEALED_MEDIA, true, false, art. 25(3)",
        "CN, SEALED_MEDIA, false, true, ",
        "CN, NEWSPAPER, false, false, art. 25(4)",
        "CN, PERISHABLE, false, false, art. 25(2)",
        "CN, PERSONALIZED, false, false, art. 25(1)",
        "CN, DIGITAL_CONTENT, false, false, art. 25(3)",
        // Russia: only goods individually defined for the buyer
        "RU, PERSONALIZED, false, false, art. 26.1(4)",
        "RU, PERISHABLE, false, true, ",
        // Saudi Arabia: goods made at the buyer's request, food
        "SA, PERSONALIZED, false, false, art. 13",
        "SA, PERISHABLE, false, false, art. 13",
        // Brazil: art. 49 has no category exceptions
        "BR, PERSONALIZED, false, true, ",
        "TR, PERSONALIZED, false, false, art. 15",
    })
    void eachCategoryExceptionFollowsThatMarketsList(String country, ReturnCategory category, boolean opened,
                                                     boolean eligible, String basis) {
        WithdrawalDecision decision = RETURNS.decide(request(country, "2026-03-02", "2026-03-04").category(category)
                .opened(opened).build());

        assertThat(decision.eligible()).isEqualTo(eligible);
        if (eligible) {
            assertThat(decision.reason()).isEmpty();
        } else {
            assertThat(decision.reason().orElseThrow()).startsWith("no withdrawal right for").contains(basis);
            assertThat(decision.deadline()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}: return paid by {1}, refund within {2} days")
    @CsvSource({
        "DE, CONSUMER, 14",
        "GB, CONSUMER, 14",
        "TR, SELLER, 14",
        "RU, CONSUMER, 10",
        "JP, CONSUMER, ",
        "KR, CONSUMER, 3",
        "CN, CONSUMER, 7",
        "BR, SELLER, 0",
        "MX, CONSUMER, ",
        "SA, CONSUMER, ",
    })
    void whoPaysTheReturnAndHowFastTheRefundIsDue(String country, ReturnShippingPayer payer, Integer refundDays) {
        WithdrawalDecision decision = decide(country, "2026-03-02", "2026-03-03");

        assertThat(decision.returnShippingPaidBy()).isEqualTo(payer);
        assertThat(decision.refundWithinDays()).isEqualTo(Optional.ofNullable(refundDays));
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "CA", "AU", "NZ", "SG", "MY", "TH", "VN", "ID", "PH", "AE", "IN"})
    void marketsWithoutAStatutoryRightAnswerStatutoryFalse(String country) {
        WithdrawalDecision decision = decide(country, "2026-03-02", "2026-03-03");

        assertThat(decision.statutory()).isFalse();
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.deadline()).isEmpty();
        assertThat(decision.reason().orElseThrow()).contains("no statutory right");
        assertThat(decision.returnShippingPaidBy()).isEqualTo(ReturnShippingPayer.UNSPECIFIED);
        assertThat(decision.basis()).isNotBlank();
    }

    @Test
    void marketplaceWindowsAreNamedWhereNoLawGivesARight() {
        assertThat(decide("PH", "2026-03-02", "2026-03-03").basis()).contains("Shopee PH").contains("15 days (Mall)");
        assertThat(decide("MY", "2026-03-02", "2026-03-03").basis()).contains("Shopee MY 15 days");
    }

    @Test
    void unverifiedAndConflictingFactsAreMarkedInTheBasis() {
        assertThat(decide("MX", "2026-03-02", "2026-03-03").basis())
                .contains("(unverified: whether art. 56");
        assertThat(decide("SA", "2026-03-02", "2026-03-03").basis())
                .contains("(conflicting sources: the Saudi Gazette dates the 7 days from purchase");
        assertThat(decide("SA", "2026-03-02", "2026-03-03").confidence()).contains(Confidence.CONFLICTING);
        assertThat(decide("TR", "2026-03-02", "2026-03-03").basis()).contains("(conflicting sources: 14 days from "
                + "receiving the withdrawal notice");
        assertThat(decide("ID", "2026-03-02", "2026-03-03").basis()).contains("(unverified, single secondary source:");
    }

    @Test
    void japanSaysTheSellersTermsCanReplaceTheRight() {
        assertThat(decide("JP", "2026-03-02", "2026-03-03").basis()).contains("the seller's own return terms")
                .contains("replace it");
    }

    @Test
    void aMarketWithNoHolidayDataSaysOnlyWeekendsWereSkipped() {
        assertThat(decide("KR", "2026-03-07", "2026-03-16").basis())
                .contains("the public holidays of KR are not in the holiday calendar");
        assertThat(decide("DE", "2026-03-02", "2026-03-16").basis()).doesNotContain("holiday calendar");
    }

    @Test
    void theBundledRulesCoverAllFortyEightMarketsOfTheIssue() {
        List<String> markets = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
                "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB", "TR", "RU",
                "US", "CA", "AU", "NZ", "JP", "KR", "CN", "SG", "MY", "TH", "VN", "ID", "PH", "SA", "AE", "BR", "MX",
                "IN");

        assertThat(RETURNS.rules().countries()).extracting(CountryCode::value)
                .containsExactlyInAnyOrderElementsOf(markets);
        RETURNS.rules().rules().values().forEach(rule -> assertThat(rule.citation()).isNotBlank());
    }
}
