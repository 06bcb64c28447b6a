package dev.waybill.examples.cli;

import static dev.waybill.examples.cli.CommandRun.waybill;
import static dev.waybill.examples.cli.CommandRun.waybillWithInput;
import static dev.waybill.examples.cli.Shipments.CN_DE_DELIVERED;
import static dev.waybill.examples.cli.Shipments.CN_FR_CUSTOMS_HOLD;
import static dev.waybill.examples.cli.Shipments.CN_US_IN_LINEHAUL;
import static dev.waybill.examples.cli.Shipments.US_DOMESTIC_FAILED;
import static dev.waybill.examples.cli.Shipments.jsonArray;
import static dev.waybill.examples.cli.Shipments.jsonLines;
import static dev.waybill.examples.cli.Shipments.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code waybill assess} on valid input: one verdict line per shipment, exactly per the contract. */
class AssessCommandTest {

    private static final Set<String> STATUSES = Set.of("ON_TRACK", "AT_RISK", "DELAYED", "LOST", "DELIVERED",
            "DELIVERED_LATE", "RETURNING");
    private static final Set<String> STAGES = Set.of("LABEL_CREATED", "FIRST_MILE", "EXPORT_CUSTOMS", "LINEHAUL",
            "IMPORT_CUSTOMS", "LAST_MILE", "DELIVERED", "RETURN");
    private static final Set<String> EXCEPTIONS = Set.of("NONE", "NOT_PICKED_UP", "EXPORT_HOLD", "CUSTOMS_HOLD",
            "STALLED", "DELIVERY_FAILED", "AWAITING_PICKUP", "DAMAGED", "RETURN_TO_SENDER", "LOST", "NOT_RECEIVED");
    private static final Set<String> CAUSES = Set.of("NONE", "CUSTOMS", "PEAK_SEASON", "DISRUPTION", "ADDRESS",
            "RECIPIENT", "CARRIER", "UNKNOWN");
    private static final Set<String> PARTIES = Set.of("NONE", "SELLER", "FIRST_MILE_CARRIER", "EXPORT_BROKER",
            "LINEHAUL_CARRIER", "IMPORT_BROKER", "LAST_MILE_CARRIER", "BUYER");
    private static final Set<String> EVIDENCE = Set.of("PICKUP_RECEIPT", "WAREHOUSE_RECORDS", "EXPORT_DECLARATION",
            "CUSTOMS_NOTICE", "TRANSPORT_DOCUMENT", "HANDOVER_SCAN", "DUTY_RECEIPT", "DELIVERY_SCAN",
            "PROOF_OF_DELIVERY", "PACKING_PHOTOS", "COMMERCIAL_INVOICE");
    private static final Set<String> ACTIONS = Set.of("NOTIFY_CUSTOMER", "SHARE_TRACKING", "CONFIRM_ADDRESS",
            "REQUEST_DOCUMENTS", "OPEN_CARRIER_TRACE", "FILE_CLAIM", "OFFER_COMPENSATION", "RESHIP_OR_REFUND",
            "ESCALATE_TO_AGENT", "FOLLOW_UP");

    @TempDir
    Path dir;

    /** Checks that {@code verdict} has every field of the contract, each with a value the contract allows. */
    static void assertContractVerdict(JsonNode verdict) {
        assertThat(verdict.get("id").isTextual()).isTrue();
        assertThat(verdict.get("status").asText()).isIn(STATUSES);
        assertThat(verdict.get("stage").asText()).isIn(STAGES);
        assertThat(verdict.get("exception").asText()).isIn(EXCEPTIONS);
        assertThat(verdict.get("cause").asText()).isIn(CAUSES);
        assertThat(verdict.get("daysLate").isInt()).isTrue();
        assertThat(verdict.get("daysLate").asInt()).isNotNegative();
        JsonNode eta = verdict.get("eta");
        assertThat(eta).as("eta is present, an object or null").isNotNull();
        if (!eta.isNull()) {
            LocalDate earliest = LocalDate.parse(eta.get("earliest").asText());
            LocalDate likely = LocalDate.parse(eta.get("likely").asText());
            LocalDate latest = LocalDate.parse(eta.get("latest").asText());
            assertThat(earliest).isBeforeOrEqualTo(likely);
            assertThat(likely).isBeforeOrEqualTo(latest);
        }
        assertThat(verdict.get("silentDays").isInt()).isTrue();
        assertThat(verdict.get("recoverFrom").asText()).isIn(PARTIES);
        assertThat(verdict.get("evidence").isArray()).isTrue();
        verdict.get("evidence").forEach(e -> assertThat(e.asText()).isIn(EVIDENCE));
        assertThat(verdict.get("actions").isArray()).isTrue();
        verdict.get("actions").forEach(a -> assertThat(a.asText()).isIn(ACTIONS));
        assertThat(verdict.has("claim")).as("claim is present, an object or null").isTrue();
        assertThat(verdict.get("claim").isNull() || verdict.get("claim").isObject()).isTrue();
        assertThat(verdict.has("remedy")).as("remedy is present, an object or null").isTrue();
        assertThat(verdict.get("remedy").isNull() || verdict.get("remedy").isObject()).isTrue();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void aJsonLinesFileGetsOneContractVerdictLinePerShipmentInInputOrder() {
        Path file = write(dir, "shipments.jsonl",
                jsonLines(CN_US_IN_LINEHAUL, CN_DE_DELIVERED, US_DOMESTIC_FAILED, CN_FR_CUSTOMS_HOLD));

        CommandRun run = waybill("assess", file.toString());

        assertThat(run.status()).isZero();
        List<JsonNode> verdicts = run.records();
        assertThat(verdicts).extracting(v -> v.get("id").asText())
                .containsExactly("SO-1001", "SO-1002", "SO-1003", "SO-1004");
        verdicts.forEach(AssessCommandTest::assertContractVerdict);
        assertThat(fieldNames(verdicts.get(0))).contains("id", "status", "stage", "exception", "cause", "daysLate",
                "eta", "silentDays", "recoverFrom", "evidence", "actions", "claim", "remedy");
    }

    @Test
    void aParcelInTheLinehaulOnScheduleIsOnTrackWithAWindowAndNothingToDo() {
        JsonNode verdict = waybillWithInput(jsonLines(CN_US_IN_LINEHAUL), "assess", "-").only();

        assertThat(verdict.get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(verdict.get("stage").asText()).isEqualTo("LINEHAUL");
        assertThat(verdict.get("exception").asText()).isEqualTo("NONE");
        assertThat(verdict.get("cause").asText()).isEqualTo("NONE");
        assertThat(verdict.get("daysLate").asInt()).isZero();
        assertThat(verdict.get("silentDays").asInt()).as("2026-04-22T02:00Z to 2026-04-25T12:00Z").isEqualTo(3);
        assertThat(LocalDate.parse(verdict.get("eta").get("earliest").asText()))
                .isAfterOrEqualTo(LocalDate.of(2026, 4, 25));
        assertThat(verdict.get("recoverFrom").asText()).isEqualTo("NONE");
        assertThat(verdict.get("evidence")).isEmpty();
        assertThat(verdict.get("actions")).isEmpty();
    }

    @Test
    void aDeliveredParcelHasNoEtaAndIsNotLate() {
        JsonNode verdict = waybillWithInput(jsonLines(CN_DE_DELIVERED), "assess", "-").only();

        assertThat(verdict.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(verdict.get("stage").asText()).isEqualTo("DELIVERED");
        assertThat(verdict.get("eta").isNull()).isTrue();
        assertThat(verdict.get("daysLate").asInt()).isZero();
        assertThat(verdict.get("actions")).isEmpty();
    }

    @Test
    void aDomesticFailedDeliveryForABadAddressAsksToConfirmTheAddress() {
        JsonNode verdict = waybillWithInput(jsonLines(US_DOMESTIC_FAILED), "assess", "-").only();

        assertThat(verdict.get("status").asText()).isEqualTo("AT_RISK");
        assertThat(verdict.get("stage").asText()).isEqualTo("LAST_MILE");
        assertThat(verdict.get("exception").asText()).isEqualTo("DELIVERY_FAILED");
        assertThat(verdict.get("cause").asText()).isEqualTo("ADDRESS");
        assertThat(texts(verdict.get("actions"))).contains("NOTIFY_CUSTOMER", "CONFIRM_ADDRESS")
                .first().isEqualTo("NOTIFY_CUSTOMER");
    }

    @Test
    void aCustomsHoldForDocumentsAsksForThemAndIsBlamedOnCustoms() {
        JsonNode verdict = waybillWithInput(jsonLines(CN_FR_CUSTOMS_HOLD), "assess", "-").only();

        assertThat(verdict.get("stage").asText()).isEqualTo("IMPORT_CUSTOMS");
        assertThat(verdict.get("exception").asText()).isEqualTo("CUSTOMS_HOLD");
        assertThat(verdict.get("cause").asText()).isEqualTo("CUSTOMS");
        assertThat(texts(verdict.get("actions"))).contains("NOTIFY_CUSTOMER", "REQUEST_DOCUMENTS");
    }

    @Test
    void aJsonArrayGivesTheSameLinesAsJsonLines() {
        Path lines = write(dir, "shipments.jsonl", jsonLines(CN_US_IN_LINEHAUL, CN_DE_DELIVERED, US_DOMESTIC_FAILED));
        Path array = write(dir, "shipments.json", jsonArray(CN_US_IN_LINEHAUL, CN_DE_DELIVERED, US_DOMESTIC_FAILED));

        CommandRun fromLines = waybill("assess", lines.toString());
        CommandRun fromArray = waybill("assess", array.toString());

        assertThat(fromArray.status()).isZero();
        assertThat(fromArray.records()).hasSize(3).isEqualTo(fromLines.records());
    }

    @Test
    void aDashReadsStandardInput() {
        Path file = write(dir, "shipments.jsonl", jsonLines(CN_US_IN_LINEHAUL, CN_DE_DELIVERED));

        CommandRun fromFile = waybill("assess", file.toString());
        CommandRun fromStdin = waybillWithInput(jsonLines(CN_US_IN_LINEHAUL, CN_DE_DELIVERED), "assess", "-");
        CommandRun arrayFromStdin = waybillWithInput(jsonArray(CN_US_IN_LINEHAUL, CN_DE_DELIVERED), "assess", "-");

        assertThat(fromStdin.status()).isZero();
        assertThat(fromStdin.records()).hasSize(2).isEqualTo(fromFile.records());
        assertThat(arrayFromStdin.records()).isEqualTo(fromFile.records());
    }

    @Test
    void countryCodesAreReadInAnyCase() {
        CommandRun run = waybillWithInput(jsonLines(CN_US_IN_LINEHAUL.replace("\"origin\": \"CN\"", "\"origin\": \"cn\"")),
                "assess", "-");

        assertThat(run.status()).isZero();
        assertThat(run.only().get("profile").asText()).isEqualTo(
                waybillWithInput(jsonLines(CN_US_IN_LINEHAUL), "assess", "-").only().get("profile").asText());
    }

    @Test
    void anEmptyInputPrintsNothingAndSucceeds() {
        CommandRun run = waybillWithInput("", "assess", "-");

        assertThat(run.status()).isZero();
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void outputIsUtf8JsonLinesOnStandardOutputOnly() {
        String chinese = CN_US_IN_LINEHAUL.replace("\"SO-1001\"", "\"订单-1001-Müller\"");

        CommandRun run = waybillWithInput(jsonLines(chinese, CN_DE_DELIVERED), "assess", "-");

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        assertThat(run.records().get(0).get("id").asText()).isEqualTo("订单-1001-Müller");
        byte[] utf8 = "\"id\":\"订单-1001-Müller\"".getBytes(StandardCharsets.UTF_8);
        assertThat(indexOf(run.stdout(), utf8)).as("the id is written as raw UTF-8, not escaped").isNotNegative();
        assertThat(run.stderr()).doesNotContain("SO-1002");
    }

    @Test
    void aByteOrderMarkAtTheStartOfTheInputIsIgnored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] lines = jsonLines(CN_US_IN_LINEHAUL, CN_DE_DELIVERED).getBytes(StandardCharsets.UTF_8);
        byte[] array = jsonArray(CN_US_IN_LINEHAUL, CN_DE_DELIVERED).getBytes(StandardCharsets.UTF_8);

        CommandRun fromLines = waybillWithInput(concat(bom, lines), CommandRun.SATURDAY_NOON, "assess", "-");
        CommandRun fromArray = waybillWithInput(concat(bom, array), CommandRun.SATURDAY_NOON, "assess", "-");

        assertThat(fromLines.status()).isZero();
        assertThat(fromLines.records()).extracting(v -> v.get("id").asText()).containsExactly("SO-1001", "SO-1002");
        assertThat(fromArray.status()).isZero();
        assertThat(fromArray.records()).isEqualTo(fromLines.records());
    }

    @Test
    void eventsInAnyOrderAndRepeatedGiveTheSameVerdictLine() {
        String inOrder = """
                {"id": "SO-1001", "origin": "CN", "destination": "US", "carrier": "yunexpress", "promisedBy": "2026-05-08", "events": [\
                {"at": "2026-04-20T09:00:00+08:00", "code": "LABEL_CREATED"}, \
                {"at": "2026-04-20T16:30:00+08:00", "code": "PICKED_UP", "location": "Shenzhen"}, \
                {"at": "2026-04-21T18:00:00+08:00", "code": "EXPORT_CLEARED", "country": "CN"}, \
                {"at": "2026-04-22T10:00:00+08:00", "code": "DEPARTED_ORIGIN", "location": "Shenzhen"}]}""";
        String shuffledAndRepeated = """
                {"id": "SO-1001", "origin": "CN", "destination": "US", "carrier": "yunexpress", "promisedBy": "2026-05-08", "events": [\
                {"at": "2026-04-22T02:00:00Z", "code": "DEPARTED_ORIGIN", "location": "Shenzhen"}, \
                {"at": "2026-04-21T18:00:00+08:00", "code": "EXPORT_CLEARED", "country": "CN"}, \
                {"at": "2026-04-20T16:30:00+08:00", "code": "PICKED_UP", "location": "Shenzhen"}, \
                {"at": "2026-04-22T10:00:00+08:00", "code": "DEPARTED_ORIGIN", "location": "Shenzhen"}, \
                {"at": "2026-04-20T09:00:00+08:00", "code": "LABEL_CREATED"}, \
                {"at": "2026-04-21T18:00:00+08:00", "code": "EXPORT_CLEARED", "country": "CN"}]}""";

        CommandRun run = waybillWithInput(jsonLines(inOrder, shuffledAndRepeated), "assess", "-");

        assertThat(run.records()).hasSize(2);
        assertThat(run.records().get(1)).isEqualTo(run.records().get(0));
    }

    @Test
    void nowFixesTheClockForSilentDaysAndTheEta() {
        Clock elsewhere = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);
        byte[] input = jsonLines(CN_US_IN_LINEHAUL).getBytes(StandardCharsets.UTF_8);

        JsonNode saturday = waybillWithInput(input, elsewhere, "assess", "--now", "2026-04-25T12:00:00Z", "-").only();
        JsonNode monday = waybillWithInput(input, elsewhere, "assess", "--now=2026-04-27T20:00:00+08:00", "-").only();

        assertThat(saturday.get("silentDays").asInt()).isEqualTo(3);
        assertThat(monday.get("silentDays").asInt()).isEqualTo(5);
        assertThat(LocalDate.parse(saturday.get("eta").get("earliest").asText()))
                .isAfterOrEqualTo(LocalDate.of(2026, 4, 25));
        assertThat(LocalDate.parse(monday.get("eta").get("earliest").asText()))
                .isAfterOrEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(monday.get("eta")).isNotEqualTo(saturday.get("eta"));
        assertThat(LocalDate.parse(monday.get("eta").get("earliest").asText()))
                .isBefore(LocalDate.of(2031, 1, 1));
    }

    @Test
    void withoutNowTheConsolesClockIsUsed() {
        Clock monday = Clock.fixed(Instant.parse("2026-04-27T12:00:00Z"), ZoneOffset.UTC);

        JsonNode verdict = waybillWithInput(jsonLines(CN_US_IN_LINEHAUL).getBytes(StandardCharsets.UTF_8), monday,
                "assess", "-").only();

        assertThat(verdict.get("silentDays").asInt()).isEqualTo(5);
    }

    @Test
    void aRecordDatedAfterNowStillGetsAVerdictAndTheRecordsAfterItToo() {
        String yearTypo = CN_US_IN_LINEHAUL.replace("\"SO-1001\"", "\"SO-TYPO\"")
                .replace("2026-04-22T10:00:00+08:00", "2206-04-22T10:00:00+08:00");
        String saudi = """
                {"id": "SO-SA-1", "origin": "CN", "destination": "SA", "carrier": "aramex", "events": [\
                {"at": "2062-04-21T14:00:00+03:00", "code": "PICKED_UP", "location": "Riyadh"}, \
                {"at": "2206-04-23T01:00:00+03:00", "code": "OUT_FOR_DELIVERY", "location": "Riyadh"}]}""";

        CommandRun run = waybillWithInput(jsonLines(yearTypo, saudi, CN_DE_DELIVERED), "assess", "-");

        assertThat(run.status()).isZero();
        assertThat(run.records()).extracting(v -> v.get("id").asText())
                .containsExactly("SO-TYPO", "SO-SA-1", "SO-1002");
        run.records().forEach(AssessCommandTest::assertContractVerdict);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
