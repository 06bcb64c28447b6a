package dev.waybill.spring.autoconfigure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The Micrometer meters, when Micrometer is on the class path: {@code waybill.webhooks} (carrier,
 * outcome), {@code waybill.polls} (carrier, outcome), {@code waybill.carrier.latency} (carrier),
 * {@code waybill.transitions} (field), {@code waybill.notices} (kind, audience) and
 * {@code waybill.verdicts} (status), in the application's {@link MeterRegistry}.
 */
@AutoConfiguration(before = WaybillWatchAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
public class WaybillMetricsAutoConfiguration {

    /** Counts into the application's registry, looked up at the first count. */
    @Bean
    @ConditionalOnMissingBean
    public WaybillObserver waybillMeters(ObjectProvider<MeterRegistry> registry, WaybillProperties properties) {
        return new Meters(registry, properties);
    }

    /** Counts into the registry; {@code waybill.webhooks} of each carrier with a webhook secret shows from the start, at zero. */
    static final class Meters implements WaybillObserver, SmartInitializingSingleton {
        private final ObjectProvider<MeterRegistry> registry;
        private final WaybillProperties properties;

        Meters(ObjectProvider<MeterRegistry> registry, WaybillProperties properties) {
            this.registry = registry;
            this.properties = properties;
        }

        @Override
        public void afterSingletonsInstantiated() {
            MeterRegistry r = registry.getIfAvailable();
            if (r == null) {
                return;
            }
            properties.getCarriers().forEach((carrier, settings) -> {
                if (settings.webhookSecretIfAny().isPresent()) {
                    for (String outcome : new String[] {"accepted", "rejected"}) {
                        Counter.builder("waybill.webhooks").description("Webhook deliveries")
                                .tags("carrier", carrier, "outcome", outcome).register(r);
                    }
                }
            });
        }

        private void count(String name, String description, String... tags) {
            MeterRegistry r = registry.getIfAvailable();
            if (r != null) {
                Counter.builder(name).description(description).tags(tags).register(r).increment();
            }
        }

        @Override
        public void webhook(String carrier, boolean accepted) {
            count("waybill.webhooks", "Webhook deliveries", "carrier", carrier, "outcome",
                    accepted ? "accepted" : "rejected");
        }

        @Override
        public void poll(String carrier, String outcome, Duration took) {
            count("waybill.polls", "Carrier polls", "carrier", carrier, "outcome", outcome);
            MeterRegistry r = registry.getIfAvailable();
            if (r != null) {
                Timer.builder("waybill.carrier.latency").description("Time a carrier took to answer a poll")
                        .tags("carrier", carrier).register(r).record(took);
            }
        }

        @Override
        public void transition(String field) {
            count("waybill.transitions", "Transitions recorded", "field", field);
        }

        @Override
        public void notice(String kind, String audience) {
            count("waybill.notices", "Notices handed to the sinks", "kind", kind, "audience", audience);
        }

        @Override
        public void verdict(String status) {
            count("waybill.verdicts", "Verdicts recomputed", "status", status);
        }
    }
}
