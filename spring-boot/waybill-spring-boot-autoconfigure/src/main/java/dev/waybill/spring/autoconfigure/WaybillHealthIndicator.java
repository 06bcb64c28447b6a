package dev.waybill.spring.autoconfigure;

import dev.waybill.Waybill;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health component {@code waybill}: {@code UP} with the configured carriers; with watching,
 * {@code UP} only when the store answers and the watcher has ticked within three ticks, {@code DOWN}
 * with the reason otherwise.
 */
public class WaybillHealthIndicator implements HealthIndicator {

    private final Waybill waybill;
    private final WatchProbe watch;
    private final Clock clock;

    WaybillHealthIndicator(Waybill waybill, WatchProbe watch, Clock clock) {
        this.waybill = waybill;
        this.watch = watch;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("carriers", waybill.carriers().names());
        if (watch == null) {
            return health.withDetail("watching", false).build();
        }
        health.withDetail("watching", true).withDetails(watch.details());
        Optional<String> problem = watch.problem(clock.instant());
        return problem.map(reason -> health.down().withDetail("reason", reason)).orElse(health).build();
    }
}
