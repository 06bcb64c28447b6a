package dev.waybill.json;

import java.util.Objects;
import java.util.Optional;

/**
 * The contract's output line for an input record that could not be processed:
 * {@code {"index": N, "id": "..."|null, "error": "..."}}.
 *
 * <p>Immutable and thread-safe. {@code new ErrorLine(2, "SO-1002", "destination: missing")}
 *
 * @param index the record's 0-based position in the input
 * @param id    the record's {@code id} when it has a textual one; empty otherwise (written as {@code null})
 * @param error the field and what is wrong with it
 */
public record ErrorLine(int index, Optional<String> id, String error) {

    /** Validates the parts. */
    public ErrorLine {
        Objects.requireNonNull(id, "id");
        if (index < 0) {
            throw new IllegalArgumentException("index is negative: " + index);
        }
        if (error == null || error.isBlank()) {
            throw new IllegalArgumentException("an error line needs an error");
        }
    }

    /** The line for record {@code index} with {@code id}, null when it has no textual one. */
    public ErrorLine(int index, String id, String error) {
        this(index, Optional.ofNullable(id), error);
    }

    /** The line for a record that broke the contract's format; {@code id} null when it has none. */
    public static ErrorLine of(int index, String id, ContractJsonException problem) {
        return new ErrorLine(index, id, problem.error());
    }
}
