package dev.waybill.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.carrier.CarrierAdapterProvider;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

/**
 * The configuration metadata IDEs complete properties from lists every property of the starter's
 * contract (spring.md), for every bundled carrier and each of its settings, with a description.
 */
class ConfigurationMetadataTest {

    private static final Map<String, JsonNode> PROPERTIES = new HashMap<>();

    @BeforeAll
    static void readTheMetadata() throws Exception {
        try (InputStream in = ConfigurationMetadataTest.class
                .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
            for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
                PROPERTIES.put(property.path("name").asText(), property);
            }
        }
    }

    private static JsonNode property(String name) {
        assertThat(PROPERTIES).as("metadata").containsKey(name);
        JsonNode property = PROPERTIES.get(name);
        assertThat(property.path("description").asText()).as(name + " description").isNotBlank();
        return property;
    }

    @Test
    void theWatchPropertiesAreListedWithTheContractsDefaults() {
        assertThat(property("waybill.watch.enabled").path("defaultValue").asBoolean()).isTrue();
        assertThat(DurationStyle.detectAndParse(property("waybill.watch.tick").path("defaultValue").asText()))
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(property("waybill.watch.migrate").path("defaultValue").asBoolean()).isTrue();
        assertThat(property("waybill.watch.policy").path("type").asText()).isEqualTo("java.lang.String");
    }

    @Test
    void theShopsFilesAreListed() {
        property("waybill.profiles");
        property("waybill.ladder");
        property("waybill.return-policy");
    }

    @Test
    void everyBundledCarrierHasItsKeyBaseUrlWebhookSecretAndSettingsListed() {
        int carriers = 0;
        for (CarrierAdapterProvider provider : ServiceLoader.load(CarrierAdapterProvider.class)) {
            carriers++;
            String prefix = "waybill.carriers." + provider.name() + ".";
            property(prefix + "webhook-secret");
            for (String setting : provider.settingNames()) {
                String kebab = setting.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
                property(switch (setting) {
                    case "apiKey", "baseUrl" -> prefix + kebab;
                    default -> prefix + "settings." + kebab;
                });
            }
        }
        assertThat(carriers).isGreaterThanOrEqualTo(4);
        property("waybill.carriers.aftership.api-key");
        property("waybill.carriers.17track.base-url");
    }
}
