package dev.waybill.carriers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.Carriers;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvidersTest {

    @Test
    void theServiceLoaderFindsEveryAdapterWithoutKeys() {
        Carriers carriers = Carriers.load(getClass().getClassLoader(), CarrierConfig::empty);

        assertThat(carriers.names()).containsExactly("17track", "4px", "aftership", "cainiao", "dhl", "easypost", "fedex",
                "postnl", "ups", "usps", "yanwen", "yunexpress");
    }

    @Test
    void providersReadTheirKeysFromTheConfigAndNeverShowThem() {
        Carriers carriers = Carriers.load(getClass().getClassLoader(), name -> CarrierConfig.fromEnvironment(name,
                Map.of("WAYBILL_DHL_API_KEY", "dhl-key-xyz", "WAYBILL_DHL_DEFAULT_ORIGIN", "CN")));

        assertThat(carriers.get("dhl").toString()).contains("apiKey=██").doesNotContain("dhl-key-xyz");
        assertThat(carriers.get("easypost").toString()).contains("apiKey=none");
    }
}
