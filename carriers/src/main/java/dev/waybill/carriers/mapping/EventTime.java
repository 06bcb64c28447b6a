package dev.waybill.carriers.mapping;

import dev.waybill.shipment.InputLimits;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A carrier timestamp as sent: with an offset (or {@code Z}), or a local wall-clock time without
 * one, which {@link ShipmentDraft} resolves later and labels how. Reads ISO-8601 with {@code T} or a
 * blank between date and time, optional seconds and fractions, offsets as {@code +08:00},
 * {@code +0800}, {@code +08} or {@code Z}; a bare date is the local start of that day.
 *
 * <p>Immutable and thread-safe, a value: equal when both parts are. Exactly one of the two parts is
 * set: {@link #withOffset()} where the carrier gave the offset, else {@link #local()}; {@link #wallClock()}
 * and {@link #text()} read whichever it is.
 */
public final class EventTime {

    private static final DateTimeFormatter FLEXIBLE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:mm", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter();

    /** An offset without a colon after the seconds ({@code +0800}), to be given one. */
    private static final Pattern COLONLESS_OFFSET = Pattern.compile("(:\\d\\d(?:\\.\\d+)?)([+-]\\d{2})(\\d{2})$");

    /** The whole-hour offsets -14:00 to +14:00, index 14 being UTC, so a label such as {@code +8} costs no lookup. */
    private static final ZoneOffset[] WHOLE_HOURS = new ZoneOffset[29];

    static {
        for (int hours = -14; hours <= 14; hours++) {
            WHOLE_HOURS[14 + hours] = ZoneOffset.ofHours(hours);
        }
    }

    /** The time with the offset the carrier gave; null for a local time (read here without an Optional). */
    final OffsetDateTime withOffset;
    /** The local time without an offset; null when the offset was given. */
    final LocalDateTime local;

    /**
     * A time from its two parts, exactly one of them set: {@link #of(OffsetDateTime)} and
     * {@link #ofLocal(LocalDateTime)} say which.
     *
     * @param withOffset the time with the offset the carrier gave; null for a local time
     * @param local      the local time without an offset; null when the offset was given
     * @throws IllegalArgumentException unless exactly one is set
     */
    public EventTime(OffsetDateTime withOffset, LocalDateTime local) {
        if ((withOffset == null) == (local == null)) {
            throw new IllegalArgumentException("exactly one of withOffset and local must be set");
        }
        this.withOffset = withOffset;
        this.local = local;
    }

    /**
     * An offset as carriers label a time zone beside a time: {@code GMT+8}, {@code GMT+08:00},
     * {@code UTC+08:00}, {@code +0000}, {@code GMT} alone for UTC; null when absent or unreadable.
     */
    public static ZoneOffset offsetOf(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String text = label.strip();
        int from = text.regionMatches(true, 0, "GMT", 0, 3) || text.regionMatches(true, 0, "UTC", 0, 3) ? 3 : 0;
        if (from == text.length()) {
            return ZoneOffset.UTC;
        }
        ZoneOffset common = commonOffset(text, from);
        if (common != null) {
            return common;
        }
        try {
            return ZoneOffset.of(text.substring(from).toUpperCase(java.util.Locale.ROOT));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@code ±H}, {@code ±HH}, {@code ±HH:MM} or {@code ±HHMM} from {@code text[from]} to its end,
     * read as {@link ZoneOffset#of} reads them, without parsing through exceptions; null for any other
     * shape (left to {@code ZoneOffset.of}) or a value beyond 14 hours.
     */
    private static ZoneOffset commonOffset(String text, int from) {
        int length = text.length() - from;
        char sign = text.charAt(from);
        if ((sign != '+' && sign != '-') || (length != 2 && length != 3 && length != 5 && length != 6)) {
            return null;
        }
        int hours = length == 2 ? digits(text, from + 1, from + 2) : digits(text, from + 1, from + 3);
        int minutes = 0;
        if (length == 6) {
            minutes = text.charAt(from + 3) == ':' ? digits(text, from + 4, from + 6) : -1;
        } else if (length == 5) {
            minutes = digits(text, from + 3, from + 5);
        }
        if (hours < 0 || hours > 14 || minutes < 0 || minutes > 59) {
            return null;
        }
        if (minutes == 0) {
            return WHOLE_HOURS[sign == '-' ? 14 - hours : 14 + hours];
        }
        int seconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
        return ZoneOffset.ofTotalSeconds(seconds);
    }

    /** A time whose offset the carrier gave. */
    public static EventTime of(OffsetDateTime withOffset) {
        return new EventTime(withOffset, null);
    }

    /** A local time without an offset. */
    public static EventTime ofLocal(LocalDateTime local) {
        return new EventTime(null, local);
    }

    /** Parses a carrier timestamp; empty for null, blank or unreadable text and for a year past 9999 or before 1. */
    public static Optional<EventTime> tryParse(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return Optional.empty();
        }
        EventTime common = tryParseCommon(stripped);
        return common != null ? Optional.of(common) : tryParseGeneral(stripped);
    }

    /** {@code stripped} read by the general formatter, whatever its shape. */
    static Optional<EventTime> tryParseGeneral(String stripped) {
        try {
            String colonOffset = COLONLESS_OFFSET.matcher(stripped).replaceFirst("$1$2:$3");
            TemporalAccessor parsed = FLEXIBLE.parse(colonOffset);
            LocalDate date = parsed.query(TemporalQueries.localDate());
            if (!InputLimits.isYearInRange(date.getYear())) {
                return Optional.empty();
            }
            LocalTime time = parsed.query(TemporalQueries.localTime());
            ZoneOffset offset = parsed.query(TemporalQueries.offset());
            LocalDateTime local = date.atTime(time == null ? LocalTime.MIDNIGHT : time);
            return Optional.of(offset == null ? ofLocal(local) : of(local.atOffset(offset)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The shapes nearly every carrier sends, read without the general formatter:
     * {@code 2026-11-12T07:10:00} (or a blank for the {@code T}), then a fraction of up to nine digits
     * or none, then nothing, {@code Z}, {@code ±HH:MM} or {@code ±HHMM}. Only values that the general
     * formatter reads the same way are taken (day 1 to 28, hour 0 to 23, offset hours up to 14);
     * anything else answers null and goes the general way.
     */
    private static EventTime tryParseCommon(String text) {
        int length = text.length();
        if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || (text.charAt(10) != 'T' && text.charAt(10) != ' ') || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (!InputLimits.isYearInRange(year) || month < 1 || month > 12 || day < 1 || day > 28 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int at = 19;
        int nano = 0;
        if (at < length && text.charAt(at) == '.') {
            int end = at + 1;
            while (end < length && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            int count = end - at - 1;
            if (count < 1 || count > 9) {
                return null;
            }
            nano = digits(text, at + 1, end);
            for (int i = count; i < 9; i++) {
                nano *= 10;
            }
            at = end;
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
        if (at == length) {
            return ofLocal(local);
        }
        if (at + 1 == length) {
            return text.charAt(at) == 'Z' ? of(local.atOffset(ZoneOffset.UTC)) : null;
        }
        if (length - at != 5 && length - at != 6) {
            return null;
        }
        ZoneOffset offset = commonOffset(text, at);
        return offset == null ? null : of(local.atOffset(offset));
    }

    /** The decimal number in {@code text[from, to)}, or -1 if it holds anything but ASCII digits. */
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

    /** The time with the offset the carrier gave; empty when it gave none (see {@link #local()}). */
    public Optional<OffsetDateTime> withOffset() {
        return Optional.ofNullable(withOffset);
    }

    /** The local time the carrier sent without an offset; empty when it gave the offset (see {@link #withOffset()}). */
    public Optional<LocalDateTime> local() {
        return Optional.ofNullable(local);
    }

    /** True when the carrier gave the offset. */
    public boolean hasOffset() {
        return withOffset != null;
    }

    /** The time with the offset the carrier gave; a local time read as UTC. */
    public OffsetDateTime withOffsetOrUtc() {
        return withOffset != null ? withOffset : local.atOffset(ZoneOffset.UTC);
    }

    /**
     * This time at {@code offset}: a time with an offset moved to the same instant there, a local time
     * read as the wall clock there (a carrier's zone label beside its time).
     */
    public EventTime at(ZoneOffset offset) {
        return of(withOffset != null ? withOffset.withOffsetSameInstant(offset) : local.atOffset(offset));
    }

    /** The time as ISO text: with its offset where the carrier gave one, else the local date-time. */
    public String text() {
        return withOffset != null ? withOffset.toString() : local.toString();
    }

    /** The local date-time as printed by the carrier. */
    public LocalDateTime wallClock() {
        return withOffset != null ? withOffset.toLocalDateTime() : local;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventTime time && Objects.equals(withOffset, time.withOffset)
                && Objects.equals(local, time.local);
    }

    @Override
    public int hashCode() {
        return Objects.hash(withOffset, local);
    }

    /** {@code EventTime[withOffset=2026-11-12T07:10+08:00]} or {@code EventTime[local=2026-11-12T07:10]}. */
    @Override
    public String toString() {
        return "EventTime[" + (withOffset != null ? "withOffset=" + withOffset : "local=" + local) + "]";
    }
}
