package dev.waybill.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Objects;

/**
 * A record that breaks the contract's JSON format: names the field as a path inside the record
 * ({@code events[2].at}, {@code value.currency}, or {@code record} for the whole record) and what is
 * wrong with it. {@link #error()} is the text of the contract's error line, for example
 * {@code events[0].at: timestamp without an offset: '2026-11-12T10:00:00'}.
 *
 * <p>A {@link JsonMappingException}, so that a Jackson {@code readValue} of a contract type fails
 * with it as Jackson's own failures do.
 */
public final class ContractJsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * A failure of {@code field}.
     *
     * @param field   the JSON path of the bad field inside the record
     * @param problem what is wrong with it
     */
    public ContractJsonException(String field, String problem) {
        super(null, Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(problem, "problem"));
        this.field = field;
        this.problem = problem;
    }

    /** The JSON path of the bad field inside the record, such as {@code events[2].at}. */
    public String field() {
        return field;
    }

    /** What is wrong with the field. */
    public String problem() {
        return problem;
    }

    /** {@code field: problem}: the {@code error} of the contract's error line. */
    public String error() {
        return field + ": " + problem;
    }
}
