package dev.waybill.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waybill.delay.VerdictEngine;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium opens it at a phone's width, logs no console
 * error, lays out every chart at a readable size without sideways scrolling, and takes a screenshot
 * kept as a build artifact ({@code learn/target/report-phone.png}). Chromium is installed by
 * {@code .ci/run} ({@code apt-get install -y chromium}); where it is absent (or
 * {@code WAYBILL_CHROMIUM} names no executable) the test is skipped.
 */
class HistoryReportBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("WAYBILL_CHROMIUM", "/usr/bin/chromium"));
    private static final int PHONE_WIDTH = 390;
    private static final List<String> SECTIONS = List.of("exceptions", "transit", "on-time", "calibration",
            "delay-stages", "best-carrier");

    /**
     * Appended to a copy of the report (never to the report itself, which has no script): records
     * errors, then writes each section's first chart's rendered size and the page's width into the DOM.
     */
    private static final String MEASURE = """
            <script>
            (function () {
              var sizes = [];
              document.querySelectorAll('section').forEach(function (s) {
                var r = s.querySelector('svg').getBoundingClientRect();
                sizes.push(s.id + ':' + Math.round(r.width) + 'x' + Math.round(r.height));
              });
              document.body.setAttribute('data-sizes', sizes.join(' '));
              document.body.setAttribute('data-scroll-width', document.documentElement.scrollWidth);
              document.body.setAttribute('data-viewport-width', window.innerWidth);
            })();
            </script>
            """;

    @TempDir
    Path dir;

    private Path report;

    @BeforeEach
    void writeReport() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM + ": skipped");
        Lane correios = new Lane(CountryCode.parse("BR"), CountryCode.parse("BR"), Mode.ROAD, "correios");
        List<Shipment> shipments = new ArrayList<>(TransitLearnerTest.history(correios, 300, 1));
        shipments.addAll(TransitLearnerTest.history(correios.withCarrier("jadlog"), 40, 2));
        VerdictEngine engine = DefaultPolicies.verdictEngine().build();
        HistoryReport.Run run = HistoryReport.of(engine, Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC).run();
        shipments.forEach(run::add);
        report = Files.writeString(dir.resolve("index.html"), run.html());
    }

    @Test
    void chromiumShowsEveryChartAtPhoneWidthWithoutConsoleErrors() throws Exception {
        Path screenshot = Path.of("target", "report-phone.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        Result shot = chromium("--screenshot=" + screenshot, "--window-size=" + PHONE_WIDTH + ",3200",
                report.toUri().toString());
        assertThat(shot.status).as(shot.err).isZero();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(PHONE_WIDTH);
        assertThat(consoleErrors(shot.err)).isEmpty();

        String html = Files.readString(report).replace("</body>", MEASURE + "</body>");
        Path measured = Files.writeString(dir.resolve("measured.html"), html);
        Result dom = chromium("--dump-dom", "--window-size=" + PHONE_WIDTH + ",3200", "--virtual-time-budget=2000",
                measured.toUri().toString());
        assertThat(dom.status).as(dom.err).isZero();
        assertThat(consoleErrors(dom.err)).isEmpty();
        Element body = Jsoup.parse(dom.out).body();
        assertThat(body.attr("data-sizes")).as("the measuring script ran").isNotEmpty();
        // headless Chromium may not shrink the window below its minimum; the page must fit whatever it got
        int viewport = Integer.parseInt(body.attr("data-viewport-width"));
        assertThat(viewport).isLessThanOrEqualTo(500);
        assertThat(Integer.parseInt(body.attr("data-scroll-width"))).as("no sideways scrolling")
                .isLessThanOrEqualTo(viewport);
        List<String> sizes = List.of(body.attr("data-sizes").split(" "));
        assertThat(sizes).extracting(s -> s.substring(0, s.indexOf(':'))).containsExactlyElementsOf(SECTIONS);
        for (String size : sizes) {
            String[] wh = size.substring(size.indexOf(':') + 1).split("x");
            assertThat(Integer.parseInt(wh[0])).as(size).isBetween(300, viewport);
            assertThat(Integer.parseInt(wh[1])).as(size).isGreaterThanOrEqualTo(30);
        }
    }

    private static List<String> consoleErrors(String stderr) {
        return stderr.lines().filter(line -> line.contains("CONSOLE") || line.contains("Uncaught")
                || line.contains("Not allowed to load")).toList();
    }

    private record Result(int status, String out, String err) {
    }

    private Result chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
