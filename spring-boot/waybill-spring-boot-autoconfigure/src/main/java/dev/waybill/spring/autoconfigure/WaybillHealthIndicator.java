package dev.waybill.spring.autoconfigure;

import dev.waybill.Waybill;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health component {@code waybill}: {@code UP} with the configured carriers; with watching,
 * {@code UP} only when the store answers and the watcher has ticked within three ticks, {@code DOWN}
 * with the reason otherwise. Whether each carrier answered the watcher's last call is shown as
 * {@code reachability}; a carrier that is down leaves the status {@code UP}, since its parcels wait for
 * their next look and the shop can do nothing about it.
 */
public class WaybillHealthIndicator implements HealthIndicator {

    private final Waybill waybill;
    private final WatchProbe watch;
    private final CarrierReachability reachability;
    private final Clock clock;

    WaybillHealthIndicator(Waybill waybill, WatchProbe watch, CarrierReachability reachability, Clock clock) {
        this.waybill = waybill;
        this.watch = watch;
        this.reachability = reachability;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("carriers", waybill.carriers().names());
        if (watch == null) {
            return health.withDetail("watching", false).build();
        }
        health.withDetail("watching", true).withDetails(watch.details());
        if (reachability != null) {
            health.withDetail("reachability", reachability.describe());
        }
        Optional<String> problem = watch.problem(clock.instant());
        return problem.map(reason -> health.down().withDetail("reason", reason)).orElse(health).build();
    }
}
