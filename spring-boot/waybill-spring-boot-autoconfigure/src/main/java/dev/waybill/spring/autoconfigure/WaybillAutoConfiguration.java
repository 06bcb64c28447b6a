package dev.waybill.spring.autoconfigure;

import dev.waybill.Waybill;
import dev.waybill.carrier.Carriers;
import dev.waybill.delay.TransitProfiles;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.policies.remedy.CompensationPolicies;
import dev.waybill.policies.returns.ShopReturnPolicies;
import dev.waybill.policies.transit.TransitPolicies;
import dev.waybill.remedy.CompensationEngine;
import dev.waybill.remedy.CompensationPolicy;
import dev.waybill.returns.ShopReturnPolicy;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ResourceLoader;

/**
 * The {@link Waybill} facade: every bundled default policy, the shop's transit profiles and
 * compensation ladder from {@code waybill.profiles} and {@code waybill.ladder}, and the carrier
 * adapters found on the class path, each built from {@code waybill.carriers.<name>.*} over the
 * environment's {@code WAYBILL_<CARRIER>_*}. Each bean backs off when the application has its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(WaybillProperties.class)
public class WaybillAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WaybillAutoConfiguration.class);

    /** Each carrier's key, base URL and webhook secret. */
    @Bean
    @ConditionalOnMissingBean
    public CarrierKeys waybillCarrierKeys(WaybillProperties properties, ConfigurableEnvironment environment) {
        return new CarrierKeys(properties, variables(environment));
    }

    /** The bundled transit profiles, with the shop's from {@code waybill.profiles} replacing or adding lanes. */
    @Bean
    @ConditionalOnMissingBean
    public TransitProfiles waybillTransitProfiles(WaybillProperties properties, ResourceLoader resources) {
        return new PolicyResources(resources).loadOr("waybill.profiles", properties.getProfiles(),
                TransitPolicies::defaultProfiles,
                file -> TransitPolicies.withProfiles(TransitPolicies.defaultProfiles(), file));
    }

    /** The compensation ladder: the shop's from {@code waybill.ladder}, else the bundled one. */
    @Bean
    @ConditionalOnMissingBean
    public CompensationPolicy waybillLadder(WaybillProperties properties, ResourceLoader resources) {
        return new PolicyResources(resources).loadOr("waybill.ladder", properties.getLadder(),
                CompensationPolicies::defaultLadder, CompensationPolicies::ladder);
    }

    /** The shop's own return policy from {@code waybill.return-policy}, for {@link Waybill#returns(dev.waybill.returns.WithdrawalRequest, ShopReturnPolicy)}. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "waybill", name = "return-policy")
    public ShopReturnPolicy waybillReturnPolicy(WaybillProperties properties, ResourceLoader resources) {
        return new PolicyResources(resources).load("waybill.return-policy", properties.getReturnPolicy(),
                ShopReturnPolicies::load);
    }

    /** The facade, built once; the application's {@link Clock} bean, if any, is its time. */
    @Bean
    @ConditionalOnMissingBean
    public Waybill waybill(CarrierKeys keys, TransitProfiles profiles, CompensationPolicy ladder,
                           WaybillProperties properties, ObjectProvider<Clock> clock) {
        Carriers carriers = Carriers.load(WaybillAutoConfiguration.class.getClassLoader(), keys::config);
        for (String name : carriers.names()) {
            LOG.info("Waybill carrier {}: {}", name,
                    keys.hasApiKey(name) ? "API key configured" : "no API key (parsing and webhooks only)");
        }
        properties.getCarriers().keySet().stream()
                .filter(name -> carriers.find(name).isEmpty())
                .forEach(name -> LOG.warn("waybill.carriers.{}: no carrier adapter of that name; known: {}", name,
                        carriers.names()));
        return DefaultPolicies.waybill()
                .verdicts(DefaultPolicies.verdictEngine().profiles(profiles).build())
                .compensation(CompensationEngine.of(ladder, CompensationPolicies.marketplaceRules()))
                .carriers(carriers)
                .clock(clock.getIfAvailable(Clock::systemUTC))
                .build();
    }

    private static Map<String, String> variables(ConfigurableEnvironment environment) {
        Map<String, String> variables = new LinkedHashMap<>();
        PropertySource<?> source = environment.getPropertySources()
                .get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        if (source instanceof EnumerablePropertySource<?> enumerable) {
            for (String name : enumerable.getPropertyNames()) {
                if (name.startsWith("WAYBILL_") && enumerable.getProperty(name) != null) {
                    variables.put(name, String.valueOf(enumerable.getProperty(name)));
                }
            }
        }
        return variables;
    }
}
