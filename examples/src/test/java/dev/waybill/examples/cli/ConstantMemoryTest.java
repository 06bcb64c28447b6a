package dev.waybill.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long commands stream: each of {@code assess}, {@code ingest}, {@code learn}, {@code backtest}
 * and {@code report} runs on {@value #SHIPMENTS} shipments (a file of about 110 MB) in a child JVM
 * with a {@value #HEAP} heap, and its output or aggregate is checked against what was generated.
 * Holding the shipments would need several times that heap ({@code backtest} did, and ran out of
 * memory, before it read its input twice). A few minutes on two cores.
 */
class ConstantMemoryTest {

    private static final int SHIPMENTS = 300_000;
    private static final String HEAP = "64m";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path history;
    private static GeneratedHistory generated;

    @BeforeAll
    static void generate() throws IOException {
        history = dir.resolve("history.jsonl");
        generated = GeneratedHistory.write(history, SHIPMENTS);
    }

    /** Runs {@code waybill args...} in a JVM with a {@value #HEAP} heap; standard output and error to files. */
    private static Run waybill(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                // the command's own log level (slf4j-simple's default), not the tests' debug
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                WaybillCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(history.toFile())).start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("waybill " + name + " did not end within 15 minutes");
        }
        return new Run(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int status, Path out, String err) {
    }

    @Test
    void assessWritesAVerdictPerShipmentInOrder() throws Exception {
        Run run = waybill("assess", "assess", "--now", "2026-01-15T12:00:00Z", "--progress", history.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).endsWith("waybill assess: " + SHIPMENTS + " records done" + System.lineSeparator());
        long[] lines = {0};
        eachLine(run.out(), line -> {
            assertThat(line.get("id").asText()).isEqualTo("gen-" + lines[0]);
            assertThat(line.get("status").asText()).isNotEmpty();
            lines[0]++;
        });
        assertThat(lines[0]).isEqualTo(SHIPMENTS);
    }

    @Test
    void ingestStoresEveryEventInBoundedBatches() throws Exception {
        Run run = waybill("ingest", "ingest", "--db", dir.resolve("shop").toString(), "--now", "2026-01-15T12:00:00Z",
                "--progress", "-");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).endsWith("waybill ingest: " + SHIPMENTS + " records done" + System.lineSeparator());
        long[] lines = {0};
        long[] added = {0};
        eachLine(run.out(), line -> {
            assertThat(line.get("id").asText()).isEqualTo("gen-" + lines[0]);
            assertThat(line.get("duplicates").asInt()).isZero();
            added[0] += line.get("added").asLong();
            lines[0]++;
        });
        assertThat(lines[0]).isEqualTo(SHIPMENTS);
        assertThat(added[0]).isEqualTo(generated.events());
    }

    @Test
    void learnCountsEveryDeliveryAndEveryParcelOnItsWay() throws Exception {
        Run run = waybill("learn", "learn", "--progress", history.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("waybill learn: " + SHIPMENTS + " records done");
        long[] counts = carrierLaneCounts(run.err());
        assertThat(counts[0]).as("delivered and held back").isEqualTo(generated.delivered());
        assertThat(counts[1]).as("still on their way").isEqualTo(generated.shipments() - generated.delivered());
        assertThat(Files.readString(run.out())).contains("\"id\": \"LEARNED-CN-US-AIR-YUNEXPRESS\"");
    }

    @Test
    void backtestLearnsBeforeTheSplitAndScoresEveryDeliveryFromItInTwoPasses() throws Exception {
        Run run = waybill("backtest", "backtest", "--split", GeneratedHistory.SPLIT.toString(), "--progress", "-");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("waybill backtest: " + SHIPMENTS + " records done",
                "waybill backtest (second pass): " + SHIPMENTS + " records done",
                "scored " + generated.deliveredFrom() + " delivered shipments shipped from " + GeneratedHistory.SPLIT);
        assertThat(carrierLaneCounts(run.err())[0]).as("learned from the deliveries before the split")
                .isEqualTo(generated.delivered() - generated.deliveredFrom());
        List<String> rows = new ArrayList<>();
        eachLine(run.out(), row -> {
            String checkpoint = row.get("checkpoint").asText();
            rows.add(row.get("source").asText() + " " + checkpoint);
            assertThat(row.get("n").asLong() + row.get("noEta").asLong()).as(checkpoint)
                    .isEqualTo(checkpoint.equals("LINEHAUL") ? generated.abroadFrom() : generated.deliveredFrom());
        });
        assertThat(rows).containsExactly("bundled LABEL_CREATED", "bundled PICKUP_DAY", "bundled LINEHAUL",
                "learned LABEL_CREATED", "learned PICKUP_DAY", "learned LINEHAUL");
    }

    @Test
    void reportCountsEveryShipment() throws Exception {
        Path out = dir.resolve("report");
        Run run = waybill("report", "report", "--now", "2026-01-15T12:00:00Z", "--out", out.toString(), "--progress",
                history.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("waybill report: " + SHIPMENTS + " records done");
        assertThat(Files.readString(out.resolve("index.html")))
                .contains("<p>" + SHIPMENTS + " shipments on 5 lanes and carriers, judged at 2026-01-15T12:00:00Z.</p>");
    }

    /** Sums the {@code learned LEARNED-...-CARRIER: N delivered, H held back, O still on their way, P delivered and Q on their way in a peak season} lines. */
    private static long[] carrierLaneCounts(String err) {
        Matcher m = Pattern.compile("learned LEARNED-\\w\\w-\\w\\w-\\w+-[A-Z0-9]+: (\\d+) delivered, (\\d+) held back, "
                + "(\\d+) still on their way, (\\d+) delivered and (\\d+) on their way in a peak season").matcher(err);
        long[] counts = new long[2];
        int lanes = 0;
        while (m.find()) {
            counts[0] += Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)) + Long.parseLong(m.group(4));
            counts[1] += Long.parseLong(m.group(3)) + Long.parseLong(m.group(5));
            lanes++;
        }
        assertThat(lanes).as("a line per carrier lane").isEqualTo(5);
        return counts;
    }

    private interface LineCheck {
        void check(JsonNode line);
    }

    /** Reads {@code file} a line at a time (it is too large to hold). */
    private static void eachLine(Path file, LineCheck check) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                check.check(MAPPER.readTree(line));
            }
        }
    }
}
