package dev.waybill.streams.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A store ordered by time: each key is the instant in epoch milliseconds, zero-padded to 13 digits,
 * then {@code |} and the entry's own id, so the store's byte order is time order and the entries due by
 * an instant are one range read, never a scan of everything kept.
 */
public final class TimeIndex {

    private final KeyValueStore<String, String> store;

    /** The index kept in {@code store}. */
    public TimeIndex(KeyValueStore<String, String> store) {
        this.store = store;
    }

    /** The key of {@code id} at {@code at}. */
    static String key(Instant at, String id) {
        return String.format("%013d|%s", at.toEpochMilli(), id);
    }

    /** Puts {@code value} for {@code id} at {@code at}. */
    public void put(Instant at, String id, String value) {
        store.put(key(at, id), value);
    }

    /** Removes the entry of {@code id} at {@code at}. */
    public void remove(Instant at, String id) {
        store.delete(key(at, id));
    }

    /**
     * Takes out at most {@code limit} entries due at or before {@code now}, oldest first: removed from
     * the store and answered as (key, value).
     */
    public List<KeyValue<String, String>> takeDue(Instant now, int limit) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        // a key "<now+1>" alone sorts before every "<now+1>|id", so the range holds exactly the instants <= now
        try (KeyValueIterator<String, String> it = store.range(null, String.format("%013d", now.toEpochMilli() + 1))) {
            while (it.hasNext() && due.size() < limit) {
                due.add(it.next());
            }
        }
        for (KeyValue<String, String> entry : due) {
            store.delete(entry.key);
        }
        return due;
    }
}
