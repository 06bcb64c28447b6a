package dev.waybill.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;

/**
 * The command's streams and clock, injected so tests can run commands in-process.
 *
 * @param in    standard input, read when a file argument is {@code -}
 * @param out   standard output: JSON Lines records only
 * @param err   standard error: human-facing logs and explanations
 * @param clock the clock used when {@code --now} is not given
 */
record Console(InputStream in, PrintStream out, PrintStream err, Clock clock) {

    /** The process's own streams and the system clock in the system zone. */
    static Console system() {
        return new Console(System.in, System.out, System.err, Clock.systemDefaultZone());
    }
}
