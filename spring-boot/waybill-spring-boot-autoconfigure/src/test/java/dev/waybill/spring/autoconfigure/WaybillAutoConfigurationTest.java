package dev.waybill.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Waybill;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.watch.NoticeSink;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.Watcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class WaybillAutoConfigurationTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WaybillAutoConfiguration.class,
                    WaybillMetricsAutoConfiguration.class, WaybillWatchAutoConfiguration.class,
                    WaybillHealthAutoConfiguration.class))
            .withPropertyValues("waybill.carriers.aftership.base-url=http://127.0.0.1:9",
                    "waybill.carriers.dhl.base-url=http://127.0.0.1:9",
                    "waybill.carriers.easypost.base-url=http://127.0.0.1:9",
                    "waybill.carriers.17track.base-url=http://127.0.0.1:9");

    @Configuration(proxyBeanMethods = false)
    static class Database {
        @Bean
        DataSource dataSource() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:runner" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
            return h2;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnWaybill {
        static final Waybill WAYBILL = DefaultPolicies.waybill().build();

        @Bean
        Waybill myWaybill() {
            return WAYBILL;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registry {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Test
    void withoutKeysTheWaybillBeanHasEveryBundledCarrierAndNoWatcher() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Waybill.class);
            assertThat(context.getBean(Waybill.class).carriers().names())
                    .contains("aftership", "dhl", "easypost", "17track");
            assertThat(context).doesNotHaveBean(Watcher.class).doesNotHaveBean(WatchTicker.class)
                    .doesNotHaveBean(ShipmentStore.class);
            WaybillHealthIndicator health = context.getBean(WaybillHealthIndicator.class);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("watching", false);
        });
    }

    @Test
    void oneCarriersPropertiesAreBoundAndNeverShown() {
        runner.withPropertyValues("waybill.carriers.aftership.api-key=as-key-123456",
                        "waybill.carriers.aftership.webhook-secret=whsec-abcdef",
                        "waybill.carriers.dhl.settings.service=express")
                .run(context -> {
                    WaybillProperties properties = context.getBean(WaybillProperties.class);
                    WaybillProperties.Carrier aftership = properties.carrier("AfterShip").orElseThrow();
                    assertThat(aftership.getApiKey()).isEqualTo("as-key-123456");
                    assertThat(aftership.getWebhookSecret()).isEqualTo("whsec-abcdef");
                    assertThat(aftership.getBaseUrl()).isEqualTo("http://127.0.0.1:9");
                    assertThat(properties.carrier("dhl").orElseThrow().getSettings()).containsEntry("service", "express");
                    assertThat(properties.toString() + aftership).doesNotContain("as-key-123456", "whsec-abcdef");
                    assertThat(context.getBean(Waybill.class).carriers().find("aftership")).isPresent();
                });
    }

    @Test
    void theApplicationsOwnWaybillWins() {
        runner.withUserConfiguration(OwnWaybill.class).run(context -> {
            assertThat(context).hasSingleBean(Waybill.class);
            assertThat(context.getBean(Waybill.class)).isSameAs(OwnWaybill.WAYBILL);
        });
    }

    @Test
    void aDataSourceTurnsWatchingOnWithTheTickFromProperties() {
        runner.withUserConfiguration(Database.class).withPropertyValues("waybill.watch.tick=PT5M").run(context -> {
            assertThat(context).hasSingleBean(ShipmentStore.class).hasSingleBean(Watcher.class)
                    .hasSingleBean(WatchTicker.class).hasSingleBean(WatchProbe.class);
            assertThat(context.getBean(WatchTicker.class).tick()).isEqualTo(Duration.ofMinutes(5));
            assertThat(context.getBean(WaybillHealthIndicator.class).health().getDetails())
                    .containsEntry("watching", true).containsEntry("tick", "PT5M");
        });
    }

    @Test
    void watchingCanBeTurnedOff() {
        runner.withUserConfiguration(Database.class).withPropertyValues("waybill.watch.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(Watcher.class).doesNotHaveBean(ShipmentStore.class));
    }

    @Test
    void withoutWaybillWatchOnTheClassPathThereIsNoWatcher() {
        runner.withUserConfiguration(Database.class).withClassLoader(new FilteredClassLoader(Watcher.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Waybill.class);
                    assertThat(context).doesNotHaveBean(WatchTicker.class);
                });
    }

    @Test
    void withoutMigrationsTheStoreDoesNotCreateItsTables() {
        runner.withUserConfiguration(Database.class).withPropertyValues("waybill.watch.migrate=false")
                .run(context -> {
                    WatchProbe probe = context.getBean(WatchProbe.class);
                    assertThat(probe.problem(java.time.Instant.now())).hasValueSatisfying(
                            reason -> assertThat(reason).startsWith("store: "));
                });
    }

    @Test
    void theApplicationsOwnWatcherAndSinkAreUsed() {
        NoticeSink sink = notice -> { };
        runner.withUserConfiguration(Database.class)
                .withBean("mySink", NoticeSink.class, () -> sink)
                .withBean("myWatcher", Watcher.class, () -> Watcher.builder(
                        new ObservedStore(dev.waybill.watch.ShipmentStores.open("jdbc:h2:mem:own;DB_CLOSE_DELAY=-1"),
                                WaybillObserver.NONE), OwnWaybill.WAYBILL).build())
                .run(context -> {
                    assertThat(context).hasSingleBean(Watcher.class);
                    assertThat(context).getBean("myWatcher").isSameAs(context.getBean(Watcher.class));
                    assertThat(context).hasSingleBean(NoticeSink.class);
                });
    }

    @Test
    void theWebhookMeterOfACarrierWithASecretShowsFromTheStart() {
        runner.withUserConfiguration(Registry.class)
                .withPropertyValues("waybill.carriers.aftership.webhook-secret=whsec-abcdef")
                .run(context -> assertThat(context.getBean(MeterRegistry.class).get("waybill.webhooks")
                        .tags("carrier", "aftership", "outcome", "accepted").counter().count()).isZero());
    }

    @Test
    void metersAreCountedInTheApplicationsRegistry() {
        runner.withUserConfiguration(Registry.class).run(context -> {
            WaybillObserver meters = context.getBean(WaybillObserver.class);
            meters.webhook("aftership", true);
            meters.webhook("aftership", false);
            meters.poll("dhl", "updated");
            meters.latency("dhl", Duration.ofMillis(120));
            meters.rateLimitWait("17track", Duration.ofMillis(334));
            meters.transition("status");
            meters.notice("EXCEPTION", "BUYER");
            meters.verdict("DELAYED");
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("waybill.webhooks").tags("carrier", "aftership", "outcome", "accepted")
                    .counter().count()).isEqualTo(1.0);
            assertThat(registry.get("waybill.webhooks").tags("outcome", "rejected").counter().count()).isEqualTo(1.0);
            assertThat(registry.get("waybill.polls").tags("carrier", "dhl", "outcome", "updated").counter().count())
                    .isEqualTo(1.0);
            assertThat(registry.get("waybill.carrier.latency").tags("carrier", "dhl").timer().count()).isEqualTo(1);
            assertThat(registry.get("waybill.rate.limit.waits").tags("carrier", "17track").timer()
                    .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(334.0);
            assertThat(registry.get("waybill.transitions").tags("field", "status").counter().count()).isEqualTo(1.0);
            assertThat(registry.get("waybill.notices").tags("kind", "EXCEPTION", "audience", "BUYER").counter()
                    .count()).isEqualTo(1.0);
            assertThat(registry.get("waybill.verdicts").tags("status", "DELAYED").counter().count()).isEqualTo(1.0);
        });
    }
}
