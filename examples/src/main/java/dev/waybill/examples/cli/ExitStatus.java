package dev.waybill.examples.cli;

/** The exit statuses of the contract. */
final class ExitStatus {
    /** Every record processed. */
    static final int OK = 0;
    /** Bad flags or an unreadable file. */
    static final int USAGE = 1;
    /** Some records were invalid; each still got its output line. */
    static final int INVALID_RECORDS = 2;
    /** A webhook delivery whose signature is invalid or missing. */
    static final int REJECTED = 3;

    private ExitStatus() {
    }
}
