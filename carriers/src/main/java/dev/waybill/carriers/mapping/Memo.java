package dev.waybill.carriers.mapping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function of carrier text for the texts seen most recently:
 * carriers repeat their phrases and places across events and bodies ("Processed at LEIPZIG -
 * GERMANY"), so a text is read once, not once per event. Bounded: past {@code capacity} distinct
 * texts it forgets them all and starts again, so memory stays flat whatever the input.
 * Thread-safe; the answers must be immutable.
 */
final class Memo<V> {

    private final Map<String, V> answers = new ConcurrentHashMap<>();
    private final int capacity;

    Memo(int capacity) {
        this.capacity = capacity;
    }

    /** The answer for {@code text}, computed by {@code compute} the first time. */
    V get(String text, Function<String, V> compute) {
        V known = answers.get(text);
        if (known != null) {
            return known;
        }
        V answer = compute.apply(text);
        if (answers.size() >= capacity) {
            answers.clear();
        }
        answers.put(text, answer);
        return answer;
    }
}
