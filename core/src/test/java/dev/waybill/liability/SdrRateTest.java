package dev.waybill.liability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.shipment.Money;
import org.junit.jupiter.api.Test;

class SdrRateTest {

    @Test
    void convertsSdrIntoTheRatesCurrencyAtItsScale() {
        // research: 1 SDR = USD 1.31 (Nov 2024, row C-AIR-01); 65 SDR = 85.15 USD
        assertThat(SdrRate.of("USD", "1.31").convert(Money.of("XDR", "65.00"))).isEqualTo(Money.of("USD", "85.15"));
        // a currency without decimals: 65 SDR at 205.3 JPY = 13344.5 JPY, rounded half up
        assertThat(SdrRate.of("JPY", "205.3").convert(Money.of("XDR", "65"))).isEqualTo(Money.of("JPY", "13345"));
    }

    @Test
    void leavesOtherCurrenciesAlone() {
        assertThat(SdrRate.of("USD", "1.31").convert(Money.of("GBP", "20"))).isEqualTo(Money.of("GBP", "20"));
    }

    @Test
    void refusesAnSdrTargetAndANonPositiveRate() {
        assertThatThrownBy(() -> SdrRate.of("XDR", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not XDR");
        assertThatThrownBy(() -> SdrRate.of("USD", "0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> SdrRate.of("USD", "abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'abc'");
    }
}
