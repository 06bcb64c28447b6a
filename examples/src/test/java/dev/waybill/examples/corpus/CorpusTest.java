package dev.waybill.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.Carriers;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.delay.Verdict;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.Shipment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks the corpus of real carrier bodies under {@code src/test/resources/corpus/<api>/}: each body
 * as recorded from the API (vendors' SDK recordings, documentation examples, open-source
 * integrations), its source in {@code SOURCES.md} and {@code cases.json}, and an expectation written
 * by hand at a stated {@code now}: the verdict of each shipment (status, stage, exception,
 * recoverFrom, and the lane where it matters) or, for a body with no tracking, what it is instead.
 * A case passes when the adapter reads the body and the verdict engine judges it as expected.
 */
class CorpusTest {

    private static final List<String> APIS = List.of("dhl", "aftership", "17track", "easypost", "ups", "fedex",
            "usps", "postnl", "cainiao", "4px", "yanwen", "yunexpress");
    /**
     * The APIs with ten or more public bodies found; UPS, FedEx, USPS, PostNL, Cainiao, 4PX, Yanwen and YunExpress have fewer
     * recordings and are judged on what there is.
     */
    private static final List<String> AT_LEAST_TEN = List.of("dhl", "aftership", "17track", "easypost");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Carriers CARRIERS = Carriers.load(CorpusTest.class.getClassLoader(),
            name -> CarrierConfig.fromEnvironment(name, Map.of()));

    /** The kinds a hand-written {@code error} expectation accepts. */
    private static final Map<String, Set<ParsedBody.Problem.Kind>> ERRORS = Map.of(
            "EMPTY", EnumSet.of(ParsedBody.Problem.Kind.EMPTY_BODY, ParsedBody.Problem.Kind.NO_SHIPMENTS),
            "NO_SHIPMENTS", EnumSet.of(ParsedBody.Problem.Kind.NO_SHIPMENTS),
            "API_ERROR", EnumSet.of(ParsedBody.Problem.Kind.API_ERROR),
            "NOT_FOUND", EnumSet.of(ParsedBody.Problem.Kind.NOT_FOUND));

    @TestFactory
    Stream<DynamicTest> everyBodyOfTheCorpusGivesItsExpectedVerdict() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String api : APIS) {
            for (JsonNode item : cases(api)) {
                tests.add(DynamicTest.dynamicTest(api + "/" + item.path("body").asText(), () -> judge(api, item)));
            }
        }
        return tests.stream();
    }

    @Test
    void theCorpusHoldsAtLeastTenBodiesPerApiAndSixtyInAll() {
        int total = 0;
        for (String api : AT_LEAST_TEN) {
            int count = cases(api).size();
            assertThat(count).as(api).isGreaterThanOrEqualTo(10);
            total += count;
        }
        assertThat(total).isGreaterThanOrEqualTo(60);
    }

    @Test
    void everyCaseNamesItsSourceAndSaysWhy() {
        for (String api : APIS) {
            for (JsonNode item : cases(api)) {
                JsonNode source = item.path("source");
                String name = api + "/" + item.path("body").asText();
                assertThat(source.hasNonNull("page") || (source.hasNonNull("repository") && source.hasNonNull("path")
                        && source.path("commit").asText().matches("[0-9a-f]{40}"))).as(name + " source").isTrue();
                assertThat(item.path("why").asText()).as(name + " why").isNotBlank();
            }
        }
    }

    private static void judge(String api, JsonNode item) {
        CarrierAdapter adapter = CARRIERS.find(api).orElseThrow();
        byte[] body = bytes(api + "/" + item.path("body").asText());
        JsonNode expect = item.path("expect");
        ParsedBody read;
        try {
            read = adapter.read(body);
        } catch (CarrierResponseException e) {
            assertThat(expect.path("error").asText(null)).as("an unreadable body (%s) is an expected error",
                    e.getMessage()).isEqualTo("API_ERROR");
            return;
        }
        if (expect.hasNonNull("error")) {
            Set<ParsedBody.Problem.Kind> allowed = ERRORS.get(expect.path("error").asText());
            assertThat(read.shipments()).as("shipments of a body expected to hold none").isEmpty();
            List<String> rejected = new ArrayList<>();
            expect.path("rejected").forEach(number -> rejected.add(number.asText()));
            assertThat(read.problems()).as("what the body holds instead").isNotEmpty()
                    .allSatisfy(problem -> assertThat(rejected.contains(problem.trackingNumber())
                            ? problem.kind() == ParsedBody.Problem.Kind.NOT_FOUND : allowed.contains(problem.kind()))
                            .as(problem.describe()).isTrue());
            assertThat(rejected).as("rejected numbers each get a problem").allSatisfy(number -> assertThat(
                    read.problems()).anyMatch(problem -> number.equals(problem.trackingNumber())));
            return;
        }
        Instant now = Instant.parse(item.path("now").asText());
        Waybill waybill = DefaultPolicies.waybill().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        Map<String, Shipment> byNumber = new LinkedHashMap<>();
        read.shipments().forEach(shipment -> byNumber.put(shipment.trackingNumber().orElse(null), shipment));
        List<String> wrong = new ArrayList<>();
        for (JsonNode expected : expect.path("shipments")) {
            String number = expected.path("trackingNumber").asText();
            Shipment shipment = byNumber.get(number);
            if (shipment == null) {
                wrong.add(number + ": not read from the body (read: " + byNumber.keySet() + ")");
                continue;
            }
            Verdict verdict = waybill.assess(shipment, now).verdict();
            Map<String, String> actual = new LinkedHashMap<>();
            actual.put("status", verdict.status().name());
            actual.put("stage", verdict.stage().name());
            actual.put("exception", verdict.exception().name());
            actual.put("recoverFrom", verdict.recoverFrom().name());
            actual.put("origin", shipment.origin().value());
            actual.put("destination", shipment.destination().value());
            for (Map.Entry<String, String> field : actual.entrySet()) {
                JsonNode want = expected.path(field.getKey());
                if (!want.isMissingNode() && !want.isNull() && !Objects.equals(want.asText(), field.getValue())) {
                    wrong.add(number + " " + field.getKey() + ": expected " + want.asText() + " but was "
                            + field.getValue());
                }
            }
            if (!wrong.isEmpty() && wrong.get(wrong.size() - 1).startsWith(number)) {
                wrong.add(number + " explanation: " + String.join(" | ", verdict.explanation()));
            }
        }
        for (JsonNode rejected : expect.path("rejected")) {
            boolean said = read.problems().stream().anyMatch(p -> rejected.asText().equals(p.trackingNumber()));
            if (!said) {
                wrong.add(rejected.asText() + ": expected a problem line for this rejected number");
            }
        }
        assertThat(wrong).as(item.path("why").asText()).isEmpty();
    }

    private static List<JsonNode> cases(String api) {
        List<JsonNode> cases = new ArrayList<>();
        JsonNode root;
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + api + "/cases.json")) {
            if (in == null) {
                return cases;
            }
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.path("cases").forEach(cases::add);
        return cases;
    }

    private static byte[] bytes(String path) {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + path)) {
            return Objects.requireNonNull(in, "corpus body " + path).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
