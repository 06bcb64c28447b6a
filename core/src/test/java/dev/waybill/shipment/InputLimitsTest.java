package dev.waybill.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InputLimitsTest {

    @Test
    void defaultsAreTheNamedConstants() {
        InputLimits limits = InputLimits.defaults();
        assertThat(limits.maxNestingDepth()).isEqualTo(64);
        assertThat(limits.maxStringLength()).isEqualTo(1 << 20);
        assertThat(limits.maxNumberLength()).isEqualTo(100);
        assertThat(limits.maxEventsPerShipment()).isEqualTo(1000);
        assertThat(limits.maxWeightKg()).isEqualByComparingTo("100000");
        assertThat(limits.maxAmount()).isEqualByComparingTo("1000000000000");
        assertThat(limits.withMaxEventsPerShipment(5).maxEventsPerShipment()).isEqualTo(5);
    }

    @Test
    void aLimitBelowOneIsRefusedNamingIt() {
        assertThatThrownBy(() -> InputLimits.defaults().withMaxEventsPerShipment(0))
                .hasMessage("maxEventsPerShipment must be at least 1: 0");
        assertThatThrownBy(() -> new InputLimits(1, 1, 1, 1, BigDecimal.ZERO, BigDecimal.ONE))
                .hasMessageContaining("must be positive");
    }

    @Test
    void yearsAreFourDigitsAndNotZero() {
        assertThat(InputLimits.isYearInRange(1)).isTrue();
        assertThat(InputLimits.isYearInRange(9999)).isTrue();
        assertThat(InputLimits.isYearInRange(0)).isFalse();
        assertThat(InputLimits.isYearInRange(10000)).isFalse();
    }

    @Test
    void theParsersRefusalsAreWordedWithoutItsClassNames() {
        // the messages as Jackson 2.20 words them (waybill assess printed them before this change)
        assertThat(InputLimits.inWords("Document nesting depth (65) exceeds the maximum allowed (64, from "
                + "`StreamReadConstraints.getMaxNestingDepth()`)"))
                .isEqualTo("nested 65 levels deep, deeper than the limit of 64");
        assertThat(InputLimits.inWords("String value length (1111466) exceeds the maximum allowed (1048576, from "
                + "`StreamReadConstraints.getMaxStringLength()`)"))
                .isEqualTo("a string of 1111466 characters, longer than the limit of 1048576");
        assertThat(InputLimits.inWords("Number value length (201) exceeds the maximum allowed (100, from "
                + "`StreamReadConstraints.getMaxNumberLength()`)"))
                .isEqualTo("a number of 201 characters, longer than the limit of 100");
        assertThat(InputLimits.inWords("Token count (2000001) exceeds the maximum allowed (2000000, from "
                + "`StreamReadConstraints.getMaxTokenCount()`)"))
                .isEqualTo("token count 2000001, above the limit of 2000000");
    }

    @Test
    void anyOtherMessageIsLeftAsItIs() {
        assertThat(InputLimits.inWords("Unexpected end-of-input")).isEqualTo("Unexpected end-of-input");
        assertThat(InputLimits.inWords(null)).isNull();
    }
}
