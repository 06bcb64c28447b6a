package dev.waybill.policies.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.shipment.CountryCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JollydayHolidayCalendarTest {

    private static final CountryCode DE = CountryCode.of("DE");
    private static final CountryCode GB = CountryCode.of("GB");

    private final JollydayHolidayCalendar holidays = JollydayHolidayCalendar.defaults();

    @Test
    void germanChristmasDaysArePublicHolidaysButChristmasEveIsNot() {
        assertThat(holidays.isPublicHoliday(DE, LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(holidays.isPublicHoliday(DE, LocalDate.of(2026, 12, 26))).isTrue();
        assertThat(holidays.isPublicHoliday(DE, LocalDate.of(2026, 12, 24))).isFalse();
    }

    @Test
    void regionalHolidaysDoNotCountNationally() {
        assertThat(holidays.isPublicHoliday(DE, LocalDate.of(2026, 1, 6))).isFalse();
    }

    @Test
    void theStandardCalendarReadsTheUnitedKingdomAsEnglandAndWales() {
        assertThat(holidays.isPublicHoliday(GB, LocalDate.of(2026, 4, 6))).as("Easter Monday").isTrue();
        assertThat(holidays.isPublicHoliday(GB, LocalDate.of(2026, 8, 31))).as("Summer bank holiday").isTrue();
        assertThat(holidays.isPublicHoliday(GB, LocalDate.of(2026, 12, 28))).as("Boxing Day substitute").isTrue();
    }

    @Test
    void scotlandHasItsOwnBankHolidays() {
        JollydayHolidayCalendar scotland = JollydayHolidayCalendar.builder().region(GB, "sct").build();

        assertThat(scotland.isPublicHoliday(GB, LocalDate.of(2026, 4, 6))).as("no Easter Monday").isFalse();
        assertThat(scotland.isPublicHoliday(GB, LocalDate.of(2026, 8, 3))).as("Summer bank holiday").isTrue();
    }

    @Test
    void anUnknownRegionIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> JollydayHolidayCalendar.builder().region(GB, "england"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known: [eng, nir, sct, wls]");
    }

    @Test
    void countriesJollydayDoesNotKnowAreNotCovered() {
        assertThat(holidays.covers(CountryCode.of("KR"))).isFalse();
        assertThat(holidays.isPublicHoliday(CountryCode.of("KR"), LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(holidays.covers(DE)).isTrue();
    }
}
