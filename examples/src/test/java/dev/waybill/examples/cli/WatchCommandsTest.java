package dev.waybill.examples.cli;

import static dev.waybill.examples.cli.CommandRun.waybill;
import static dev.waybill.examples.cli.CommandRun.waybillWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code waybill ingest}, {@code watch} and {@code notices} end to end, in-process, on an H2 file. */
class WatchCommandsTest {

    private static final String HELD = "{\"id\":\"LP-1042\",\"origin\":\"CN\",\"destination\":\"FR\","
            + "\"trackingNumber\":\"LP00123456789CN\",\"promisedBy\":\"2026-11-14\",\"language\":\"fr\",\"events\":["
            + "{\"at\":\"2026-11-02T08:00:00+08:00\",\"code\":\"PICKED_UP\"},"
            + "{\"at\":\"2026-11-06T09:00:00+01:00\",\"code\":\"IMPORT_HELD\",\"reason\":\"DOCUMENTS\"}]}";
    private static final String BROKEN = "{\"id\":\"LP-9\",\"origin\":\"CN\",\"events\":[]}";
    private static final String AGAIN = "{\"id\":\"LP-1042\",\"origin\":\"CN\",\"destination\":\"FR\",\"events\":["
            + "{\"at\":\"2026-11-02T00:00:00Z\",\"code\":\"PICKED_UP\"},"
            + "{\"at\":\"2026-11-03T08:00:00+08:00\",\"code\":\"DEPARTED_ORIGIN\"}]}";

    @TempDir
    Path dir;

    @Test
    void ingestStoresTheGoodRecordsCountsDuplicatesAndGivesTheBadOneItsErrorLine() {
        String db = dir.resolve("shop").toString();
        CommandRun first = waybillWithInput(HELD + "\n" + BROKEN + "\n", "ingest", "--db", db, "-");
        assertThat(first.status()).isEqualTo(2);
        List<JsonNode> lines = first.records();
        assertThat(lines.get(0).toString()).isEqualTo("{\"id\":\"LP-1042\",\"added\":2,\"duplicates\":0}");
        assertThat(lines.get(1).get("index").asInt()).isEqualTo(1);
        assertThat(lines.get(1).get("id").asText()).isEqualTo("LP-9");
        assertThat(lines.get(1).get("error").asText()).contains("destination");

        CommandRun second = waybillWithInput(AGAIN, "ingest", "--db", db, "-");
        assertThat(second.status()).isZero();
        assertThat(second.records().get(0).toString())
                .isEqualTo("{\"id\":\"LP-1042\",\"added\":1,\"duplicates\":1}");
    }

    @Test
    void watchOncePrintsEachNoticeOnceAndNoticesListsTheLedgerWithSentAt() {
        String db = dir.resolve("shop").toString();
        waybillWithInput(HELD, "ingest", "--db", db, "-");
        CommandRun tick = waybill("watch", "--db", db, "--once", "--now", "2026-11-16T09:00:00+01:00");
        assertThat(tick.status()).isZero();
        List<JsonNode> notices = tick.records();
        assertThat(notices).isNotEmpty().allSatisfy(n -> {
            assertThat(n.get("id").asText()).matches("n-[0-9a-f]{20}");
            assertThat(n.get("shipment").asText()).isEqualTo("LP-1042");
            assertThat(n.has("audience") && n.has("kind") && n.has("at") && n.has("language") && n.has("channel")
                    && n.has("subject") && n.has("body") && n.has("verdict")).isTrue();
            assertThat(n.get("verdict").get("id").asText()).isEqualTo("LP-1042");
        });
        assertThat(notices).anySatisfy(n -> {
            assertThat(n.get("audience").asText()).isEqualTo("BUYER");
            assertThat(n.get("language").asText()).isEqualTo("fr");
            assertThat(n.get("body").asText()).isNotBlank();
        });

        CommandRun again = waybill("watch", "--db", db, "--once", "--now", "2026-11-16T09:00:00+01:00");
        assertThat(again.status()).isZero();
        assertThat(again.lines()).isEmpty();

        CommandRun ledger = waybill("notices", "--db", db, "--shipment", "LP-1042");
        assertThat(ledger.status()).isZero();
        assertThat(ledger.records()).extracting(n -> n.get("id").asText())
                .isEqualTo(notices.stream().map(n -> n.get("id").asText()).toList());
        assertThat(ledger.records()).allSatisfy(n -> assertThat(n.get("sentAt").asText()).isEqualTo(
                "2026-11-16T08:00:00Z"));
        assertThat(waybill("notices", "--db", db, "--shipment", "nope").lines()).isEmpty();
    }

    @Test
    void aCarrierWithoutCredentialsIsNamedOnceWithTheVariablesToSetAndItsParcelsAreStillJudged() {
        String db = dir.resolve("shop").toString();
        String yunExpress = "{\"id\":\"YT-1\",\"origin\":\"CN\",\"destination\":\"US\",\"carrier\":\"yunexpress\","
                + "\"trackingNumber\":\"YT2630000000000000\",\"promisedBy\":\"2026-11-14\",\"events\":["
                + "{\"at\":\"2026-11-02T08:00:00+08:00\",\"code\":\"PICKED_UP\"}]}";
        waybillWithInput(yunExpress, "ingest", "--db", db, "-");
        assertThat(System.getenv("WAYBILL_YUNEXPRESS_API_SECRET")).as("the test needs YunExpress unconfigured").isNull();

        CommandRun tick = waybill("watch", "--db", db, "--once", "--now", "2026-11-20T09:00:00Z");

        assertThat(tick.status()).isZero();
        assertThat(tick.stderr()).contains("waybill watch: yunexpress cannot track without credentials: set "
                + "WAYBILL_YUNEXPRESS_CUSTOMER_CODE and WAYBILL_YUNEXPRESS_API_SECRET; its shipments are judged on "
                + "their stored events").doesNotContain("YunExpressTracking").doesNotContain("YunExpressSettings");
        // judged on its stored events all the same: no scan since the 2nd, the shop hears it has gone silent
        assertThat(tick.records()).extracting(n -> n.get("kind").asText()).containsExactly("SILENT");
    }

    @Test
    void aDatabaseThatCannotBeOpenedEndsWithOneLineAndStatusOne() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.mv.db"), "not a database\n".repeat(500));
        for (String command : List.of("watch", "notices")) {
            CommandRun run = command.equals("watch")
                    ? waybill("watch", "--db", junk.toString(), "--once")
                    : waybill("notices", "--db", junk.toString());
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.lines()).isEmpty();
            assertThat(run.stderr()).startsWith("waybill " + command + ": cannot open or migrate").endsWith("\n")
                    .satisfies(err -> assertThat(err.strip()).doesNotContain("\n"));
        }
        CommandRun ingest = waybillWithInput(HELD, "ingest", "--db", junk.toString(), "-");
        assertThat(ingest.status()).isEqualTo(1);
        assertThat(ingest.stderr().strip()).doesNotContain("\n");
    }

    @Test
    void watchWithASinkPostsEachNoticeInsteadOfPrintingItAndASinkThatStaysDownKeepsItForTheNextTick()
            throws Exception {
        String db = dir.resolve("shop").toString();
        waybillWithInput(HELD, "ingest", "--db", db, "-");
        try (MockWebServer shop = new MockWebServer()) {
            for (int i = 0; i < 4; i++) {
                shop.enqueue(new MockResponse().setResponseCode(503));
            }
            String url = shop.url("/hooks/waybill").toString();
            CommandRun down = waybill("watch", "--db", db, "--once", "--now", "2026-11-16T09:00:00+01:00",
                    "--sink", url);
            assertThat(down.status()).isZero();
            assertThat(down.lines()).isEmpty();
            assertThat(down.stderr()).startsWith("waybill watch: notice n-").contains("answered 503 after 4 attempts")
                    .satisfies(err -> assertThat(err.strip()).doesNotContain("\n"));
            assertThat(waybill("notices", "--db", db).records())
                    .allSatisfy(n -> assertThat(n.get("sentAt").isNull()).isTrue());

            shop.enqueue(new MockResponse().setResponseCode(200));
            shop.enqueue(new MockResponse().setResponseCode(200));
            shop.enqueue(new MockResponse().setResponseCode(200));
            CommandRun up = waybill("watch", "--db", db, "--once", "--now", "2026-11-16T10:00:00+01:00",
                    "--sink", url);
            assertThat(up.status()).isZero();
            assertThat(up.lines()).isEmpty();
            List<JsonNode> ledger = waybill("notices", "--db", db).records();
            assertThat(ledger).isNotEmpty()
                    .allSatisfy(n -> assertThat(n.get("sentAt").asText()).isEqualTo("2026-11-16T09:00:00Z"));
            for (int i = 0; i < 4; i++) {
                shop.takeRequest();                       // the four refused attempts
            }
            for (JsonNode notice : ledger) {
                RecordedRequest posted = shop.takeRequest();
                assertThat(posted.getHeader("Idempotency-Key")).isEqualTo(notice.get("id").asText());
                JsonNode body = new ObjectMapper().readTree(posted.getBody().readUtf8());
                assertThat(body.get("id")).isEqualTo(notice.get("id"));
                assertThat(body.get("kind")).isEqualTo(notice.get("kind"));
                assertThat(body.get("verdict")).isEqualTo(notice.get("verdict"));
            }
        }
    }

    @Test
    void aSinkThatIsNotAnHttpUrlIsAUsageError() {
        CommandRun run = waybill("watch", "--db", dir.resolve("shop").toString(), "--once", "--sink",
                "shop.example/hook?token=s3cret");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).contains("--sink: not an http(s) URL").doesNotContain("s3cret");
    }

    @Test
    void messageInquiryWithTheStoreSaysWhatTheBuyerWasToldAndWhatIsTrueNow() {
        String db = dir.resolve("shop").toString();
        waybillWithInput(HELD, "ingest", "--db", db, "-");
        waybill("watch", "--db", db, "--once", "--now", "2026-11-16T09:00:00+01:00");
        JsonNode lastTold = waybill("notices", "--db", db, "--shipment", "LP-1042").records().stream()
                .filter(n -> n.get("audience").asText().equals("BUYER")).reduce((a, b) -> b).orElseThrow();
        String toldDay = String.valueOf(java.time.LocalDate.parse(
                lastTold.get("verdict").get("eta").get("likely").asText()).getDayOfMonth());

        CommandRun withLedger = waybillWithInput(HELD, "message", "--now", "2026-11-21T09:00:00+01:00", "--lang",
                "fr", "--inquiry", "--db", db, "-");
        CommandRun without = waybillWithInput(HELD, "message", "--now", "2026-11-21T09:00:00+01:00", "--lang",
                "fr", "--inquiry", "-");
        assertThat(withLedger.status()).isZero();
        assertThat(withLedger.only().get("body").asText()).contains("Nous vous avions annoncé le")
                .containsPattern("annoncé le \\S+ " + toldDay + " ");
        assertThat(without.only().get("body").asText()).doesNotContain("Nous vous avions annoncé");
    }
}
