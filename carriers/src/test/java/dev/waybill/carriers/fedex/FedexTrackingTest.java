package dev.waybill.carriers.fedex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.CarrierServerException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carriers.testing.Fixtures;
import dev.waybill.carriers.testing.LogCapture;
import dev.waybill.carriers.testing.RecordingSleeper;
import dev.waybill.carriers.testing.TestHttp;
import dev.waybill.carriers.testing.TokenDispatcher;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FedexTrackingTest {

    private static final String ID = "fedex-api-key-l7a1b2c3";
    private static final String SECRET = "fedex-secret-key-9z8y7x";
    private static final String DELIVERED = "738488882438";
    private static final String REUSED = "776094337676";

    private final MockWebServer server = new MockWebServer();
    private final TokenDispatcher dispatcher = new TokenDispatcher("/oauth/token");
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private FedexTracking fedex;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(dispatcher);
        server.start();
        fedex = FedexTracking.of(FedexSettings.builder().clientId(ID).clientSecret(SECRET).baseUrl(server.url("/"))
                .http(TestHttp.settings(sleeper)).build());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static MockResponse json(int status, String fixture) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(Fixtures.text(fixture));
    }

    private static Shipment found(TrackingResult result) {
        assertThat(result).isInstanceOf(TrackingResult.Found.class);
        return ((TrackingResult.Found) result).shipment();
    }

    @Test
    void trackingRequestFetchesATokenWithTheCredentialsInTheFormThenPostsTheNumbers() throws IOException {
        dispatcher.enqueue(json(200, "fedex/karrio_fedex_inconsistent_datetime_response.json"));

        fedex.track(DELIVERED);

        assertThat(dispatcher.tokenRequests()).singleElement().satisfies(token -> {
            assertThat(token.getMethod()).isEqualTo("POST");
            assertThat(token.getHeader("Authorization")).isNull();
            assertThat(token.getBody().readUtf8()).isEqualTo("grant_type=client_credentials&client_id=" + ID
                    + "&client_secret=" + SECRET);
        });
        RecordedRequest request = dispatcher.apiRequests().get(0);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/track/v1/trackingnumbers");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer token-1");
        assertThat(request.getHeader("x-locale")).isEqualTo("en_US");
        assertThat(request.getHeader("x-customer-transaction-id")).isNotBlank();
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = new ObjectMapper().readTree(request.getBody().readUtf8());
        assertThat(body.path("includeDetailedScans").asBoolean()).isTrue();
        assertThat(body.path("trackingInfo").get(0).path("trackingNumberInfo").path("trackingNumber").asText())
                .isEqualTo(DELIVERED);
    }

    @Test
    void seventyNumbersAreThreeCallsOfAtMostThirtyWithOneToken() throws IOException {
        for (int i = 0; i < 3; i++) {
            dispatcher.enqueue(new MockResponse().setBody("{\"output\":{\"completeTrackResults\":[]}}"));
        }
        List<String> numbers = IntStream.range(0, 70).mapToObj(i -> "7000000000" + (10 + i)).toList();

        List<TrackingResult> results = fedex.track(numbers);

        assertThat(results).hasSize(70).allSatisfy(r -> assertThat(r).isInstanceOf(TrackingResult.NotYetKnown.class));
        ObjectMapper json = new ObjectMapper();
        assertThat(dispatcher.apiRequests()).extracting(r -> json.readTree(r.getBody().readUtf8())
                .path("trackingInfo").size()).containsExactly(30, 30, 10);
        assertThat(dispatcher.tokenRequests()).hasSize(1);
    }

    @Test
    void deliveredGroundShipmentBecomesANormalisedTimelineInTimeOrder() {
        dispatcher.enqueue(json(200, "fedex/karrio_fedex_inconsistent_datetime_response.json"));

        Shipment shipment = found(fedex.track(DELIVERED));

        assertThat(shipment.trackingNumber()).hasValue(DELIVERED);
        assertThat(shipment.lane().carrier()).hasValue("fedex");
        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("US"));
        assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("US"));
        assertThat(shipment.weightKg().orElseThrow()).isEqualByComparingTo(new BigDecimal("13.063"));
        assertThat(shipment.events()).hasSize(17);
        assertThat(shipment.events().get(shipment.events().size() - 1).code()).isEqualTo(EventCode.DELIVERED);
        assertThat(shipment.events().get(shipment.events().size() - 1).at())
                .isEqualTo(OffsetDateTime.parse("2024-08-20T12:41:57-04:00"));
        assertThat(shipment.events()).extracting(TrackingEvent::code).contains(EventCode.PICKED_UP,
                EventCode.OUT_FOR_DELIVERY);
        assertThat(shipment.events().stream().filter(e -> e.detail().orElseThrow().startsWith("OC")).findFirst().orElseThrow()
                .detail()).hasValue("OC (IN): Shipment information sent to FedEx");
    }

    @Test
    void aReusedNumberIsTheResultShippedLast() {
        dispatcher.enqueue(json(200, "fedex/karrio_fedex_duplicate_tracking_response.json"));

        Shipment shipment = found(fedex.track(REUSED));

        // two trackResults: shipped 2024-04-24 (running late, FD) and 2024-04-25 (delivered): the later one
        assertThat(shipment.events().get(shipment.events().size() - 1).code()).isEqualTo(EventCode.DELIVERED);
        assertThat(shipment.events()).hasSize(8);
        assertThat(shipment.events()).filteredOn(e -> e.code() == EventCode.DELIVERY_FAILED)
                .extracting(e -> e.reason().orElse(null)).contains(Reason.RECIPIENT_ABSENT);
    }

    @Test
    void anUnknownNumberBesideAKnownOneIsNotYetKnownAlone() {
        dispatcher.enqueue(json(200, "fedex/karrio_fedex_tracking_response.json"));

        List<TrackingResult> results = fedex.track(List.of("123456789012", "39936862321"));

        assertThat(results.get(0)).isInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(1)).isInstanceOf(TrackingResult.NotYetKnown.class);
        ParsedBody read = fedex.read(Fixtures.bytes("fedex/karrio_fedex_tracking_response.json"));
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.NOT_FOUND);
            assertThat(problem.trackingNumber()).isEqualTo("39936862321");
        });
    }

    @Test
    void anActualDeliveryDatedBeforeTheLastScanIsNotMadeAnEvent() {
        Shipment shipment = fedex.parse(Fixtures.bytes("fedex/karrio_fedex_tracking_response.json")).get(0);

        // FedEx's example: a 2018 pickup scan and an ACTUAL_DELIVERY in 2007
        assertThat(shipment.events()).extracting(TrackingEvent::code).containsExactly(EventCode.PICKED_UP);
    }

    @Test
    void anErrorBodyIsARequestFailureWithFedexCode() {
        dispatcher.enqueue(json(400, "fedex/karrio_fedex_error_response.json"));

        assertThat(fedex.track(DELIVERED)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierRequestException.class)
                        .hasMessageContaining("TRACKING.TRACKINGNUMBER.EMPTY"));
        assertThat(fedex.read(Fixtures.bytes("fedex/karrio_fedex_error_response.json")).problems()).singleElement()
                .extracting(ParsedBody.Problem::kind).isEqualTo(ParsedBody.Problem.Kind.API_ERROR);
    }

    @Test
    void anErrorWithoutAMessageIsAnApiErrorThatSaysSo() {
        // found by CarrierBodyFuzzTest#fedex: a null message failed the problem's constructor
        byte[] body = Fixtures.text("fedex/karrio_fedex_error_response.json")
                .replace(",\n      \"message\": \"Please provide tracking number.\"", "")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(fedex.read(body).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.API_ERROR);
            assertThat(problem.code()).isEqualTo("TRACKING.TRACKINGNUMBER.EMPTY");
            assertThat(problem.message()).isEqualTo("FedEx gave no message");
        });
    }

    @Test
    void http401RefreshesTheTokenOnceAndRetriesTheCall() {
        dispatcher.enqueue(new MockResponse().setResponseCode(401).setBody(
                "{\"errors\":[{\"code\":\"NOT.AUTHORIZED.ERROR\",\"message\":\"Access token expired.\"}]}"));
        dispatcher.enqueue(json(200, "fedex/karrio_fedex_inconsistent_datetime_response.json"));

        found(fedex.track(DELIVERED));

        assertThat(dispatcher.tokenRequests()).hasSize(2);
        assertThat(dispatcher.apiRequests()).extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        dispatcher.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "10").setBody(
                "{\"errors\":[{\"code\":\"RATE.LIMIT.EXCEEDED\",\"message\":\"We have received too many requests\"}]}"));
        dispatcher.enqueue(json(200, "fedex/karrio_fedex_inconsistent_datetime_response.json"));

        found(fedex.track(DELIVERED));

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void http503UntilAttemptsRunOutFailsEveryNumberOfTheBatchWithAServerException() {
        for (int i = 0; i < 4; i++) {
            dispatcher.enqueue(new MockResponse().setResponseCode(503));
        }

        List<TrackingResult> results = fedex.track(List.of(DELIVERED, REUSED));

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierServerException.class)));
        assertThat(dispatcher.apiRequests()).hasSize(4);
    }

    @Test
    void malformedAndTruncatedBodiesAreResponseFailures() {
        dispatcher.enqueue(new MockResponse().setBody("<html>gateway</html>"));
        assertThat(fedex.track(DELIVERED)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
        String ok = Fixtures.text("fedex/karrio_fedex_inconsistent_datetime_response.json");
        assertThatThrownBy(() -> fedex.parse(ok.substring(0, ok.length() / 2).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class);
    }

    @Test
    void theWholeStatusCodeVocabularyIsMappedWithoutWarnings() {
        List<String> documented = List.of("OC", "PU", "PX", "IT", "IX", "AR", "AF", "AA", "SF", "DP", "PL", "PF",
                "TR", "CH", "SP", "AO", "AE", "LO", "FD", "AD", "ED", "OD", "DL", "DE", "SE", "DY", "DD", "CD", "CP",
                "CC", "HL", "HP", "RS", "CA");
        try (LogCapture logs = LogCapture.start()) {
            Map<String, EventCode> mapped = documented.stream().collect(Collectors.toMap(c -> c,
                    c -> FedexStatusMap.TABLE.map(c, "n").code()));
            assertThat(FedexStatusMap.TABLE.codes()).containsExactlyInAnyOrderElementsOf(
                    documented.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList());
            assertThat(mapped).containsEntry("DL", EventCode.DELIVERED).containsEntry("OD", EventCode.OUT_FOR_DELIVERY)
                    .containsEntry("DE", EventCode.DELIVERY_FAILED).containsEntry("HP", EventCode.AVAILABLE_FOR_PICKUP)
                    .containsEntry("RS", EventCode.RETURN_TO_SENDER).containsEntry("OC", EventCode.LABEL_CREATED);
            assertThat(FedexStatusMap.TABLE.map("CD", "n").code()).isEqualTo(EventCode.IMPORT_HELD);
            assertThat(logs.warnings()).isEmpty();
        }
    }

    @Test
    void anUnmappedEventTypeBecomesUnknownWithTheRawCodeAndAWarning() {
        String body = "{\"output\":{\"completeTrackResults\":[{\"trackingNumber\":\"1\",\"trackResults\":[{"
                + "\"scanEvents\":[{\"date\":\"2026-11-05T10:00:00-05:00\",\"eventType\":\"ZZ\","
                + "\"eventDescription\":\"Beamed\"}]}]}]}}";
        try (LogCapture logs = LogCapture.start()) {
            TrackingEvent event = fedex.parse(body.getBytes(StandardCharsets.UTF_8)).get(0).events().get(0);

            assertThat(event.code()).isEqualTo(EventCode.UNKNOWN);
            assertThat(event.detail().orElseThrow()).startsWith("ZZ");
            assertThat(logs.warnings()).anySatisfy(line -> assertThat(line).contains("ZZ"));
        }
    }

    @Test
    void theSecretKeyAndTokenAppearInNoLogLineAndNoExceptionMessage() {
        dispatcher.enqueue(new MockResponse().setResponseCode(401));
        dispatcher.enqueue(new MockResponse().setResponseCode(401).setBody(
                "{\"errors\":[{\"code\":\"NOT.AUTHORIZED.ERROR\",\"message\":\"bad client " + ID + "/" + SECRET + "\"}]}"));
        try (LogCapture logs = LogCapture.start()) {
            TrackingResult result = fedex.track(DELIVERED);

            assertThat(result).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                    assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class)
                            .hasMessageNotContaining(SECRET).hasMessageNotContaining(ID));
            assertThat(logs.lines()).isNotEmpty().noneSatisfy(line -> assertThat(line).containsAnyOf(SECRET, ID,
                    "token-1", "token-2"));
            assertThat(fedex.toString()).contains("clientSecret=██").doesNotContain(SECRET);
        }
    }

    @Test
    void trackingWithoutClientCredentialsIsAStateError() {
        assertThatThrownBy(() -> FedexTracking.of(FedexSettings.builder().build()).track(DELIVERED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clientId");
    }
}
