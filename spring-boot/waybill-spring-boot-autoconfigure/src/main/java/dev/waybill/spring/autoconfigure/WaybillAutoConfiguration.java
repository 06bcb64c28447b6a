package dev.waybill.spring.autoconfigure;

import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.Carriers;
import dev.waybill.policies.DefaultPolicies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link Waybill} facade: every bundled default policy, and the carrier adapters found on the
 * class path, each built from {@code waybill.carriers.<name>.*}. Backs off when the application has
 * its own {@code Waybill}.
 */
@AutoConfiguration
@EnableConfigurationProperties(WaybillProperties.class)
public class WaybillAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WaybillAutoConfiguration.class);

    /** The facade, built once. */
    @Bean
    @ConditionalOnMissingBean
    public Waybill waybill(WaybillProperties properties) {
        Carriers carriers = Carriers.load(WaybillAutoConfiguration.class.getClassLoader(),
                name -> properties.carrier(name).map(c -> new CarrierConfig(name, c.values()))
                        .orElseGet(() -> CarrierConfig.empty(name)));
        for (String name : carriers.names()) {
            boolean key = properties.carrier(name).map(c -> c.getApiKey() != null && !c.getApiKey().isBlank())
                    .orElse(false);
            LOG.info("Waybill carrier {}: {}", name, key ? "API key configured" : "no API key (parsing and webhooks only)");
        }
        properties.getCarriers().keySet().stream()
                .filter(name -> carriers.find(name).isEmpty())
                .forEach(name -> LOG.warn("waybill.carriers.{}: no carrier adapter of that name; known: {}", name,
                        carriers.names()));
        return DefaultPolicies.waybill().carriers(carriers).build();
    }
}
