package dev.waybill.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.watch.ShipmentStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health component {@code waybill}: DOWN when the store does not answer or the watcher stops ticking. */
class WaybillHealthTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Instant START = Instant.parse("2026-11-09T10:00:00Z");

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        volatile Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final JdbcDataSource database = new JdbcDataSource();

    {
        database.setURL("jdbc:h2:mem:health" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    }
    private final MovableClock clock = new MovableClock();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WaybillAutoConfiguration.class,
                    WaybillMetricsAutoConfiguration.class, WaybillWatchAutoConfiguration.class,
                    WaybillHealthAutoConfiguration.class))
            .withBean(DataSource.class, () -> database)
            .withBean(Clock.class, () -> clock)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("waybill.watch.tick=PT10M", "waybill.carriers.aftership.api-key=asat-health-1",
                    "waybill.carriers.aftership.base-url=http://127.0.0.1:9/aftership/");

    private static Health health(AssertableApplicationContext context) {
        return context.getBean(WaybillHealthIndicator.class).health();
    }

    /** Waits until the ticker's first tick, which it runs as the application starts. */
    private static void firstTick(AssertableApplicationContext context) throws InterruptedException {
        WatchTicker ticker = context.getBean(WatchTicker.class);
        for (int i = 0; i < 500 && ticker.lastTick().isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertThat(ticker.lastTick()).hasValue(START);
    }

    @Test
    void upWhileTheStoreAnswersAndTheWatcherTicks() {
        runner.run(context -> {
            firstTick(context);
            clock.now = START.plus(Duration.ofMinutes(30));
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("watching", true).containsEntry("tick", "PT10M")
                    .containsEntry("lastTick", START.toString()).doesNotContainKey("reason");
        });
    }

    @Test
    void downWhenTheDatabaseIsUnreachable() {
        runner.run(context -> {
            firstTick(context);
            try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("SHUTDOWN");                    // the database goes away under the store's connection
            }
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat((String) health.getDetails().get("reason")).startsWith("store: ");
        });
    }

    @Test
    void downWhenTheWatcherHasNotTickedWithinThreeTicks() {
        runner.run(context -> {
            firstTick(context);
            clock.now = START.plus(Duration.ofMinutes(30));
            assertThat(health(context).getStatus()).isEqualTo(Status.UP);
            clock.now = START.plus(Duration.ofMinutes(30)).plusSeconds(1);
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("reason", "watcher: no tick since " + START);
        });
    }

    @Test
    void downWhenTheWatcherIsStopped() {
        runner.run(context -> {
            firstTick(context);
            context.getBean(WatchTicker.class).stop();
            clock.now = START.plus(Duration.ofHours(1));
            assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
        });
    }

    @Test
    void anUnreachableCarrierIsShownButLeavesTheApplicationUpAndIsCountedAsAFailedPoll() {
        runner.run(context -> {
            firstTick(context);
            Lane lane = new Lane(CountryCode.of("CN"), CountryCode.of("DE"), Mode.AIR, "aftership");
            context.getBean(ShipmentStore.class).merge(Shipment.builder("order-3310", lane)
                    .trackingNumber("YT2630100011112222").promisedBy(LocalDate.parse("2026-11-18"))
                    .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-03T10:00:00+08:00"), EventCode.PICKED_UP))
                    .build(), START);

            context.getBean(WatchTicker.class).tickNow();

            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            @SuppressWarnings("unchecked")
            Map<String, String> reachability = (Map<String, String>) health.getDetails().get("reachability");
            assertThat(reachability.get("aftership")).startsWith("unreachable at " + START + ": ");
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("waybill.polls").tags("carrier", "aftership", "outcome", "failed").counter().count())
                    .isEqualTo(1.0);
            assertThat(meters.get("waybill.carrier.latency").tags("carrier", "aftership").timer().count())
                    .isGreaterThanOrEqualTo(1);
        });
    }
}
