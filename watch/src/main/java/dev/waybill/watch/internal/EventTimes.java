package dev.waybill.watch.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads a stored event's time back from its two columns: the instant in epoch milliseconds and the text
 * {@link OffsetDateTime#toString()} wrote. Where the text holds no digit finer than a millisecond, the
 * time is the instant at the text's offset (no parsing of the date and time); else the text is parsed.
 * Either way the answer equals {@code OffsetDateTime.parse(text)}.
 */
final class EventTimes {

    /** The offsets seen, by their text ("Z", "+08:00"): a store holds a handful. */
    private static final ConcurrentMap<String, ZoneOffset> OFFSETS = new ConcurrentHashMap<>();
    /** {@code uuuu-MM-ddTHH:mm}: the shortest text {@code toString} writes. */
    private static final int MINUTES_END = 16;

    private EventTimes() {
    }

    /** The time stored as {@code epochMillis} and {@code text}. */
    static OffsetDateTime read(long epochMillis, String text) {
        int offsetAt = offsetStart(text);
        if (offsetAt < 0 || text.charAt(10) != 'T' || !millisecondsAtMost(text, offsetAt)) {
            return OffsetDateTime.parse(text);
        }
        ZoneOffset offset = OFFSETS.computeIfAbsent(text.substring(offsetAt), ZoneOffset::of);
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), offset);
    }

    /** Where the offset begins in a four-digit-year text: "Z", or a sign then hh:mm (or hh:mm:ss); -1 else. */
    private static int offsetStart(String text) {
        int length = text.length();
        if (length <= MINUTES_END || text.charAt(4) != '-') {
            return -1;
        }
        if (text.charAt(length - 1) == 'Z') {
            return length - 1;
        }
        for (int at : new int[] {length - 6, length - 9}) {
            if (at >= MINUTES_END && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                return at;
            }
        }
        return -1;
    }

    /** True when the seconds' fraction, if any, has at most three digits. */
    private static boolean millisecondsAtMost(String text, int offsetAt) {
        int dot = text.indexOf('.', MINUTES_END);
        return dot < 0 || dot > offsetAt || offsetAt - dot - 1 <= 3;
    }
}
