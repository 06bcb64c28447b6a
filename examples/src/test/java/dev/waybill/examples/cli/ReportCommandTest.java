package dev.waybill.examples.cli;

import static dev.waybill.examples.cli.CommandRun.waybill;
import static dev.waybill.examples.cli.Shipments.CN_DE_DELIVERED;
import static dev.waybill.examples.cli.Shipments.CN_US_IN_LINEHAUL;
import static dev.waybill.examples.cli.Shipments.jsonLines;
import static dev.waybill.examples.cli.Shipments.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code waybill report --out DIR FILE...} writes one self-contained page and says where. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesIndexHtmlWithEveryChartAndNamesIt() throws IOException {
        String shipments = write(dir, "s.jsonl", jsonLines(CN_US_IN_LINEHAUL, CN_DE_DELIVERED)).toString();
        Path out = dir.resolve("report");
        CommandRun run = waybill("report", "--now", "2026-11-20T12:00:00Z", "--out", out.toString(), shipments);
        assertThat(run.status()).isZero();
        assertThat(run.stdout()).isEmpty();
        Path index = out.resolve("index.html");
        assertThat(run.stderr()).contains("report written to " + index.toAbsolutePath());
        String html = Files.readString(index);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script")
                .contains("id=\"exceptions\"", "id=\"transit\"", "id=\"on-time\"", "id=\"calibration\"",
                        "id=\"delay-stages\"", "id=\"best-carrier\"");
    }

    @Test
    void withoutOutItIsAUsageError() {
        CommandRun run = waybill("report", "-");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).contains("--out is required");
    }
}
