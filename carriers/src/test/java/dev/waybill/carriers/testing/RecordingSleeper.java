package dev.waybill.carriers.testing;

import dev.waybill.carriers.http.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Sleeper} that returns at once and remembers what it was asked to wait. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }

    /** The waits asked for, in order. */
    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
