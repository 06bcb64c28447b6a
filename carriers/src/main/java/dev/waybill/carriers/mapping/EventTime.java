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
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A carrier timestamp as sent: with an offset (or {@code Z}), or a local wall-clock time without
 * one, which {@link ShipmentDraft} resolves later and labels how. Reads ISO-8601 with {@code T} or a
 * blank between date and time, optional seconds and fractions, offsets as {@code +08:00},
 * {@code +0800}, {@code +08} or {@code Z}; a bare date is the local start of that day.
 *
 * <p>Immutable and thread-safe. Exactly one of the two parts is set.
 *
 * @param withOffset the time with the offset the carrier gave; null for a local time
 * @param local      the local time without an offset; null when the offset was given
 */
public record EventTime(OffsetDateTime withOffset, LocalDateTime local) {

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

    /** Validates that exactly one part is set. */
    public EventTime {
        if ((withOffset == null) == (local == null)) {
            throw new IllegalArgumentException("exactly one of withOffset and local must be set");
        }
    }

    /**
     * An offset as carriers label a time zone beside a time: {@code GMT+8}, {@code GMT+08:00},
     * {@code UTC+08:00}, {@code +0000}, {@code GMT} alone for UTC; null when absent or unreadable.
     */
    public static ZoneOffset offsetOf(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String text = label.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^(GMT|UTC)", "");
        if (text.isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneOffset.of(text);
        } catch (DateTimeException e) {
            return null;
        }
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
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            String stripped = text.strip();
            EventTime common = tryParseCommon(stripped);
            if (common != null) {
                return Optional.of(common);
            }
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
     * {@code 2026-11-12T07:10:00} followed by nothing, {@code Z} or {@code ±HH:MM}. Only values that
     * the general formatter reads the same way are taken (day 1 to 28, hour 0 to 23, offset hours up
     * to 14); anything else answers null and goes the general way.
     */
    private static EventTime tryParseCommon(String text) {
        int length = text.length();
        if ((length != 19 && length != 20 && length != 25) || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
        if (length == 19) {
            return ofLocal(local);
        }
        if (length == 20) {
            return text.charAt(19) == 'Z' ? of(local.atOffset(ZoneOffset.UTC)) : null;
        }
        char sign = text.charAt(19);
        int offsetHours = digits(text, 20, 22);
        int offsetMinutes = digits(text, 23, 25);
        if ((sign != '+' && sign != '-') || text.charAt(22) != ':' || offsetHours < 0 || offsetHours > 14
                || offsetMinutes < 0 || offsetMinutes > 59) {
            return null;
        }
        int seconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
        return of(local.atOffset(ZoneOffset.ofTotalSeconds(seconds)));
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

    /** True when the carrier gave the offset. */
    public boolean hasOffset() {
        return withOffset != null;
    }

    /** The time as ISO text: with its offset where the carrier gave one, else the local date-time. */
    public String text() {
        return withOffset != null ? withOffset.toString() : local.toString();
    }

    /** The local date-time as printed by the carrier. */
    public LocalDateTime wallClock() {
        return withOffset != null ? withOffset.toLocalDateTime() : local;
    }
}
