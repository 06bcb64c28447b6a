package dev.waybill.examples.cli;

import static dev.waybill.examples.cli.CommandRun.waybill;
import static dev.waybill.examples.cli.CommandRun.waybillWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the long commands do to stream their input, in-process on small inputs: {@code ingest} in
 * bounded batches, {@code backtest --split} in two passes (standard input through a temporary copy),
 * and {@code --progress}. {@link ConstantMemoryTest} runs them at scale.
 */
class LongRunsTest {

    @TempDir
    Path dir;

    private static String history(int count) throws IOException {
        Path file = Files.createTempFile("history", ".jsonl");
        try {
            GeneratedHistory.write(file, count);
            return Files.readString(file);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void ingestWritesALinePerRecordInOrderAcrossBatchesAndKeepsTheBatchOfARefusedShipment() throws IOException {
        List<String> records = new ArrayList<>(history(IngestCommand.BATCH * 2 + 10).lines().toList());
        int refused = IngestCommand.BATCH + 7;          // in the second batch
        records.set(refused, records.get(refused).replace("\"id\": \"gen-" + refused + "\"",
                "\"id\": \"gen-" + "9".repeat(250) + "\""));   // the store keeps ids of at most 200 characters
        int malformed = IngestCommand.BATCH * 2 + 3;   // in the last, short batch
        records.set(malformed, "{\"id\": \"gen-broken\", ");
        String db = dir.resolve("shop").toString();

        CommandRun run = waybillWithInput(String.join("\n", records) + "\n", "ingest", "--db", db,
                "--now", "2026-01-15T12:00:00Z", "-");

        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> lines = run.records();
        assertThat(lines).hasSize(records.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            if (i == refused) {
                assertThat(line.get("index").asInt()).isEqualTo(refused);
                assertThat(line.get("error").asText()).startsWith("cannot store this shipment: ");
            } else if (i == malformed) {
                assertThat(line.get("index").asInt()).isEqualTo(malformed);
                assertThat(line.get("error").asText()).startsWith("invalid JSON");
            } else {
                assertThat(line.get("id").asText()).isEqualTo("gen-" + i);
                assertThat(line.get("added").asInt()).isBetween(3, 4);
            }
        }
        CommandRun again = waybillWithInput(records.get(refused - 1) + "\n" + records.get(refused + 1) + "\n",
                "ingest", "--db", db, "--now", "2026-01-15T12:00:00Z", "-");
        assertThat(again.records()).extracting(r -> r.get("duplicates").asInt())
                .as("the rest of the refused shipment's batch was stored").allMatch(d -> d >= 3);
    }

    @Test
    void backtestWithASplitReadsStandardInputTwiceThroughACopyItDeletes() throws IOException {
        String jsonLines = history(400);
        Path file = Shipments.write(dir, "history.jsonl", jsonLines);
        String array = "[\n" + String.join(",\n", jsonLines.lines().toList()) + "\n]\n";
        String split = GeneratedHistory.SPLIT.toString();
        List<Path> before = copies();

        CommandRun fromFile = waybill("backtest", "--split", split, file.toString());
        CommandRun fromStdin = waybillWithInput(array.getBytes(StandardCharsets.UTF_8), CommandRun.SATURDAY_NOON,
                "backtest", "--split", split, "-");

        assertThat(fromFile.status()).isZero();
        assertThat(fromStdin.status()).isZero();
        assertThat(fromStdin.records()).hasSize(6).isEqualTo(fromFile.records());
        assertThat(fromStdin.stderr()).isEqualTo(fromFile.stderr()).contains("scored ");
        assertThat(copies()).isEqualTo(before);
    }

    @Test
    void backtestNamesAnInvalidRecordOfStandardInputOnceAndAsStandardInput() {
        String bad = "{\"id\": \"x\", \"origin\": \"BR\"}\n";
        CommandRun run = waybillWithInput(bad, "backtest", "--split", "2025-07-01", "-");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).filteredOn(l -> l.contains(" record "))
                .containsExactly("-: record 0 (x) skipped: destination: missing");
    }

    @Test
    void theHistoryCommandsShowTheirProgressWhenAsked() throws IOException {
        Path file = Shipments.write(dir, "history.jsonl", history(70));
        assertThat(waybill("learn", "--progress", file.toString()).errLines()).first()
                .isEqualTo("waybill learn: 70 records done");
        assertThat(waybill("backtest", "--split", "2025-07-01", "--progress", file.toString()).errLines())
                .startsWith("waybill backtest: 70 records done").contains("waybill backtest (second pass): 70 records done");
        assertThat(waybill("report", "--out", dir.resolve("r").toString(), "--progress", file.toString()).errLines())
                .first().isEqualTo("waybill report: 70 records done");
        assertThat(waybill("learn", file.toString()).stderr()).doesNotContain("records");
    }

    @Test
    void theFiveLongCommandsListTheProgressSwitch() {
        for (String command : List.of("assess", "ingest", "learn", "backtest", "report")) {
            assertThat(waybill(command, "--help").out()).as(command).contains("--progress");
        }
    }

    private static List<Path> copies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("waybill-stdin-")).sorted().toList();
        }
    }
}
