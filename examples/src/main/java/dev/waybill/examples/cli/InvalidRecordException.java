package dev.waybill.examples.cli;

/**
 * One input record is invalid: names the field (as a JSON path inside the record, such as
 * {@code events[2].at}) and what is wrong with it. The record gets an error line; the others go on.
 */
final class InvalidRecordException extends Exception {

    private final String field;

    InvalidRecordException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The JSON path of the bad field inside the record. */
    String field() {
        return field;
    }
}
