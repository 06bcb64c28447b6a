package dev.waybill.carriers.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carriers.aftership.AfterShipSettings;
import dev.waybill.carriers.dhl.DhlSettings;
import dev.waybill.carriers.easypost.EasyPostSettings;
import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.shipment.CountryCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdapterSettingsTest {

    private static final String KEY = "ep-test-key-123456";
    private static final HttpSettings HTTP = HttpSettings.builder().maxAttempts(2).build();

    @Test
    void aBuilderStartsAtTheCarriersProductionUrlWithTheDefaultHttpSettings() {
        DhlSettings settings = DhlSettings.builder().build();

        assertThat(settings.baseUrl()).isEqualTo(DhlSettings.PRODUCTION);
        assertThat(settings.http()).isSameAs(HttpSettings.defaults());
        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.defaultOrigin()).isEmpty();
        assertThat(settings.defaultDestination()).isEmpty();
    }

    @Test
    void sharedAndOwnSettingsChainInAnyOrderAndSurviveToBuilder() {
        EasyPostSettings settings = EasyPostSettings.builder().baseUrl("http://localhost:8080/").apiVersion("v3")
                .apiKey(KEY).defaultOrigin(CountryCode.of("CN")).defaultDestination(CountryCode.of("US"))
                .http(HTTP).build();

        EasyPostSettings copy = settings.toBuilder().build();

        assertThat(copy.apiKey()).hasValue(KEY);
        assertThat(copy.baseUrl()).hasToString("http://localhost:8080/");
        assertThat(copy.apiVersion()).isEqualTo("v3");
        assertThat(copy.defaultOrigin()).hasValue(CountryCode.of("CN"));
        assertThat(copy.defaultDestination()).hasValue(CountryCode.of("US"));
        assertThat(copy.http()).isSameAs(HTTP);
    }

    @Test
    void aBlankKeyCountsAsNoneAndAKeyIsStripped() {
        assertThat(AfterShipSettings.builder().apiKey("   ").build().apiKey()).isEmpty();
        assertThat(AfterShipSettings.builder().apiKey(" " + KEY + "\n").build().apiKey()).hasValue(KEY);
    }

    @Test
    void toStringShowsTheBaseUrlTheOwnSettingsAndTheHttpSettingsButNeverTheKey() {
        EasyPostSettings easyPost = EasyPostSettings.builder().apiKey(KEY).http(HTTP).build();
        DhlSettings dhl = DhlSettings.builder().service("express").build();

        assertThat(easyPost).hasToString("EasyPostSettings{baseUrl=https://api.easypost.com/, apiKey=██, "
                + "apiVersion=v2, " + HTTP + "}");
        assertThat(dhl).hasToString("DhlSettings{baseUrl=https://api-eu.dhl.com/, apiKey=none, service=express, "
                + HttpSettings.defaults() + "}");
        assertThat(AfterShipSettings.builder().apiVersion(" 2025-07 ").createMissing(false).build())
                .hasToString("AfterShipSettings{baseUrl=https://api.aftership.com/, apiKey=none, apiVersion=2025-07, "
                        + "createMissing=false, " + HttpSettings.defaults() + "}");
        assertThat(easyPost.toString()).doesNotContain(KEY);
    }

    @Test
    void configureTakesTheKeyVersionUrlAndLaneAConfigHolds() {
        CarrierConfig config = new CarrierConfig("easypost", Map.of("apiKey", KEY, "apiVersion", "v3",
                "baseUrl", "http://localhost:9000/", "defaultOrigin", "cn", "defaultDestination", "FR"));

        EasyPostSettings settings = EasyPostSettings.builder().configure(config).build();

        assertThat(settings.apiKey()).hasValue(KEY);
        assertThat(settings.apiVersion()).isEqualTo("v3");
        assertThat(settings.baseUrl()).hasToString("http://localhost:9000/");
        assertThat(settings.defaultOrigin()).hasValue(CountryCode.of("CN"));
        assertThat(settings.defaultDestination()).hasValue(CountryCode.of("FR"));
    }

    @Test
    void configureLeavesWhatAConfigDoesNotHoldAtItsDefault() {
        DhlSettings settings = DhlSettings.builder().baseUrl("http://localhost:9000/")
                .configure(CarrierConfig.empty("dhl")).build();

        assertThat(settings.baseUrl()).hasToString("http://localhost:9000/");
        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.defaultOrigin()).isEmpty();
    }
}
