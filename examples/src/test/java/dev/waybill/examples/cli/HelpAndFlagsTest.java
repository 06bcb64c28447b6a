package dev.waybill.examples.cli;

import static dev.waybill.examples.cli.CommandRun.waybill;
import static dev.waybill.examples.cli.CommandRun.waybillWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --help} of every command, and the flag parsing picocli does for them. */
class HelpAndFlagsTest {

    private static final Map<String, List<String>> FLAGS = Map.of(
            "assess", List.of("--now", "--profiles", "--disruptions", "--peak-calendar", "--ladder", "--sdr-rate",
                    "FILE|-"),
            "returns", List.of("--country", "--delivered", "--on", "--category", "--opened", "--not-informed",
                    "--policy"),
            "message", List.of("--now", "--lang", "--channel", "--shop", "--tracking-url", "--inquiry", "--ladder"),
            "parse", List.of("--carrier", "FILE|-"),
            "webhook", List.of("--carrier", "--secret", "--header", "FILE|-"),
            "demo", List.of("--now"),
            "track", List.of("--carrier", "NUMBER"));

    @Test
    void everyCommandPrintsItsHelpOnStandardOutputAndSucceeds() {
        FLAGS.forEach((command, flags) -> {
            for (String help : new String[] {"--help", "-h"}) {
                CommandRun run = waybill(command, help);

                assertThat(run.status()).as(command + " " + help).isZero();
                assertThat(run.stderr()).as(command + " " + help).isEmpty();
                assertThat(run.out()).as(command).startsWith("Usage: waybill " + command + " ")
                        .contains(flags).contains("--help");
            }
        });
    }

    @Test
    void helpWinsOverMissingRequiredFlags() {
        CommandRun run = waybill("returns", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--country=CC").doesNotContain("is required");
    }

    @Test
    void aSwitchGivenAValueIsAUsageErrorWithOneLine() {
        CommandRun run = waybill("returns", "--country", "DE", "--delivered", "2026-12-12", "--on", "2026-12-28",
                "--opened=yes");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.errLines()).containsExactly("waybill returns: --opened takes no value");
    }

    @Test
    void anArgumentStartingWithAnAtSignIsAFileNameNotAnArgumentFile() {
        CommandRun run = waybill("assess", "@shipments.txt");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("waybill assess: cannot read @shipments.txt: no such file");
    }

    @Test
    void aLoneDashReadsStandardInput() {
        CommandRun run = waybillWithInput("{\"id\":\"S-1\",\"origin\":\"CN\",\"destination\":\"US\",\"events\":[]}\n",
                "assess", "--now", "2026-04-25T12:00:00Z", "-");

        assertThat(run.status()).isZero();
        assertThat(run.only().get("id").asText()).isEqualTo("S-1");
    }

    @Test
    void aFlagGivenTwiceTakesTheLastValue() {
        CommandRun run = waybill("returns", "--country", "FR", "--country", "de", "--delivered", "2026-12-12",
                "--on", "2026-12-28");

        assertThat(run.status()).isZero();
        assertThat(run.only().get("country").asText()).isEqualTo("de");
        assertThat(run.only().get("basis").asText()).contains("BGB");
    }

    @Test
    void theTopLevelHelpPointsAtTheCommandsHelp() {
        assertThat(waybill("help").errLines()).contains("waybill <command> --help describes a command and its flags");
    }
}
