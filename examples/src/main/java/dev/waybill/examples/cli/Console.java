package dev.waybill.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;

/**
 * The command's streams and clock, injected so tests can run commands in-process.
 *
 * @param in       standard input, read when a file argument is {@code -}
 * @param out      standard output: JSON Lines records only
 * @param err      standard error: human-facing logs and explanations
 * @param clock    the clock used when {@code --now} is not given
 * @param terminal true when a person watches standard error, so long runs may show their progress there
 */
record Console(InputStream in, PrintStream out, PrintStream err, Clock clock, boolean terminal) {

    /** Streams that no person watches: no progress is shown (tests, pipes). */
    Console(InputStream in, PrintStream out, PrintStream err, Clock clock) {
        this(in, out, err, clock, false);
    }

    /** The process's own streams and the system clock in the system zone; a terminal when there is a console. */
    static Console system() {
        return new Console(System.in, System.out, System.err, Clock.systemDefaultZone(), System.console() != null);
    }
}
