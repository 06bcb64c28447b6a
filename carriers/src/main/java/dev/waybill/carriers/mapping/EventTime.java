package dev.waybill.carriers.mapping;

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

    /** Validates that exactly one part is set. */
    public EventTime {
        if ((withOffset == null) == (local == null)) {
            throw new IllegalArgumentException("exactly one of withOffset and local must be set");
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

    /** Parses a carrier timestamp; empty for null, blank or unreadable text. */
    public static Optional<EventTime> tryParse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            String colonOffset = text.strip().replaceFirst("(:\\d\\d(?:\\.\\d+)?)([+-]\\d{2})(\\d{2})$", "$1$2:$3");
            TemporalAccessor parsed = FLEXIBLE.parse(colonOffset);
            LocalDate date = parsed.query(TemporalQueries.localDate());
            LocalTime time = parsed.query(TemporalQueries.localTime());
            ZoneOffset offset = parsed.query(TemporalQueries.offset());
            LocalDateTime local = date.atTime(time == null ? LocalTime.MIDNIGHT : time);
            return Optional.of(offset == null ? ofLocal(local) : of(local.atOffset(offset)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True when the carrier gave the offset. */
    public boolean hasOffset() {
        return withOffset != null;
    }

    /** The local date-time as printed by the carrier. */
    public LocalDateTime wallClock() {
        return withOffset != null ? withOffset.toLocalDateTime() : local;
    }
}
