package dev.waybill.delay;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A revised delivery window: {@code earliest <= likely <= latest}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param earliest the earliest plausible delivery date
 * @param likely   the most likely delivery date
 * @param latest   the latest plausible delivery date
 */
public record Eta(LocalDate earliest, LocalDate likely, LocalDate latest) {

    /** Validates the order of the three dates. */
    public Eta {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(likely, "likely");
        Objects.requireNonNull(latest, "latest");
        if (likely.isBefore(earliest) || latest.isBefore(likely)) {
            throw new IllegalArgumentException(
                    "ETA out of order: earliest " + earliest + ", likely " + likely + ", latest " + latest);
        }
    }

    /** The window {@code earliest..latest} with {@code likely} in it. */
    public static Eta of(LocalDate earliest, LocalDate likely, LocalDate latest) {
        return new Eta(earliest, likely, latest);
    }
}
