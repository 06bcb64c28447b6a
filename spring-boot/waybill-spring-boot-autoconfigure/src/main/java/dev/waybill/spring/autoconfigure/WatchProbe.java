package dev.waybill.spring.autoconfigure;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** How watching is doing, for the health component: whether the store answers and the watcher ticks. */
public interface WatchProbe {

    /** What is wrong at {@code now}, empty when the store answers and the watcher ticked within three ticks. */
    Optional<String> problem(Instant now);

    /** What to show beside the status (last tick, tick interval). */
    Map<String, Object> details();
}
