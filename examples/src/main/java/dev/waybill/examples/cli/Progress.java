package dev.waybill.examples.cli;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress of a long run on standard error. On a terminal ({@link Console#terminal()}):
 * {@code waybill assess: 120000 records}, rewritten in place once the run has taken longer than
 * {@link #QUIET}, cleared when the run ends. With {@code --progress} where no terminal is (a log
 * file, a job runner): that line every {@link #LINE_EVERY}, and once more with {@code done} at the
 * end. Otherwise nothing, so tests and pipes see an empty standard error. Not thread-safe.
 */
final class Progress implements AutoCloseable {

    /** The switch that asks for progress lines where no terminal is. */
    static final Flag FLAG = Flag.toggle("progress",
            "show progress on standard error (a line every 5 seconds and at the end) even where it is no terminal");

    /** How long a run on a terminal goes before it shows progress. */
    static final long QUIET = TimeUnit.SECONDS.toNanos(2);
    /** How often a progress line is written with {@code --progress}. */
    static final long LINE_EVERY = TimeUnit.SECONDS.toNanos(5);
    private static final long EVERY = TimeUnit.MILLISECONDS.toNanos(250);

    /** Where and how progress is shown. */
    enum Mode {
        /** Nothing. */
        NONE,
        /** One line rewritten in place, cleared at the end. */
        TERMINAL,
        /** Whole lines, the last one at the end. */
        LINES
    }

    private final PrintStream err;
    private final Mode mode;
    private final String label;
    private final LongSupplier nanoTime;
    private final long start;
    private long shownAt = -1;
    private long count;
    private int width;

    Progress(PrintStream err, Mode mode, String label, LongSupplier nanoTime) {
        this.err = err;
        this.mode = mode;
        this.label = label;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /**
     * The progress of command {@code name} on {@code console}: in place on a terminal, in lines when
     * {@code asked} ({@code --progress}) elsewhere, else nothing.
     */
    static Progress of(Console console, String name, boolean asked) {
        Mode mode = console.terminal() ? Mode.TERMINAL : asked ? Mode.LINES : Mode.NONE;
        return new Progress(console.err(), mode, "waybill " + name + ": ", System::nanoTime);
    }

    /** One more record done. */
    void step() {
        count++;
        if (mode == Mode.NONE || (count & 63) != 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (mode == Mode.LINES) {
            if (now - (shownAt < 0 ? start : shownAt) >= LINE_EVERY) {
                err.println(label + count + " records");
                shownAt = now;
            }
        } else if (now - start >= QUIET && (shownAt < 0 || now - shownAt >= EVERY)) {
            String text = label + count + " records";
            width = Math.max(width, text.length());
            err.print("\r" + text);
            err.flush();
            shownAt = now;
        }
    }

    /** Clears the terminal's line if anything was shown; with {@code --progress}, the final count. */
    @Override
    public void close() {
        if (mode == Mode.LINES) {
            err.println(label + count + " records done");
        } else if (mode == Mode.TERMINAL && shownAt >= 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
