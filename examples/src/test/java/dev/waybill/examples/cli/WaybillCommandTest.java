package dev.waybill.examples.cli;

import static dev.waybill.examples.cli.CommandRun.waybill;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code waybill} command itself: help and unknown commands. */
class WaybillCommandTest {

    private static final String ASSESS_USAGE =
            "  waybill assess [--now INSTANT] [--profiles FILE] [--disruptions FILE] [--peak-calendar FILE] [--ladder FILE] [--sdr-rate CUR=RATE] FILE|-";

    @Test
    void helpListsTheCommandsOnStandardErrorAndSucceeds() {
        for (String help : new String[] {"help", "--help", "-h"}) {
            CommandRun run = waybill(help);

            assertThat(run.status()).as(help).isZero();
            assertThat(run.stdout()).as(help).isEmpty();
            assertThat(run.errLines()).as(help).first().asString().startsWith("usage: waybill <command>");
            assertThat(run.errLines()).as(help).contains(ASSESS_USAGE);
        }
    }

    @Test
    void noArgumentsPrintsTheUsageAndIsAUsageError() {
        CommandRun run = waybill();

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.errLines()).contains(ASSESS_USAGE);
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithOneLine() {
        CommandRun run = waybill("asses", "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.errLines()).containsExactly("waybill: unknown command 'asses' (try: waybill help)");
    }
}
