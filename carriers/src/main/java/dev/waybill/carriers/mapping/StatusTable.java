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
    /** The rows by code as the carrier documents it, which is how it mostly sends it: no folding needed. */
    private final Map<String, StatusMapping> asDocumented;

    private StatusTable(String carrier, Map<String, StatusMapping> rows, Map<String, StatusMapping> asDocumented) {
        this.carrier = carrier;
        this.rows = rows;
        this.asDocumented = asDocumented;
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
        return new StatusTable(carrier, Map.copyOf(normalised), Map.copyOf(rows));
    }

    private static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    /** The row for {@code code}, if the table has one. */
    public Optional<StatusMapping> find(String code) {
        return Optional.ofNullable(row(code));
    }

    private StatusMapping row(String code) {
        if (code == null) {
            return null;
        }
        StatusMapping documented = asDocumented.get(code);
        return documented != null || code.isBlank() ? documented : rows.get(key(code));
    }

    /**
     * The row for {@code code}, or {@code UNKNOWN} with a warning naming the carrier, the code and the
     * tracking number.
     */
    public StatusMapping map(String code, String trackingNumber) {
        StatusMapping row = row(code);
        if (row != null) {
            return row;
        }
        LOG.warn("unmapped status code carrier={} code={} tracking={}", carrier, code, trackingNumber);
        return UNKNOWN;
    }

    /** The codes the table holds, lower case. */
    public Set<String> codes() {
        return rows.keySet();
    }
}
