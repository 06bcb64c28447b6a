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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code waybill assess} on bad input: every record still gets exactly one line, in input order;
 * an invalid one gets {@code {"index", "id", "error"}} naming the field; good records are never lost;
 * the exit status is 2.
 */
class AssessInvalidRecordsTest {

    /** A valid CN to US parcel, the base the invalid records below are made from. */
    private static final String VALID = CN_US_IN_LINEHAUL.replace("\"SO-1001\"", "\"SO-2001\"");

    @TempDir
    Path dir;

    static Stream<Arguments> invalidRecords() {
        return Stream.of(
                Arguments.of("an event time that is not a time",
                        VALID.replace("\"2026-04-20T09:00:00+08:00\"", "\"yesterday\""),
                        "SO-2001", "events[1].at: not an ISO-8601 instant with an offset: 'yesterday'"),
                Arguments.of("an event time without an offset",
                        VALID.replace("\"2026-04-20T09:00:00+08:00\"", "\"2026-04-20T09:00:00\""),
                        "SO-2001", "events[1].at: timestamp without an offset: '2026-04-20T09:00:00'"),
                Arguments.of("an event without a time",
                        VALID.replace("\"at\": \"2026-04-20T09:00:00+08:00\", ", ""),
                        "SO-2001", "events[1].at: missing"),
                Arguments.of("a shipping time without an offset",
                        VALID.replace("\"mode\": \"AIR\"", "\"mode\": \"AIR\", \"shippedAt\": \"2026-04-20 16:30\""),
                        "SO-2001", "shippedAt: "),
                Arguments.of("an origin that is not a country",
                        VALID.replace("\"origin\": \"CN\"", "\"origin\": \"China\""),
                        "SO-2001", "origin: not an ISO 3166-1 alpha-2 country code: 'China'"),
                Arguments.of("an unassigned country code",
                        VALID.replace("\"destination\": \"US\"", "\"destination\": \"XX\""),
                        "SO-2001", "destination: not an ISO 3166-1 alpha-2 country code: 'XX'"),
                Arguments.of("no origin",
                        VALID.replace("\"origin\": \"CN\", ", ""),
                        "SO-2001", "origin: missing"),
                Arguments.of("a currency that is not ISO 4217",
                        VALID.replace("\"currency\": \"USD\"", "\"currency\": \"US$\""),
                        "SO-2001", "value.currency: not an ISO 4217 currency code: 'US$'"),
                Arguments.of("a value amount that is not a decimal",
                        VALID.replace("\"amount\": \"39.90\"", "\"amount\": \"39,90\""),
                        "SO-2001", "value.amount: not a decimal: '39,90'"),
                Arguments.of("a buyer report of an unknown type",
                        VALID.replace("\"events\": [", "\"reports\": [{\"at\": \"2026-04-24T20:00:00-04:00\", "
                                + "\"type\": \"LATE\"}], \"events\": ["),
                        "SO-2001", "reports[0].type: unknown value \"LATE\"; expected one of "
                                + "[NOT_RECEIVED, DAMAGED, WRONG_ITEM, MISSING_ITEM]"),
                Arguments.of("no events at all",
                        VALID.substring(0, VALID.indexOf(", \"events\"")) + "}",
                        "SO-2001", "events: missing"),
                Arguments.of("events that are not an array",
                        VALID.substring(0, VALID.indexOf(", \"events\"")) + ", \"events\": {}}",
                        "SO-2001", "events: expected an array"),
                Arguments.of("an event code outside the contract",
                        VALID.replace("\"code\": \"LABEL_CREATED\"", "\"code\": \"SHIPPED\""),
                        "SO-2001", "events[1].code: unknown value \"SHIPPED\"; expected one of [LABEL_CREATED"),
                Arguments.of("an event reason outside the contract",
                        VALID.replace("\"country\": \"CN\"}", "\"country\": \"CN\", \"reason\": \"TYPHOON\"}"),
                        "SO-2001", "events[2].reason: unknown value \"TYPHOON\"; expected one of [INSPECTION"),
                Arguments.of("an event country that is not a country",
                        VALID.replace("\"country\": \"CN\"}", "\"country\": \"PRC\"}"),
                        "SO-2001", "events[2].country: "),
                Arguments.of("a mode outside the contract",
                        VALID.replace("\"mode\": \"AIR\"", "\"mode\": \"TRUCK\""),
                        "SO-2001", "mode: unknown value \"TRUCK\"; expected one of [AIR, SEA, RAIL, ROAD]"),
                Arguments.of("a promised date that does not exist",
                        VALID.replace("\"2026-05-08\"", "\"2026-02-30\""),
                        "SO-2001", "promisedBy: not an ISO date (2026-11-16): '2026-02-30'"),
                Arguments.of("a promised date written as an instant",
                        VALID.replace("\"2026-05-08\"", "\"2026-05-08T00:00:00Z\""),
                        "SO-2001", "promisedBy: "),
                Arguments.of("a negative weight",
                        VALID.replace("\"weightKg\": 0.42", "\"weightKg\": -0.42"),
                        "SO-2001", "weightKg: is negative: -0.42"),
                Arguments.of("a language that is not a BCP 47 tag",
                        VALID.replace("\"language\": \"en-US\"", "\"language\": \"english!\""),
                        "SO-2001", "language: not a BCP 47 language tag: 'english!'"),
                Arguments.of("no id",
                        VALID.replace("\"id\": \"SO-2001\", ", ""),
                        null, "id: missing"),
                Arguments.of("an id that is a number",
                        VALID.replace("\"id\": \"SO-2001\"", "\"id\": 2001"),
                        null, "id: expected a string, got 2001"),
                Arguments.of("a record that is not an object",
                        "[\"SO-2001\", \"CN\", \"US\"]",
                        null, "record: expected a JSON object"),
                Arguments.of("a line that is not JSON",
                        VALID.substring(0, VALID.length() / 2),
                        null, "invalid JSON: "),
                Arguments.of("a weight above the limit",
                        VALID.replace("\"weightKg\": 0.42", "\"weightKg\": 250000"),
                        "SO-2001", "weightKg: above the limit of 100000 kg: 250000"),
                Arguments.of("a value above the limit, written with a huge exponent",
                        VALID.replace("\"amount\": \"39.90\"", "\"amount\": \"1e999999999\""),
                        "SO-2001", "value.amount: above the limit of 1000000000000: 1E+999999999"),
                Arguments.of("a promised date beyond the year 9999",
                        VALID.replace("\"2026-05-08\"", "\"+10000-05-08\""),
                        "SO-2001", "promisedBy: year 10000 is outside 1 to 9999: '+10000-05-08'"),
                Arguments.of("an event time beyond the year 9999",
                        VALID.replace("\"2026-04-20T09:00:00+08:00\"", "\"+22026-04-20T09:00:00+08:00\""),
                        "SO-2001", "events[1].at: year 22026 is outside 1 to 9999"),
                Arguments.of("more events than the limit per shipment",
                        VALID.replace("\"events\": [", "\"events\": ["
                                + "{\"at\": \"2026-04-22T10:00:00+08:00\", \"code\": \"IN_TRANSIT\"}, ".repeat(1000)),
                        "SO-2001", "events: 1004 entries, more than the limit of 1000 per shipment"),
                Arguments.of("JSON nested deeper than the limit",
                        VALID.replace("\"mode\": \"AIR\"", "\"mode\": \"AIR\", \"extra\": " + "[".repeat(70)
                                + "]".repeat(70)),
                        null, "invalid JSON: nested 65 levels deep, deeper than the limit of 64"),
                Arguments.of("a number longer than the limit",
                        VALID.replace("\"weightKg\": 0.42", "\"weightKg\": 0." + "4".repeat(150)),
                        null, "invalid JSON: a number of"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRecords")
    void anInvalidRecordGetsAnErrorLineNamingTheFieldAndItsNeighboursTheirVerdicts(String what, String record,
                                                                                 String id, String error) {
        CommandRun run = waybillWithInput(jsonLines(CN_DE_DELIVERED, record, US_DOMESTIC_FAILED), "assess", "-");

        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> lines = run.records();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("SO-1002");
        assertThat(lines.get(0).get("status").asText()).isEqualTo("DELIVERED");
        JsonNode bad = lines.get(1);
        assertThat(fieldNames(bad)).containsExactly("index", "id", "error");
        assertThat(bad.get("index").isInt()).isTrue();
        assertThat(bad.get("index").asInt()).isEqualTo(1);
        if (id == null) {
            assertThat(bad.get("id").isNull()).as("id is null when the record has no textual id").isTrue();
        } else {
            assertThat(bad.get("id").asText()).isEqualTo(id);
        }
        assertThat(bad.get("error").asText()).startsWith(error);
        assertThat(lines.get(2).get("id").asText()).isEqualTo("SO-1003");
        assertThat(lines.get(2).get("status").asText()).isEqualTo("AT_RISK");
    }

    @Test
    void goodRecordsGetTheSameVerdictsWhateverBadRecordsSurroundThem() {
        String noOrigin = VALID.replace("\"origin\": \"CN\", ", "");
        String offsetless = CN_FR_CUSTOMS_HOLD.replace("2026-04-23T10:15:00+02:00", "2026-04-23T10:15:00");
        Path mixed = write(dir, "mixed.jsonl", jsonLines(noOrigin, CN_US_IN_LINEHAUL, "{\"id\": \"SO-2002\",",
                CN_DE_DELIVERED, offsetless, US_DOMESTIC_FAILED, "42"));
        Path clean = write(dir, "clean.jsonl", jsonLines(CN_US_IN_LINEHAUL, CN_DE_DELIVERED, US_DOMESTIC_FAILED));

        CommandRun run = waybill("assess", mixed.toString());
        List<JsonNode> expected = waybill("assess", clean.toString()).records();

        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> lines = run.records();
        assertThat(lines).hasSize(7);
        assertThat(List.of(lines.get(1), lines.get(3), lines.get(5))).isEqualTo(expected);
        assertThat(List.of(lines.get(0), lines.get(2), lines.get(4), lines.get(6)))
                .extracting(line -> line.get("index").asInt()).containsExactly(0, 2, 4, 6);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("SO-2001");
        assertThat(lines.get(2).get("id").isNull()).isTrue();
        assertThat(lines.get(2).get("error").asText()).startsWith("invalid JSON");
        assertThat(lines.get(4).get("id").asText()).isEqualTo("SO-1004");
        assertThat(lines.get(4).get("error").asText()).startsWith("events[0].at: timestamp without an offset");
        assertThat(lines.get(6).get("error").asText()).isEqualTo("record: expected a JSON object");
    }

    @Test
    void blankLinesAreSkippedAndDoNotCountAsRecords() {
        String input = "\n" + CN_DE_DELIVERED + "\n\n   \n\t\n" + VALID.replace("\"origin\": \"CN\"", "\"origin\": \"China\"")
                .replace("\"destination\": \"US\"", "\"destination\": \"USA\"") + "\n\n" + US_DOMESTIC_FAILED + "\n\n";

        CommandRun run = waybillWithInput(input, "assess", "-");

        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> lines = run.records();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).get("index").asInt()).isEqualTo(1);
        assertThat(lines.get(1).get("error").asText()).startsWith("origin: ");
        assertThat(lines.get(2).get("id").asText()).isEqualTo("SO-1003");
    }

    @Test
    void aJsonArrayWithABadElementGetsAnErrorLineAtThatIndex() {
        String noEvents = VALID.substring(0, VALID.indexOf(", \"events\"")) + "}";

        CommandRun run = waybillWithInput(jsonArray(CN_DE_DELIVERED, noEvents, "\"SO-2003\"", US_DOMESTIC_FAILED),
                "assess", "-");

        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> lines = run.records();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("status").asText()).isEqualTo("DELIVERED");
        assertThat(lines.get(1).get("index").asInt()).isEqualTo(1);
        assertThat(lines.get(1).get("id").asText()).isEqualTo("SO-2001");
        assertThat(lines.get(1).get("error").asText()).startsWith("events: missing");
        assertThat(lines.get(2).get("index").asInt()).isEqualTo(2);
        assertThat(lines.get(2).get("error").asText()).isEqualTo("record: expected a JSON object");
        assertThat(lines.get(3).get("id").asText()).isEqualTo("SO-1003");
    }

    @Test
    void aJsonArrayThatBreaksOffKeepsTheRecordsBeforeTheBreak() {
        String broken = "[\n  " + CN_DE_DELIVERED + ",\n  " + US_DOMESTIC_FAILED + ",\n  {\"id\": \"SO-2004\", \"origin\": \n";

        CommandRun run = waybillWithInput(broken, "assess", "-");

        assertThat(run.status()).isEqualTo(2);
        List<JsonNode> lines = run.records();
        assertThat(lines).extracting(line -> line.path("id").asText(null)).containsExactly("SO-1002", "SO-1003", null);
        assertThat(lines.get(2).get("index").asInt()).isEqualTo(2);
        assertThat(lines.get(2).get("error").asText()).startsWith("invalid JSON");
    }

    @Test
    void aDuplicateKeyInARecordIsAnErrorRatherThanALastOneWins() {
        String twice = VALID.replace("\"origin\": \"CN\"", "\"origin\": \"CN\", \"origin\": \"HK\"");

        CommandRun run = waybillWithInput(jsonLines(twice, CN_DE_DELIVERED), "assess", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.records().get(0).get("error").asText()).contains("Duplicate field 'origin'");
        assertThat(run.records().get(1).get("id").asText()).isEqualTo("SO-1002");
    }

    @Test
    void anErrorLineHasTheContractsThreeFieldsAndNothingOnStandardErrorIsNeeded() {
        CommandRun run = waybillWithInput(jsonLines("{\"id\": \"SO-2005\", \"origin\": \"CN\"}"), "assess", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("{\"index\":0,\"id\":\"SO-2005\",\"error\":\"destination: missing\"}\n");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
