package dev.waybill.json.internal;

import dev.waybill.json.ContractJsonException;
import dev.waybill.shipment.InputLimits;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The contract's instants: ISO-8601 with an offset, read and written by java.time alone. */
public final class Instants {

    private Instants() {
    }

    /**
     * Parses an ISO-8601 instant that carries an offset or {@code Z} (surrounding white space ignored).
     *
     * @param path the field's path, for the message
     * @throws ContractJsonException {@code timestamp without an offset} for a local date-time, else
     *                               {@code not an ISO-8601 instant with an offset}
     */
    public static OffsetDateTime parse(String text, String path) throws ContractJsonException {
        String stripped = text.strip();
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(stripped, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(stripped, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException notLocalEither) {
                throw new ContractJsonException(path, "not an ISO-8601 instant with an offset: '" + text + "'");
            }
            throw new ContractJsonException(path, "timestamp without an offset: '" + text + "'");
        }
        requireYearInRange(at.getYear(), text, path);
        return at;
    }

    /**
     * Refuses a year outside {@link InputLimits#MIN_YEAR} to {@link InputLimits#MAX_YEAR}.
     *
     * @throws ContractJsonException naming {@code path} and quoting {@code text}
     */
    public static void requireYearInRange(int year, String text, String path) throws ContractJsonException {
        if (!InputLimits.isYearInRange(year)) {
            throw new ContractJsonException(path, "year " + year + " is outside " + InputLimits.MIN_YEAR + " to "
                    + InputLimits.MAX_YEAR + ": '" + text + "'");
        }
    }

    /** An instant as ISO-8601 with its offset and always with seconds. */
    public static String format(OffsetDateTime at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }
}
