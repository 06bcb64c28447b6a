package dev.waybill.watch.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads a stored event's time back from its two columns: the instant in epoch milliseconds and the text
 * {@link OffsetDateTime#toString()} wrote. Where the text holds no digit finer than a millisecond, the
 * time is the instant at the text's offset (no parsing of the date and time); else the text is parsed.
 * Either way the answer equals {@code OffsetDateTime.parse(text)}. A time stored as text alone (when the
 * shipment was handed over) is read from its digits where the text has the plain form {@code toString}
 * writes, else by {@code OffsetDateTime.parse}; the answer is the same.
 */
final class EventTimes {

    /** The offsets seen, by their text ("Z", "+08:00"): a store holds a handful. */
    private static final ConcurrentMap<String, ZoneOffset> OFFSETS = new ConcurrentHashMap<>();
    /** {@code uuuu-MM-ddTHH:mm}: the shortest text {@code toString} writes. */
    private static final int MINUTES_END = 16;
    /** {@code uuuu-MM-ddTHH:mm:ss}. */
    private static final int SECONDS_END = 19;

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

    /** {@code OffsetDateTime.parse(text)}, without the formatter for the plain form {@code toString} writes. */
    static OffsetDateTime parse(String text) {
        int offsetAt = offsetStart(text);
        if (offsetAt < 0 || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':') {
            return OffsetDateTime.parse(text);
        }
        int second = 0;
        int nanos = 0;
        if (offsetAt > MINUTES_END) {                             // :ss, then perhaps .f to .fffffffff
            int fraction = offsetAt - SECONDS_END - 1;
            if (text.charAt(MINUTES_END) != ':' || offsetAt < SECONDS_END
                    || offsetAt > SECONDS_END && (text.charAt(SECONDS_END) != '.' || fraction < 1 || fraction > 9)) {
                return OffsetDateTime.parse(text);
            }
            second = digits(text, MINUTES_END + 1, SECONDS_END);
            if (offsetAt > SECONDS_END) {
                int digits = digits(text, SECONDS_END + 1, offsetAt);
                nanos = digits < 0 ? -1 : digits * (int) Math.pow(10, 9 - fraction);
            }
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, MINUTES_END);
        if ((year | month | day | hour | minute | second | nanos) < 0) {
            return OffsetDateTime.parse(text);
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos,
                    OFFSETS.computeIfAbsent(text.substring(offsetAt), ZoneOffset::of));
        } catch (DateTimeException e) {
            return OffsetDateTime.parse(text);                    // out of range: parse says so in its words
        }
    }

    /** The number written in {@code text} from {@code from} to {@code to}, all digits; -1 else. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
