package dev.waybill.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Waybill;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Carrier keys from properties and from the environment, as the {@code waybill} command reads them, never logged. */
@ExtendWith(OutputCaptureExtension.class)
class CarrierKeysTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WaybillAutoConfiguration.class));

    /** The runner with {@code variables} as the process environment. */
    private ApplicationContextRunner environment(Map<String, Object> variables) {
        return runner.withInitializer(context -> context.getEnvironment().getPropertySources().replace(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
    }

    @Test
    void theCommandsVariablesConfigureTheCarriersAndNeverReachTheLog(CapturedOutput output) {
        environment(Map.of("WAYBILL_AFTERSHIP_API_KEY", "asat-env-key-7781",
                "WAYBILL_AFTERSHIP_WEBHOOK_SECRET", "whsec-env-5512",
                "WAYBILL_17TRACK_API_KEY", "17t-env-key-0093",
                "WAYBILL_DHL_BASE_URL", "http://127.0.0.1:9/dhl/")).run(context -> {
                    CarrierKeys keys = context.getBean(CarrierKeys.class);
                    assertThat(keys.config("aftership").value("apiKey")).hasValue("asat-env-key-7781");
                    assertThat(keys.config("aftership").value("webhookSecret")).isEmpty();
                    assertThat(keys.webhookSecret("aftership")).hasValue("whsec-env-5512");
                    assertThat(keys.config("17track").value("apiKey")).hasValue("17t-env-key-0093");
                    assertThat(keys.config("dhl").value("baseUrl")).hasValue("http://127.0.0.1:9/dhl/");
                    assertThat(keys.hasApiKey("dhl")).isFalse();
                    assertThat(keys.webhookSecret("easypost")).isEmpty();
                    assertThat(context.getBean(Waybill.class).carriers().names()).contains("aftership", "17track");
                    assertThat(keys.toString()).doesNotContain("asat-env-key-7781", "whsec-env-5512");
                });
        assertThat(output).contains("Waybill carrier aftership: API key configured",
                        "Waybill carrier 17track: API key configured", "Waybill carrier dhl: no API key")
                .doesNotContain("asat-env-key-7781", "whsec-env-5512", "17t-env-key-0093");
    }

    @Test
    void springsOwnRelaxedNamesBindTooAndAPropertyWinsOverAVariable() {
        environment(Map.of("WAYBILL_CARRIERS_EASYPOST_APIKEY", "EZTK-relaxed-1",
                "WAYBILL_CARRIERS_EASYPOST_WEBHOOKSECRET", "relaxed-secret",
                "WAYBILL_AFTERSHIP_API_KEY", "from-the-environment"))
                .withPropertyValues("waybill.carriers.aftership.api-key=from-the-properties",
                        "waybill.carriers.ups.settings.client-id=ups-client", "waybill.carriers.dhl.settings.service=express")
                .run(context -> {
                    CarrierKeys keys = context.getBean(CarrierKeys.class);
                    assertThat(keys.config("easypost").value("apiKey")).hasValue("EZTK-relaxed-1");
                    assertThat(keys.webhookSecret("easypost")).hasValue("relaxed-secret");
                    assertThat(keys.config("aftership").value("apiKey")).hasValue("from-the-properties");
                    assertThat(keys.config("ups").value("clientId")).hasValue("ups-client");
                    assertThat(keys.config("dhl").value("service")).hasValue("express");
                });
    }

    @Test
    void withoutKeysEveryCarrierStillParsesAndNoneHasAKeyOrSecret() {
        environment(Map.of()).run(context -> {
            CarrierKeys keys = context.getBean(CarrierKeys.class);
            Waybill waybill = context.getBean(Waybill.class);
            assertThat(waybill.carriers().names()).contains("aftership", "dhl", "easypost", "17track");
            for (String carrier : waybill.carriers().names()) {
                assertThat(keys.hasApiKey(carrier)).as(carrier).isFalse();
                assertThat(keys.webhookSecret(carrier)).as(carrier).isEmpty();
            }
        });
    }
}
