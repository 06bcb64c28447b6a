package dev.waybill.json;

/**
 * The contract's output line for an input record that could not be processed:
 * {@code {"index": N, "id": "..."|null, "error": "..."}}.
 *
 * <p>Immutable and thread-safe. {@code new ErrorLine(2, "SO-1002", "destination: missing")}
 *
 * @param index the record's 0-based position in the input
 * @param id    the record's {@code id} when it has a textual one; null otherwise
 * @param error the field and what is wrong with it
 */
public record ErrorLine(int index, String id, String error) {

    /** Validates the parts. */
    public ErrorLine {
        if (index < 0) {
            throw new IllegalArgumentException("index is negative: " + index);
        }
        if (error == null || error.isBlank()) {
            throw new IllegalArgumentException("an error line needs an error");
        }
    }

    /** The line for a record that broke the contract's format. */
    public static ErrorLine of(int index, String id, ContractJsonException problem) {
        return new ErrorLine(index, id, problem.error());
    }
}
