package dev.waybill.carriers.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Headers;

/**
 * Reads how long a throttled caller should wait: {@code Retry-After} as delta seconds or as an HTTP
 * date (RFC 9110 section 10.2.3); failing that {@code X-RateLimit-Reset} as Unix seconds, the header
 * AfterShip documents for its Tracking API.
 */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the headers ask for, or null when they do not say or say it unreadably. */
    static Duration from(Headers headers, Clock clock) {
        String retryAfter = headers.get("Retry-After");
        if (retryAfter != null) {
            Duration parsed = parse(retryAfter.strip(), clock);
            if (parsed != null) {
                return parsed;
            }
        }
        String reset = headers.get("X-RateLimit-Reset");
        if (reset != null && reset.strip().matches("\\d{9,12}")) {
            return nonNegative(Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(reset.strip()))));
        }
        return null;
    }

    static Duration parse(String value, Clock clock) {
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return nonNegative(Duration.between(clock.instant(), at.toInstant()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
