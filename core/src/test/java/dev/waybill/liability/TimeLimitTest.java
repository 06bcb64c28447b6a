package dev.waybill.liability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.source.Confidence;
import dev.waybill.source.Source;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

    private static final Source SOURCE = Source.of("test citation", "T-01", Confidence.VERIFIED_PRIMARY);

    private static TimeLimit limit(TimeLimit.Kind kind, int amount, TimeLimit.Unit unit, Trigger from) {
        return TimeLimit.builder(kind, amount, unit, from).source(SOURCE).build();
    }

    @Test
    void calendarDaysLeaveOutTheDayOfTheEvent() {
        TimeLimit damage = limit(TimeLimit.Kind.NOTICE, 14, TimeLimit.Unit.DAYS, Trigger.DELIVERY);

        assertThat(damage.dateAfter(LocalDate.parse("2026-02-10"))).isEqualTo("2026-02-24");
        assertThat(damage.describe()).isEqualTo("notice within 14 days of delivery");
    }

    @Test
    void workingDaysSkipSaturdaysAndSundays() {
        TimeLimit royalMail = limit(TimeLimit.Kind.OPENS, 10, TimeLimit.Unit.WORKING_DAYS, Trigger.EXPECTED_DELIVERY);

        // Friday 20 Nov 2026 + 10 working days: 23-27 Nov, 30 Nov-4 Dec
        assertThat(royalMail.dateAfter(LocalDate.parse("2026-11-20"))).isEqualTo("2026-12-04");
        assertThat(royalMail.describe()).isEqualTo("claim opens 10 working days after the scheduled delivery date");
    }

    @Test
    void daysExceptSundaysSkipOnlySundays() {
        TimeLimit cmr = limit(TimeLimit.Kind.NOTICE, 7, TimeLimit.Unit.DAYS_EXCEPT_SUNDAYS, Trigger.DELIVERY);

        // Saturday 21 Nov 2026 + 7 days without Sunday 22 and Sunday 29: Monday 30 Nov
        assertThat(cmr.dateAfter(LocalDate.parse("2026-11-21"))).isEqualTo("2026-11-30");
    }

    @Test
    void anOffsetIsAddedBeforeCounting() {
        TimeLimit cmrTotalLoss = TimeLimit.builder(TimeLimit.Kind.ACTION, 1, TimeLimit.Unit.YEARS, Trigger.ACCEPTANCE)
                .offsetDays(60).source(SOURCE).build();

        // taken over 1 Mar 2026; the 60th day after is 30 Apr 2026; one year later 30 Apr 2027
        assertThat(cmrTotalLoss.dateAfter(LocalDate.parse("2026-03-01"))).isEqualTo("2027-04-30");
        assertThat(cmrTotalLoss.describe()).isEqualTo("action within 1 year of the 60th day after acceptance");
    }

    @Test
    void monthsCountFromTheDayAfterPostingWithAnOffsetOfOne() {
        TimeLimit upu = TimeLimit.builder(TimeLimit.Kind.CLAIM, 6, TimeLimit.Unit.MONTHS, Trigger.ACCEPTANCE)
                .offsetDays(1).source(SOURCE).build();

        assertThat(upu.dateAfter(LocalDate.parse("2026-08-31"))).isEqualTo("2027-03-01");
    }

    @Test
    void aDatedLimitAppliesOnlyToCarriageInItsValidity() {
        TimeLimit usps = TimeLimit.builder(TimeLimit.Kind.OPENS, 15, TimeLimit.Unit.DAYS, Trigger.ACCEPTANCE)
                .losses(EnumSet.of(LossKind.LOSS)).validity(Validity.from(LocalDate.parse("2026-01-18")))
                .source(SOURCE).build();

        assertThat(usps.appliesTo(LossKind.LOSS, LocalDate.parse("2026-01-17"))).isFalse();
        assertThat(usps.appliesTo(LossKind.LOSS, LocalDate.parse("2026-01-18"))).isTrue();
        assertThat(usps.appliesTo(LossKind.DAMAGE, LocalDate.parse("2026-02-01"))).isFalse();
    }

    @Test
    void anOpeningCannotBeNonBarringAndALimitNeedsASource() {
        assertThatThrownBy(() -> TimeLimit.builder(TimeLimit.Kind.OPENS, 1, TimeLimit.Unit.DAYS, Trigger.ACCEPTANCE)
                .barring(false).source(SOURCE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opening");
        assertThatThrownBy(() -> TimeLimit.builder(TimeLimit.Kind.CLAIM, 1, TimeLimit.Unit.DAYS, Trigger.ACCEPTANCE).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("source");
    }
}
