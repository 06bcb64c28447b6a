package dev.waybill.carriers.mapping;

import dev.waybill.shipment.EventCode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A carrier's status vocabulary as a table from its codes to {@link StatusMapping}s. Codes are
 * matched ignoring case and surrounding blanks. A code the table does not hold maps to
 * {@link EventCode#UNKNOWN} with a warning in the log, never to an exception: carrier vocabularies
 * are open sets and grow without notice.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusTable {

    private static final Logger LOG = LoggerFactory.getLogger(StatusTable.class);
    private static final StatusMapping UNKNOWN = StatusMapping.of(EventCode.UNKNOWN);

    private final String carrier;
    private final Map<String, StatusMapping> rows;

    private StatusTable(String carrier, Map<String, StatusMapping> rows) {
        this.carrier = carrier;
        this.rows = rows;
    }

    /**
     * The table of {@code carrier}.
     *
     * @throws IllegalArgumentException if two codes differ only in case
     */
    public static StatusTable of(String carrier, Map<String, StatusMapping> rows) {
        Objects.requireNonNull(carrier, "carrier");
        java.util.HashMap<String, StatusMapping> normalised = new java.util.HashMap<>();
        rows.forEach((code, mapping) -> {
            if (normalised.put(key(code), Objects.requireNonNull(mapping, code)) != null) {
                throw new IllegalArgumentException("code listed twice: " + code);
            }
        });
        return new StatusTable(carrier, Map.copyOf(normalised));
    }

    private static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    /** The row for {@code code}, if the table has one. */
    public Optional<StatusMapping> find(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.ofNullable(rows.get(key(code)));
    }

    /**
     * The row for {@code code}, or {@code UNKNOWN} with a warning naming the carrier, the code and the
     * tracking number.
     */
    public StatusMapping map(String code, String trackingNumber) {
        Optional<StatusMapping> row = find(code);
        if (row.isPresent()) {
            return row.get();
        }
        LOG.warn("unmapped status code carrier={} code={} tracking={}", carrier, code, trackingNumber);
        return UNKNOWN;
    }

    /** The codes the table holds, lower case. */
    public Set<String> codes() {
        return rows.keySet();
    }
}
