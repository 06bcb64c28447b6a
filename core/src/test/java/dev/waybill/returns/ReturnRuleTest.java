package dev.waybill.returns;

import static dev.waybill.returns.Fixtures.DE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.source.Confidence;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReturnRuleTest {

    @Test
    void theBasisCarriesOnlyTheCaveatsOfTheTopicsTheAnswerRestsOn() {
        ReturnRule rule = Fixtures.eu(DE).toBuilder()
                .caveat(new Caveat(Caveat.Topic.RULE, Confidence.CONFLICTING, "sources disagree on the start"))
                .build();

        assertThat(rule.basis(EnumSet.noneOf(Caveat.Topic.class)))
                .isEqualTo("Directive 2011/83/EU art. 9-16 (conflicting sources: sources disagree on the start)");
        assertThat(rule.basis(EnumSet.of(Caveat.Topic.ROLL_OVER))).isEqualTo("Directive 2011/83/EU art. 9-16 "
                + "(unverified: roll-over recalled) (conflicting sources: sources disagree on the start)");
        assertThat(rule.confidenceOn(EnumSet.noneOf(Caveat.Topic.class))).isEqualTo(Confidence.CONFLICTING);
        assertThat(rule.confidenceOn(EnumSet.of(Caveat.Topic.ROLL_OVER))).isEqualTo(Confidence.UNVERIFIED);
    }

    @Test
    void aSecondarySourceCaveatSaysSo() {
        assertThat(new Caveat(Caveat.Topic.RULE, Confidence.SECONDARY, "one blog").render())
                .isEqualTo("(unverified, single secondary source: one blog)");
    }

    @Test
    void aCaveatCannotMarkAVerifiedFact() {
        assertThatThrownBy(() -> new Caveat(Caveat.Topic.RULE, Confidence.VERIFIED_PRIMARY, "read it"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("V-P");
    }

    @Test
    void aMarketWithoutAStatutoryRightCannotCarryExclusions() {
        assertThatThrownBy(() -> Fixtures.unitedStates().toBuilder()
                .exclude(new CategoryExclusion(ReturnCategory.PERISHABLE, false, "x")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("US: a market without a statutory right");
    }

    @Test
    void aCategoryCannotBeExcludedTwice() {
        assertThatThrownBy(() -> Fixtures.eu(DE).toBuilder()
                .exclude(new CategoryExclusion(ReturnCategory.PERSONALIZED, false, "again")).build())
                .hasMessage("DE: category PERSONALIZED excluded twice");
    }

    @Test
    void standardGoodsCannotBeExcluded() {
        assertThatThrownBy(() -> new CategoryExclusion(ReturnCategory.STANDARD, false, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodThatRollsOverNeedsRestDays() {
        assertThatThrownBy(() -> new WithdrawalPeriod(14, DayType.CALENDAR, PeriodStart.DELIVERY,
                FirstDay.DAY_AFTER_EVENT, true, Set.of(), Optional.empty()))
                .hasMessageContaining("need the rest days");
        assertThatThrownBy(() -> new WithdrawalPeriod(0, DayType.CALENDAR, PeriodStart.DELIVERY,
                FirstDay.DAY_AFTER_EVENT, false, Set.of(DayOfWeek.SUNDAY), Optional.empty()))
                .hasMessageContaining("between 1 and 365");
    }

    @Test
    void whoPaysTheReturnDependsOnWhetherTheBuyerWasInformed() {
        ReturnRule rule = Fixtures.eu(DE);

        assertThat(rule.returnShippingPaidBy(false)).isEqualTo(ReturnShippingPayer.CONSUMER);
        assertThat(rule.returnShippingPaidBy(true)).isEqualTo(ReturnShippingPayer.SELLER);
    }

    @Test
    void categoriesAndConfidenceMarksParseFromText() {
        assertThat(ReturnCategory.parse(" sealed_media ")).isEqualTo(ReturnCategory.SEALED_MEDIA);
        assertThat(ReturnCategory.tryParse("GLASSWARE")).isEmpty();
        assertThatThrownBy(() -> ReturnCategory.parse("GLASSWARE")).hasMessageStartingWith("unknown category 'GLASSWARE'");
        assertThat(Confidence.parse("V-S")).isEqualTo(Confidence.VERIFIED_SECONDARY);
        assertThatThrownBy(() -> Confidence.parse("maybe")).hasMessageContaining("[V-P, V-S, S, C, U]");
    }

    @Test
    void aDecisionThatIsNotEligibleMustSayWhy() {
        assertThatThrownBy(() -> new WithdrawalDecision(DE, true, false, null, "basis", null,
                ReturnShippingPayer.CONSUMER, 14, Confidence.VERIFIED_SECONDARY, null, null, java.util.List.of()))
                .hasMessageContaining("needs a reason");
    }

    @Test
    void absentPartsAreEmptyAndABlankProvisionIsAbsent() {
        ReturnRule japan = Fixtures.japan();
        ReturnRule blank = japan.toBuilder().sellerTermsPrevail("  ").build();

        assertThat(japan.sellerTermsPrevail()).hasValue("ASCT art. 15-3(1) proviso");
        assertThat(japan.refundWithinDays()).isEmpty();
        assertThat(japan.returnShippingIfNotInformed()).isEmpty();
        assertThat(japan.returnShippingPaidBy(true)).isEqualTo(ReturnShippingPayer.CONSUMER);
        assertThat(blank.sellerTermsPrevail()).isEmpty();
        assertThat(Fixtures.unitedStates().period()).isEmpty();
        assertThat(Fixtures.unitedStates().statutory()).isFalse();
        assertThat(Fixtures.eu(DE).toBuilder().build()).isEqualTo(Fixtures.eu(DE));
    }
}
