package dev.waybill.examples.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told: the simulated time of {@code demo --watch}. The pollers' waits
 * between carrier calls advance it instead of sleeping, so a month runs in seconds and the budgets
 * still hold in simulated time.
 */
final class VirtualClock extends Clock {

    private final AtomicReference<Instant> now;

    VirtualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** Moves the clock on by {@code duration}. */
    void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    /** Moves the clock to {@code at} unless it is already past it. */
    void catchUp(Instant at) {
        now.updateAndGet(t -> t.isBefore(at) ? at : t);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulated clock runs in UTC");
    }
}
