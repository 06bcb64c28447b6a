package dev.waybill.examples.cli;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress of a long run on standard error: {@code waybill assess: 120000 records}, rewritten in
 * place, shown only when a person watches ({@link Console#terminal()}) and only once the run has
 * taken longer than {@link #QUIET}; cleared when the run ends. Never in tests or pipes. Not thread-safe.
 */
final class Progress implements AutoCloseable {

    /** How long a run goes before it shows progress. */
    static final long QUIET = TimeUnit.SECONDS.toNanos(2);
    private static final long EVERY = TimeUnit.MILLISECONDS.toNanos(250);

    private final PrintStream err;
    private final String label;
    private final LongSupplier nanoTime;
    private final long start;
    private long shownAt = -1;
    private long count;
    private int width;

    Progress(PrintStream err, String label, LongSupplier nanoTime) {
        this.err = err;
        this.label = label;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** The progress of command {@code name} on {@code console}, or one that shows nothing. */
    static Progress of(Console console, String name) {
        return new Progress(console.terminal() ? console.err() : null, "waybill " + name + ": ", System::nanoTime);
    }

    /** One more record done. */
    void step() {
        count++;
        if (err == null || (count & 63) != 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - start >= QUIET && (shownAt < 0 || now - shownAt >= EVERY)) {
            String text = label + count + " records";
            width = Math.max(width, text.length());
            err.print("\r" + text);
            err.flush();
            shownAt = now;
        }
    }

    /** Clears the line if anything was shown. */
    @Override
    public void close() {
        if (err != null && shownAt >= 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
