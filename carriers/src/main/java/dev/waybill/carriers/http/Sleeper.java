package dev.waybill.carriers.http;

import java.time.Duration;

/**
 * Waits between retry attempts. {@link #SYSTEM} sleeps the calling thread; tests inject one that
 * records the wait and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps the calling thread with {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /**
     * Waits {@code duration}.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
