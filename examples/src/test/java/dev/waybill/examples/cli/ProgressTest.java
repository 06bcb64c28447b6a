package dev.waybill.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress of long runs on a terminal's standard error, and silence everywhere else. */
class ProgressTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong nanos = new AtomicLong();

    private Progress progress(boolean terminal) {
        return new Progress(terminal ? new PrintStream(err, true, UTF_8) : null, "waybill assess: ", nanos::get);
    }

    @Test
    void aShortRunShowsNothing() {
        try (Progress progress = progress(true)) {
            for (int i = 0; i < 10_000; i++) {
                progress.step();
            }
        }
        assertThat(err.toString(UTF_8)).isEmpty();
    }

    @Test
    void aLongRunOnATerminalShowsItsCountAndClearsItAtTheEnd() {
        try (Progress progress = progress(true)) {
            for (int i = 0; i < 64; i++) {
                progress.step();
            }
            nanos.addAndGet(Progress.QUIET + TimeUnit.MILLISECONDS.toNanos(1));
            for (int i = 0; i < 64; i++) {
                progress.step();
            }
        }
        assertThat(err.toString(UTF_8)).startsWith("\rwaybill assess: 128 records").endsWith("\r");
    }

    @Test
    void aLongRunWithoutATerminalShowsNothing() {
        try (Progress progress = progress(false)) {
            nanos.addAndGet(Progress.QUIET * 10);
            for (int i = 0; i < 10_000; i++) {
                progress.step();
            }
        }
        assertThat(err.toString(UTF_8)).isEmpty();
    }

    @Test
    void theCommandInTestsAndPipesIsNoTerminal() {
        assertThat(new Console(System.in, System.out, System.err, CommandRun.SATURDAY_NOON).terminal()).isFalse();
    }
}
