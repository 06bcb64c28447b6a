package dev.waybill.spring.autoconfigure;

import dev.waybill.watch.Watcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Ticks the {@link Watcher} every {@code waybill.watch.tick} on a Spring scheduler of its own, from
 * the application's start to its stop, and remembers when it last ticked (the health component reads
 * it). A tick that fails is logged and the next one runs as planned.
 */
public class WatchTicker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WatchTicker.class);

    private final Watcher watcher;
    private final Duration tick;
    private final Clock clock;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile ScheduledFuture<?> future;
    private volatile Instant startedAt;
    private volatile Instant lastTick;
    private volatile String lastFailure;

    /** Ticks {@code watcher} every {@code tick}, reading the time from {@code clock}. */
    public WatchTicker(Watcher watcher, Duration tick, Clock clock) {
        this.watcher = watcher;
        this.tick = tick;
        this.clock = clock;
        scheduler.setThreadNamePrefix("waybill-watch-");
        scheduler.setPoolSize(1);
    }

    /** Runs one tick now; what the scheduler calls. */
    public Watcher.Tick tickNow() {
        try {
            Watcher.Tick done = watcher.tick(clock.instant());
            lastTick = clock.instant();
            lastFailure = null;
            if (done.looked() > 0) {
                LOG.debug("Waybill watch tick: {} shipments looked at, {} transitions, {} notices sent",
                        done.looked(), done.transitions(), done.sent().size());
            }
            return done;
        } catch (RuntimeException e) {
            lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warn("Waybill watch tick failed: {}", lastFailure);
            throw e;
        }
    }

    /** How often it ticks. */
    public Duration tick() {
        return tick;
    }

    /** When the last tick ended, empty before the first. */
    public Optional<Instant> lastTick() {
        return Optional.ofNullable(lastTick);
    }

    /** When it started, empty when not running. */
    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** Why the last tick failed, empty when it did not. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    @Override
    public synchronized void start() {
        if (future != null) {
            return;
        }
        scheduler.initialize();
        startedAt = clock.instant();
        future = scheduler.scheduleWithFixedDelay(() -> {
            try {
                tickNow();
            } catch (RuntimeException e) {
                // logged by tickNow; the next tick runs as planned
            }
        }, tick);
        LOG.info("Waybill watching: a tick every {}", tick);
    }

    @Override
    public synchronized void stop() {
        if (future != null) {
            future.cancel(false);
            future = null;
        }
        scheduler.shutdown();
        startedAt = null;
    }

    @Override
    public boolean isRunning() {
        return future != null;
    }
}
