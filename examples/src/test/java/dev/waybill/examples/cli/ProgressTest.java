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
        return progress(terminal ? Progress.Mode.TERMINAL : Progress.Mode.NONE);
    }

    private Progress progress(Progress.Mode mode) {
        return new Progress(new PrintStream(err, true, UTF_8), mode, "waybill assess: ", nanos::get);
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
    void withTheProgressSwitchAPipeGetsALineEveryFiveSecondsAndTheFinalCount() {
        try (Progress progress = progress(Progress.Mode.LINES)) {
            for (int i = 0; i < 640; i++) {
                progress.step();
            }
            nanos.addAndGet(Progress.LINE_EVERY);
            for (int i = 0; i < 64; i++) {
                progress.step();
            }
            nanos.addAndGet(Progress.LINE_EVERY / 2);
            for (int i = 0; i < 640; i++) {
                progress.step();
            }
            nanos.addAndGet(Progress.LINE_EVERY / 2);
            for (int i = 0; i < 65; i++) {
                progress.step();
            }
        }
        assertThat(err.toString(UTF_8).split("\\R"))
                .containsExactly("waybill assess: 704 records", "waybill assess: 1408 records",
                        "waybill assess: 1409 records done");
    }

    @Test
    void theProgressSwitchOnAShortRunSaysOnlyTheCount() {
        try (Progress progress = progress(Progress.Mode.LINES)) {
            progress.step();
        }
        assertThat(err.toString(UTF_8)).isEqualTo("waybill assess: 1 records done" + System.lineSeparator());
    }

    @Test
    void aConsoleOnATerminalShowsInPlaceAndElsewhereOnlyWhenAsked() {
        Console pipe = new Console(System.in, System.out, new PrintStream(err, true, UTF_8), CommandRun.SATURDAY_NOON);
        Console terminal = new Console(System.in, System.out, new PrintStream(err, true, UTF_8),
                CommandRun.SATURDAY_NOON, true);
        try (Progress quiet = Progress.of(pipe, "learn", false);
             Progress asked = Progress.of(terminal, "learn", true)) {
            quiet.step();
            asked.step();
        }
        assertThat(err.toString(UTF_8)).isEmpty();
        try (Progress lines = Progress.of(pipe, "learn", true)) {
            lines.step();
        }
        assertThat(err.toString(UTF_8)).isEqualTo("waybill learn: 1 records done" + System.lineSeparator());
    }

    @Test
    void theCommandInTestsAndPipesIsNoTerminal() {
        assertThat(new Console(System.in, System.out, System.err, CommandRun.SATURDAY_NOON).terminal()).isFalse();
    }
}
