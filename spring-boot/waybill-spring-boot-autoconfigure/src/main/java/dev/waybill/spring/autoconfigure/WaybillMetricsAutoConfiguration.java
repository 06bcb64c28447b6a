package dev.waybill.spring.autoconfigure;

import dev.waybill.Waybill;
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
 * {@code waybill.verdicts} (status), and {@code waybill.rate.limit.waits} (carrier), in the
 * application's {@link MeterRegistry}.
 */
@AutoConfiguration(after = WaybillAutoConfiguration.class, before = WaybillWatchAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
public class WaybillMetricsAutoConfiguration {

    /** Counts into the application's registry, looked up at the first count. */
    @Bean
    @ConditionalOnMissingBean
    public WaybillObserver waybillMeters(ObjectProvider<MeterRegistry> registry, CarrierKeys keys, Waybill waybill) {
        return new Meters(registry, keys, waybill);
    }

    /** Counts into the registry; {@code waybill.webhooks} of each carrier with a webhook secret shows from the start, at zero. */
    static final class Meters implements WaybillObserver, SmartInitializingSingleton {
        private final ObjectProvider<MeterRegistry> registry;
        private final CarrierKeys keys;
        private final Waybill waybill;

        Meters(ObjectProvider<MeterRegistry> registry, CarrierKeys keys, Waybill waybill) {
            this.registry = registry;
            this.keys = keys;
            this.waybill = waybill;
        }

        @Override
        public void afterSingletonsInstantiated() {
            MeterRegistry r = registry.getIfAvailable();
            if (r == null) {
                return;
            }
            waybill.carriers().names().forEach(carrier -> {
                if (keys.webhookSecret(carrier).isPresent()) {
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

        private void time(String name, String description, Duration took, String... tags) {
            MeterRegistry r = registry.getIfAvailable();
            if (r != null) {
                Timer.builder(name).description(description).tags(tags).register(r).record(took);
            }
        }

        @Override
        public void poll(String carrier, String outcome) {
            count("waybill.polls", "Carrier polls", "carrier", carrier, "outcome", outcome);
        }

        @Override
        public void latency(String carrier, Duration took) {
            time("waybill.carrier.latency", "Time a carrier's API took to answer", took, "carrier", carrier);
        }

        @Override
        public void rateLimitWait(String carrier, Duration took) {
            time("waybill.rate.limit.waits", "Waits before a carrier call, to stay within its rate limit", took,
                    "carrier", carrier);
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
