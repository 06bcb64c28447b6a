package dev.waybill.liability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.shipment.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LiabilityLimitTest {

    private static final BigDecimal TWO_AND_A_HALF_KG = new BigDecimal("2.5");

    @Test
    void perKilogramCapIsTheRateTimesTheGrossWeight() {
        LiabilityLimit montreal = LiabilityLimit.perKilogram(Money.of("XDR", "26"));

        // 26 SDR/kg x 2.5 kg = 65 SDR
        assertThat(montreal.cap(TWO_AND_A_HALF_KG, 1)).contains(Money.of("XDR", "65.00"));
        assertThat(montreal.describe()).isEqualTo("26 SDR/kg");
    }

    @Test
    void perKilogramCapIsUnknownWithoutAWeight() {
        assertThat(LiabilityLimit.perKilogram(Money.of("XDR", "8.33")).cap(null, 1)).isEmpty();
    }

    @Test
    void perKilogramCapIsRoundedToTwoDecimalsOfAnSdr() {
        // CMR: 8.33 SDR/kg x 12.4 kg = 103.292 SDR
        assertThat(LiabilityLimit.perKilogram(Money.of("XDR", "8.33")).cap(new BigDecimal("12.4"), 1))
                .contains(Money.of("XDR", "103.29"));
    }

    @Test
    void greaterOfTakesThePackageAmountForALightPackage() {
        LiabilityLimit hagueVisby = LiabilityLimit.greaterOf(Money.of("XDR", "666.67"), Money.of("XDR", "2"));

        // 2 SDR/kg x 150 kg = 300 SDR < 666.67 SDR per package
        assertThat(hagueVisby.cap(new BigDecimal("150"), 1)).contains(Money.of("XDR", "666.67"));
    }

    @Test
    void greaterOfTakesTheWeightAmountForAHeavyPackage() {
        LiabilityLimit hagueVisby = LiabilityLimit.greaterOf(Money.of("XDR", "666.67"), Money.of("XDR", "2"));

        // 2 SDR/kg x 400 kg = 800 SDR > 666.67 SDR per package
        assertThat(hagueVisby.cap(new BigDecimal("400"), 1)).contains(Money.of("XDR", "800.00"));
        assertThat(hagueVisby.describe()).isEqualTo("666.67 SDR per package or 2 SDR/kg, whichever is higher");
    }

    @Test
    void greaterOfCountsEveryPackage() {
        LiabilityLimit hagueVisby = LiabilityLimit.greaterOf(Money.of("XDR", "666.67"), Money.of("XDR", "2"));

        // 3 packages x 666.67 = 2000.01 SDR > 2 SDR/kg x 400 kg = 800 SDR
        assertThat(hagueVisby.cap(new BigDecimal("400"), 3)).contains(Money.of("XDR", "2000.01"));
    }

    @Test
    void packagePlusWeightAddsBothParts() {
        LiabilityLimit upuParcel = LiabilityLimit.packagePlusWeight(Money.of("XDR", "40"), Money.of("XDR", "4.50"));

        // 40 SDR + 4.50 SDR/kg x 3 kg = 53.50 SDR
        assertThat(upuParcel.cap(new BigDecimal("3"), 1)).contains(Money.of("XDR", "53.50"));
    }

    @Test
    void perPackageCapIgnoresTheWeight() {
        LiabilityLimit ups = LiabilityLimit.perPackage(Money.of("USD", "100"));

        assertThat(ups.cap(null, 2)).contains(Money.of("USD", "200.00"));
        assertThat(ups.describe()).isEqualTo("100 USD per package");
    }

    @Test
    void carriageChargesAreNeverComputed() {
        LiabilityLimit cmrDelay = LiabilityLimit.carriageCharges(BigDecimal.ONE);

        assertThat(cmrDelay.cap(new BigDecimal("10"), 1)).isEmpty();
        assertThat(cmrDelay.currency()).isEmpty();
        assertThat(cmrDelay.describe()).isEqualTo("the carriage charges");
        assertThat(LiabilityLimit.carriageCharges(new BigDecimal("0.5")).describe())
                .isEqualTo("50% of the carriage charges");
    }

    @Test
    void limitsRefuseNonPositiveAmountsMixedCurrenciesAndNoPackages() {
        assertThatThrownBy(() -> LiabilityLimit.perKilogram(Money.of("XDR", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perKg must be positive");
        assertThatThrownBy(() -> LiabilityLimit.greaterOf(Money.of("XDR", "666.67"), Money.of("USD", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currencies differ");
        assertThatThrownBy(() -> LiabilityLimit.carriageCharges(new BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> LiabilityLimit.perPackage(Money.of("USD", "100")).cap(null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("packages must be at least 1");
    }
}
