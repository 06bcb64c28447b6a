package dev.waybill.examples.cli;

import static dev.waybill.examples.cli.CommandRun.waybill;
import static dev.waybill.examples.cli.Shipments.CN_US_IN_LINEHAUL;
import static dev.waybill.examples.cli.Shipments.jsonLines;
import static dev.waybill.examples.cli.Shipments.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage errors of {@code waybill assess}: exit status 1, one line on standard error that says what
 * is wrong, and nothing at all on standard output.
 */
class AssessUsageTest {

    @TempDir
    Path dir;

    private String shipments;

    @BeforeEach
    void writeShipments() {
        shipments = write(dir, "shipments.jsonl", jsonLines(CN_US_IN_LINEHAUL)).toString();
    }

    /** Asserts the run is a usage error whose one stderr line is {@code waybill assess: } then {@code message}. */
    private static void assertUsageError(CommandRun run, String message) {
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.errLines()).containsExactly("waybill assess: " + message);
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        assertUsageError(waybill("assess", "--verbose", shipments), "unknown flag --verbose");
    }

    @Test
    void aMissingInputFileArgumentIsAUsageError() {
        assertUsageError(waybill("assess", "--now", "2026-04-25T12:00:00Z"),
                "missing input FILE (use - for standard input)");
    }

    @Test
    void twoInputFilesAreAUsageError() {
        assertUsageError(waybill("assess", shipments, shipments), "expected one input FILE, got 2");
    }

    @Test
    void aFileThatDoesNotExistIsAUsageError() {
        String missing = dir.resolve("no-such-shipments.jsonl").toString();

        assertUsageError(waybill("assess", missing), "cannot read " + missing + ": no such file");
    }

    @Test
    void aDirectoryIsAUsageError() {
        assertUsageError(waybill("assess", dir.toString()), "cannot read " + dir + ": is a directory");
    }

    @Test
    void aNowWithoutAnOffsetIsAUsageError() {
        assertUsageError(waybill("assess", "--now", "2026-04-25T12:00:00", shipments),
                "--now: not an ISO-8601 instant with an offset: '2026-04-25T12:00:00'");
    }

    @Test
    void aNowThatIsADateIsAUsageError() {
        assertUsageError(waybill("assess", "--now=2026-04-25", shipments),
                "--now: not an ISO-8601 instant with an offset: '2026-04-25'");
    }

    @Test
    void aFlagWithoutItsValueIsAUsageError() {
        assertUsageError(waybill("assess", shipments, "--now"), "--now needs a value");
    }

    @Test
    void aProfilesFileThatDoesNotExistIsAUsageError() {
        String missing = dir.resolve("lanes.json").toString();

        assertUsageError(waybill("assess", "--profiles", missing, shipments), "--profiles: cannot read " + missing);
    }

    @Test
    void aDisruptionsArgumentThatIsADirectoryIsAUsageError() {
        assertUsageError(waybill("assess", "--disruptions", dir.toString(), shipments),
                "--disruptions: cannot read " + dir);
    }

    @Test
    void anInvalidProfilesFileIsAUsageErrorNamingTheFileAndJsonPath() {
        Path lanes = write(dir, "lanes.json", """
                {"profiles": [{"id": "CN-US-FAST", "origin": "CN", "destination": "US", "mode": "PLANE"}]}
                """);

        CommandRun run = waybill("assess", "--profiles", lanes.toString(), shipments);

        assertUsageError(run, lanes + ": $.profiles[0].mode: unknown value 'PLANE'; expected one of [AIR, SEA, RAIL, ROAD]");
    }

    @Test
    void aProfilesFileThatIsNotJsonIsAUsageErrorNamingTheLine() {
        Path lanes = write(dir, "lanes.json", "{\"profiles\": [\n  {\"id\": \"CN-US-FAST\",,}\n]}\n");

        CommandRun run = waybill("assess", "--profiles", lanes.toString(), shipments);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("waybill assess: " + lanes + ": $: not valid JSON: ")
                .contains("line 2, column");
    }

    @Test
    void anInvalidDisruptionsFileIsAUsageErrorNamingTheFileAndJsonPath() {
        Path disruptions = write(dir, "disruptions.json", """
                {"disruptions": [{"id": "la-port", "kind": "CONGESTION", "places": ["US"],
                  "from": "2026-04-20", "to": "2026-05-10", "stages": ["IMPORT_CUSTOMS"], "extraDays": 5},
                 {"id": "quake", "kind": "EARTHQUAKE", "places": ["JP"],
                  "from": "2026-04-20", "to": "2026-05-10", "stages": ["LAST_MILE"], "extraDays": 5}]}
                """);

        CommandRun run = waybill("assess", "--disruptions", disruptions.toString(), shipments);

        assertUsageError(run, disruptions + ": $.disruptions[1].kind: unknown value 'EARTHQUAKE'; "
                + "expected one of [WEATHER, CONGESTION, STRIKE, OTHER]");
    }

    @Test
    void aProfilesFileWithOneIdTwiceIsAUsageErrorNotACrash() {
        String profile = """
                {"id": "CN-US-SHOP", "origin": "CN", "destination": "US", "mode": "AIR",
                 "pickupAllowanceDays": 2, "loss": {"afterSilentDays": 20, "source": "ours"},
                 "stages": {"FIRST_MILE": {"p10": 1, "p50": 1, "p90": 3, "maxSilentDays": 3},
                            "EXPORT_CUSTOMS": {"p10": 0.5, "p50": 1, "p90": 2, "maxSilentDays": 2},
                            "LINEHAUL": {"p10": 1, "p50": 3, "p90": 7, "maxSilentDays": 6},
                            "IMPORT_CUSTOMS": {"p10": 1, "p50": 2, "p90": 4, "maxSilentDays": 4},
                            "LAST_MILE": {"p10": 1, "p50": 2, "p90": 4, "maxSilentDays": 4}},
                 "basis": "DEFAULT", "source": "ours"}""";
        Path lanes = write(dir, "lanes.json", "{\"profiles\": [" + profile + ", " + profile + "]}");

        CommandRun run = waybill("assess", "--profiles", lanes.toString(), shipments);

        assertUsageError(run, lanes + ": $.profiles: duplicate transit profile id CN-US-SHOP");
    }
}
