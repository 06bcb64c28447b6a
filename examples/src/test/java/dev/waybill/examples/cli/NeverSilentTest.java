package dev.waybill.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code parse} never prints nothing with exit 0: a body with no tracking in it says what it is
 * (empty, an error from the API with its code, numbers not found, no shipments) on an error line per
 * the contract, and exits 2. And what {@code parse} prints, {@code assess} reads back whole: the
 * carrier's shipment-level status and the events read from text keep their verdict. Bodies are from
 * the corpus of real recordings ({@code src/test/resources/corpus}).
 */
class NeverSilentTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(byte[] stdin, String... args) {
        out.reset();
        Console console = new Console(new ByteArrayInputStream(stdin), new PrintStream(out, true, UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
                Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
        return new WaybillCommand().run(List.of(args), console);
    }

    private static byte[] corpus(String name) throws IOException {
        try (InputStream in = NeverSilentTest.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        }
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(new ObjectMapper().readTree(line));
            }
        }
        return lines;
    }

    @Test
    void anEmptyBodyIsAnErrorLineSayingItIsEmpty() throws IOException {
        assertThat(run(new byte[0], "parse", "--carrier", "dhl", "-")).isEqualTo(2);

        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.get("index").asInt()).isZero();
            assertThat(line.get("error").asText()).startsWith("empty body");
        });
    }

    @Test
    void anApiErrorBodyIsAnErrorLineWithTheApisCodeAndMessage() throws IOException {
        assertThat(run(corpus("easypost/easypost-java-error-422-parameter-required.json"), "parse", "--carrier",
                "easypost", "-")).isEqualTo(2);

        assertThat(lines()).singleElement().satisfies(line -> assertThat(line.get("error").asText())
                .startsWith("an error from the API (code PARAMETER.REQUIRED)"));
    }

    @Test
    void anEmptyTrackerListIsAnErrorLineSayingThereAreNoShipments() throws IOException {
        assertThat(run(corpus("easypost/easypost-java-tracker-list-empty.json"), "parse", "--carrier", "easypost",
                "-")).isEqualTo(2);

        assertThat(lines()).singleElement().satisfies(line -> assertThat(line.get("error").asText())
                .startsWith("no shipments"));
    }

    @Test
    void aRejectedNumberBesideAnAcceptedOneGetsItsOwnLineNamingTheNumber() throws IOException {
        assertThat(run(corpus("17track/waybill-gettrackinfo-mixed.json"), "parse", "--carrier", "17track", "-"))
                .isEqualTo(2);

        List<JsonNode> lines = lines();
        assertThat(lines).anySatisfy(line -> assertThat(line.has("events")).isTrue());
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.get("id").asText()).isEqualTo("RR999999999CN");
            assertThat(line.get("error").asText()).startsWith("not found");
        });
    }

    @Test
    void yanwensNotFoundBesideAKnownNumberGetsItsOwnLineAndTheKnownOneIsKept() throws IOException {
        byte[] body = ("{\"code\":0,\"message\":\"success\",\"result\":[{\"tracking_number\":\"UH1\","
                + "\"tracking_status\":\"PU10\",\"checkpoints\":[{\"time_stamp\":\"2019-08-15T18:52:19\","
                + "\"time_zone\":\"+8\",\"tracking_status\":\"PU10\",\"message\":\"Yanwen Acceptance\"}]},"
                + "{\"tracking_number\":\"UH999\",\"tracking_status\":\"NOTFOUND\",\"checkpoints\":[]}]}")
                .getBytes(UTF_8);

        assertThat(run(body, "parse", "--carrier", "yanwen", "-")).isEqualTo(2);

        List<JsonNode> lines = lines();
        assertThat(lines).anySatisfy(line -> assertThat(line.path("events").get(0).path("code").asText())
                .isEqualTo("PICKED_UP"));
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.get("id").asText()).isEqualTo("UH999");
            assertThat(line.get("error").asText()).startsWith("not found");
        });
    }

    @Test
    void aDeliveredStatusBesideAGenericLastEventSurvivesParseThenAssess() throws IOException {
        assertThat(run(corpus("easypost/examples-tracking-guide-webhook-delivered.json"), "parse", "--carrier",
                "easypost", "-")).isZero();
        JsonNode parsed = lines().get(0);
        assertThat(parsed.get("carrierStatus").get("progress").asText()).isEqualTo("DELIVERED");

        assertThat(run(parsed.toString().getBytes(UTF_8), "assess", "--now", "2014-11-25T00:00:00Z", "-")).isZero();

        assertThat(lines()).singleElement().satisfies(verdict -> {
            assertThat(verdict.get("status").asText()).isEqualTo("DELIVERED");
            assertThat(verdict.get("stage").asText()).isEqualTo("DELIVERED");
        });
    }

    @Test
    void anEventReadFromGermanTextKeepsItsReadingThroughParseThenAssess() throws IOException {
        assertThat(run(corpus("dhl/mailytica-parcel-de-delivered-german.json"), "parse", "--carrier", "dhl", "-"))
                .isZero();
        JsonNode parsed = lines().get(0);
        assertThat(parsed.get("events")).anySatisfy(event -> assertThat(event.path("reading").path("rule").asText())
                .startsWith("de."));

        com.fasterxml.jackson.databind.node.ArrayNode events = (com.fasterxml.jackson.databind.node.ArrayNode)
                parsed.get("events");
        events.remove(events.size() - 1);   // judged before the delivery scan, with the courier out
        ((com.fasterxml.jackson.databind.node.ObjectNode) parsed).remove("carrierStatus");

        assertThat(run(parsed.toString().getBytes(UTF_8), "assess", "--now", "2023-03-13T10:00:00Z", "-")).isZero();

        assertThat(lines().get(0).get("explanation").toString())
                .contains("OUT_FOR_DELIVERY, read from the carrier's text by rule de.out-for-delivery, certainty HIGH");
    }

    @Test
    void aMalformedCarrierStatusIsAnInvalidRecordNamingTheField() throws IOException {
        String record = "{\"id\":\"o-1\",\"origin\":\"CN\",\"destination\":\"DE\",\"events\":[],"
                + "\"carrierStatus\":{\"progress\":\"ARRIVED\",\"said\":\"x\"}}";

        assertThat(run(record.getBytes(UTF_8), "assess", "--now", "2026-11-23T09:00:00Z", "-")).isEqualTo(2);

        assertThat(lines()).singleElement().satisfies(line -> assertThat(line.get("error").asText())
                .startsWith("carrierStatus.progress"));
    }
}
