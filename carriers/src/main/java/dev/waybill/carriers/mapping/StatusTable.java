package dev.waybill.carriers.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.InputLimits;
import dev.waybill.shipment.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A carrier's status vocabulary as a table from its codes to {@link StatusMapping}s. Codes are
 * matched ignoring case and surrounding blanks. A code the table does not hold maps to
 * {@link EventCode#UNKNOWN} with a warning in the log, never to an exception: carrier vocabularies
 * are open sets and grow without notice.
 *
 * <p>A vocabulary is data: {@link #load(String, URL)} reads it from a JSON resource next to the
 * adapter, validated when loaded:
 * <pre>{@code
 * {"carrier": "aftership", "source": "AfterShip Tracking API 2026-07, Delivery statuses",
 *  "codes": [{"code": "InTransit_004", "event": "ARRIVED_DESTINATION"},
 *            {"code": "Exception_006", "customs": "HELD", "reason": "DUTIES", "note": "..."}]}
 * }</pre>
 * Each code gives either an {@code event} (an {@link EventCode}) or a side-less {@code customs}
 * outcome ({@code HELD} or {@code CLEARED}, placed on the export or import side by position), an
 * optional {@link Reason} and an optional {@code note}.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusTable {

    private static final Logger LOG = LoggerFactory.getLogger(StatusTable.class);
    private static final StatusMapping UNKNOWN = StatusMapping.of(EventCode.UNKNOWN);
    private static final ObjectReader FILE_READER = JsonMapper.builder(CarrierJson.factory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .readerFor(CodesFile.class);

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
        HashMap<String, StatusMapping> normalised = new HashMap<>();
        rows.forEach((code, mapping) -> {
            if (normalised.put(key(code), Objects.requireNonNull(mapping, code)) != null) {
                throw new IllegalArgumentException("code listed twice: " + code);
            }
        });
        return new StatusTable(carrier, Map.copyOf(normalised), Map.copyOf(rows));
    }

    /**
     * The table of {@code carrier} read from a status-code file (the format is in the class comment).
     *
     * <pre>{@code
     * static final StatusTable TABLE = StatusTable.load("dhl", DhlStatusMap.class.getResource("status-codes.json"));
     * }</pre>
     *
     * @param resource the file, usually a resource next to the adapter's classes
     * @throws IllegalArgumentException naming the file, the entry's JSON path ({@code codes[12].event})
     *                                  and the problem, if the file cannot be read, is not JSON, names
     *                                  another carrier, has no {@code source}, lists a code twice or
     *                                  gives an unknown event code, customs outcome or reason
     */
    public static StatusTable load(String carrier, URL resource) {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(resource, "resource: the status-code file is not on the class path");
        String file = resource.toString();
        CodesFile parsed;
        try (InputStream in = resource.openStream()) {
            parsed = FILE_READER.readValue(in);
        } catch (UnrecognizedPropertyException e) {
            throw fail(file, path(e), "unknown field \"" + e.getPropertyName() + "\"; expected one of "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")), e);
        } catch (MismatchedInputException e) {
            String prefix = "unexpected shape at " + CarrierJson.path(e) + ": ";
            String mismatch = CarrierJson.mismatch(e);
            throw fail(file, path(e), mismatch.startsWith(prefix) ? mismatch.substring(prefix.length()) : mismatch, e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON" + CarrierJson.location(e) + ": "
                    + InputLimits.inWords(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (parsed == null) {
            throw fail(file, "$", "the file is empty", null);
        }
        return of(carrier, parsed.rows(file, carrier));
    }

    private static String path(MismatchedInputException e) {
        String path = CarrierJson.path(e);
        return path.equals("$") ? path : path.substring(2);
    }

    private static IllegalArgumentException fail(String file, String path, String problem, Throwable cause) {
        return new IllegalArgumentException(file + ": " + path + ": " + problem, cause);
    }

    /** A status-code file as bound: the carrier it is for, where its codes come from, the codes. */
    record CodesFile(String carrier, String source, String note, List<CodeRow> codes) {

        /** The rows by code, in file order, validated. */
        Map<String, StatusMapping> rows(String file, String expectedCarrier) {
            if (carrier == null || carrier.isBlank()) {
                throw fail(file, "carrier", "missing; name the carrier the codes are of", null);
            }
            if (!carrier.strip().equals(expectedCarrier)) {
                throw fail(file, "carrier", "\"" + carrier + "\" is not " + expectedCarrier
                        + ", the carrier this table is loaded for", null);
            }
            if (source == null || source.isBlank()) {
                throw fail(file, "source", "missing; name the documentation the codes come from", null);
            }
            if (codes == null || codes.isEmpty()) {
                throw fail(file, "codes", codes == null ? "missing" : "empty; list the carrier's codes", null);
            }
            Map<String, StatusMapping> rows = new LinkedHashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                String at = "codes[" + i + "]";
                CodeRow row = codes.get(i);
                if (row == null) {
                    throw fail(file, at, "must be an object with a code", null);
                }
                if (row.code() == null || row.code().isBlank()) {
                    throw fail(file, at + ".code", "missing", null);
                }
                Integer first = seen.putIfAbsent(key(row.code()), i);
                if (first != null) {
                    throw fail(file, at + ".code", "\"" + row.code() + "\" is listed twice, first at codes["
                            + first + "]", null);
                }
                rows.put(row.code().strip(), row.mapping(file, at));
            }
            return rows;
        }
    }

    /**
     * One code of a status-code file: an {@code event} or a side-less {@code customs} outcome, an
     * optional {@code reason} and {@code note}.
     */
    record CodeRow(String code, String event, String customs, String reason, String note) {

        StatusMapping mapping(String file, String at) {
            Reason why = reason == null ? null : constant(file, at + ".reason", reason, Reason.class, "reason");
            if (event != null && customs != null) {
                throw fail(file, at, "give either event or customs, not both", null);
            }
            if (event != null) {
                return new StatusMapping(constant(file, at + ".event", event, EventCode.class, "event code"), why, false);
            }
            if (customs == null) {
                throw fail(file, at, "missing event (an event code) or customs (HELD or CLEARED)", null);
            }
            return switch (customs.strip()) {
                case "HELD" -> StatusMapping.customs(true, why);
                case "CLEARED" -> StatusMapping.customs(false, why);
                default -> throw fail(file, at + ".customs", "unknown customs outcome \"" + customs
                        + "\"; expected HELD or CLEARED", null);
            };
        }

        private static <E extends Enum<E>> E constant(String file, String at, String name, Class<E> type, String what) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name.strip())) {
                    return constant;
                }
            }
            throw fail(file, at, "unknown " + what + " \"" + name + "\"; expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")), null);
        }
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
