package dev.waybill.carriers.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarrierNamesTest {

    @Test
    void aWrittenNameReadsAsTheAdapterName() {
        assertThat(CarrierNames.adapterName("DHL")).isEqualTo("dhl");
        assertThat(CarrierNames.adapterName(" Royal Mail ")).isEqualTo("royalmail");
        assertThat(CarrierNames.adapterName("Deutsche-Post")).isEqualTo("deutschepost");
        assertThat(CarrierNames.adapterName("17TRACK")).isEqualTo("17track");
    }

    @Test
    void nothingToReadIsNoName() {
        assertThat(CarrierNames.adapterName(null)).isNull();
        assertThat(CarrierNames.adapterName("   ")).isNull();
        assertThat(CarrierNames.adapterName("—")).isNull();
    }
}
