package dev.waybill.spring.autoconfigure;

import dev.waybill.Waybill;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The health component {@code waybill}, when Spring Boot's health support is on the class path. */
@AutoConfiguration(after = {WaybillAutoConfiguration.class, WaybillWatchAutoConfiguration.class})
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(Waybill.class)
public class WaybillHealthAutoConfiguration {

    /** The component {@code waybill}. */
    @Bean
    @ConditionalOnMissingBean(name = "waybillHealthIndicator")
    public WaybillHealthIndicator waybillHealthIndicator(Waybill waybill, ObjectProvider<WatchProbe> watch,
                                                         ObjectProvider<CarrierReachability> reachability,
                                                         ObjectProvider<Clock> clock) {
        return new WaybillHealthIndicator(waybill, watch.getIfAvailable(), reachability.getIfAvailable(),
                clock.getIfAvailable(Clock::systemUTC));
    }
}
