package dev.waybill.carriers.ups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carriers.testing.Fixtures;
import dev.waybill.carriers.testing.LogCapture;
import dev.waybill.carriers.testing.RecordingSleeper;
import dev.waybill.carriers.testing.TestHttp;
import dev.waybill.carriers.testing.TokenDispatcher;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpsTrackingTest {

    private static final String ID = "ups-client-id-0001";
    private static final String SECRET = "ups-client-secret-7f3a9c";
    private static final String NUMBER = "1Z999AA10123456784";

    private final MockWebServer server = new MockWebServer();
    private final TokenDispatcher dispatcher = new TokenDispatcher("/security/v1/oauth/token");
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private UpsTracking ups;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(dispatcher);
        server.start();
        ups = UpsTracking.of(UpsSettings.builder().clientId(ID).clientSecret(SECRET).baseUrl(server.url("/"))
                .transactionSource("shop-test").http(TestHttp.settings(sleeper)).build());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static MockResponse json(int status, String fixture) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(Fixtures.text(fixture));
    }

    private Shipment found(TrackingResult result) {
        assertThat(result).isInstanceOf(TrackingResult.Found.class);
        return ((TrackingResult.Found) result).shipment();
    }

    @Test
    void trackingRequestFetchesATokenWithBasicAuthThenSendsTheNumberInThePathWithTransactionHeaders() {
        dispatcher.enqueue(json(200, "ups/tracking_delivered.json"));

        ups.track(NUMBER);

        assertThat(dispatcher.tokenRequests()).singleElement().satisfies(token -> {
            assertThat(token.getMethod()).isEqualTo("POST");
            assertThat(token.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString((ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
            assertThat(token.getBody().readUtf8()).isEqualTo("grant_type=client_credentials");
        });
        RecordedRequest request = dispatcher.apiRequests().get(0);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/track/v1/details/" + NUMBER);
        assertThat(request.getRequestUrl().queryParameter("locale")).isEqualTo("en_US");
        assertThat(request.getRequestUrl().queryParameter("returnSignature")).isEqualTo("false");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer token-1");
        assertThat(request.getHeader("transId")).matches("[0-9a-f]{32}");
        assertThat(request.getHeader("transactionSrc")).isEqualTo("shop-test");
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    }

    @Test
    void theTokenIsReusedAndEveryCallHasItsOwnTransId() {
        dispatcher.enqueue(json(200, "ups/tracking_delivered.json"));
        dispatcher.enqueue(json(200, "ups/tracking_delivered.json"));

        ups.track(List.of(NUMBER, "1Z999AA10123456785"));

        assertThat(dispatcher.tokenRequests()).hasSize(1);
        assertThat(dispatcher.apiRequests()).extracting(r -> r.getHeader("transId")).doesNotHaveDuplicates();
    }

    @Test
    void deliveredGroundParcelBecomesANormalisedTimeline() {
        dispatcher.enqueue(json(200, "ups/tracking_delivered.json"));

        Shipment shipment = found(ups.track(NUMBER));

        assertThat(shipment.trackingNumber()).hasValue(NUMBER);
        assertThat(shipment.lane().carrier()).hasValue("ups");
        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("US"));
        assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("US"));
        assertThat(shipment.weightKg().orElseThrow()).isEqualByComparingTo(new BigDecimal("2.495"));
        assertThat(shipment.events()).extracting(TrackingEvent::code).startsWith(EventCode.LABEL_CREATED,
                EventCode.PICKED_UP).contains(EventCode.OUT_FOR_DELIVERY).endsWith(EventCode.DELIVERED);
        assertThat(shipment.events().get(shipment.events().size() - 1).detail())
                .hasValue("D/FS (011): DELIVERED");
    }

    @Test
    void activityTimeIsTheLocalClockWithTheGmtOffsetOrTheOffsetBetweenLocalAndGmtClocks() {
        dispatcher.enqueue(json(200, "ups/tracking_delivered.json"));

        Shipment shipment = found(ups.track(NUMBER));

        assertThat(event(shipment, "D/FS").at()).isEqualTo(OffsetDateTime.parse("2026-11-06T14:30:12-05:00"));
        // gmtDate/gmtTime without gmtOffset: 02:00 local against 07:00 GMT
        assertThat(event(shipment, "I/DP").at()).isEqualTo(OffsetDateTime.parse("2026-11-05T02:00:00-05:00"));
        // date and time only: the wall clock, resolved in the zone of the place
        assertThat(event(shipment, "P/PU").at().toLocalDateTime()).isEqualTo("2026-11-04T17:00:00");
    }

    private static TrackingEvent event(Shipment shipment, String prefix) {
        return shipment.events().stream().filter(e -> e.detail().orElseThrow().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void theOpenApiExampleIsReadWithTheInquiryNumberForThePlaceholderPackageNumber() {
        List<Shipment> shipments = ups.parse(Fixtures.bytes("ups/karrio_ups_tracking_response.json"));

        assertThat(shipments).singleElement().satisfies(shipment -> {
            assertThat(shipment.trackingNumber()).hasValue("1Z023E2X0214323462");
            assertThat(shipment.events()).singleElement().satisfies(event -> {
                assertThat(event.code()).isEqualTo(EventCode.IMPORT_CLEARED);
                assertThat(event.at().toLocalDateTime()).isEqualTo("2021-02-10T07:13:56");
            });
        });
    }

    @Test
    void theTw0001WarningIsNotYetKnownAndANotFoundProblem() {
        dispatcher.enqueue(json(200, "ups/karrio_ups_tracking_not_found_warning.json"));

        assertThat(ups.track(NUMBER)).isInstanceOf(TrackingResult.NotYetKnown.class);
        assertThat(ups.read(Fixtures.bytes("ups/karrio_ups_tracking_not_found_warning.json")).problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.NOT_FOUND);
                    assertThat(problem.code()).isEqualTo("TW0001");
                });
    }

    @Test
    void http404IsNotYetKnown() {
        dispatcher.enqueue(new MockResponse().setResponseCode(404)
                .setBody("{\"response\":{\"errors\":[{\"code\":\"TW0001\",\"message\":\"Tracking Information Not Found\"}]}}"));

        assertThat(ups.track(NUMBER)).isInstanceOf(TrackingResult.NotYetKnown.class);
    }

    @Test
    void anInvalidInquiryNumberIsARequestFailureWithUpsCode() {
        dispatcher.enqueue(json(400, "ups/karrio_ups_invalid_tracking_number.json"));

        assertThat(ups.track("1Z")).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierRequestException.class)
                        .hasMessageContaining("TV1002").hasMessageContaining("Invalid inquiry number"));
        assertThat(ups.read(Fixtures.bytes("ups/karrio_ups_invalid_tracking_number.json")).problems())
                .singleElement().extracting(ParsedBody.Problem::kind).isEqualTo(ParsedBody.Problem.Kind.API_ERROR);
    }

    @Test
    void anErrorWithoutAMessageIsAnApiErrorThatSaysSo() {
        // found by CarrierBodyFuzzTest#ups: a null message failed the problem's constructor
        byte[] body = Fixtures.text("ups/karrio_ups_invalid_tracking_number.json")
                .replace(",\n        \"message\": \"Invalid inquiry number\"", "").getBytes(StandardCharsets.UTF_8);

        assertThat(ups.read(body).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.API_ERROR);
            assertThat(problem.code()).isEqualTo("TV1002");
            assertThat(problem.message()).isEqualTo("UPS gave no message");
        });
    }

    @Test
    void http401RefreshesTheTokenOnceAndRetriesTheCall() {
        dispatcher.enqueue(json(401, "ups/karrio_ups_auth_error.json"));
        dispatcher.enqueue(json(200, "ups/tracking_delivered.json"));

        found(ups.track(NUMBER));

        assertThat(dispatcher.tokenRequests()).hasSize(2);
        assertThat(dispatcher.apiRequests()).extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void a401ToTheFreshTokenIsAnAuthenticationFailure() {
        dispatcher.enqueue(json(401, "ups/karrio_ups_auth_error.json"));
        dispatcher.enqueue(json(401, "ups/karrio_ups_auth_error.json"));

        assertThat(ups.track(NUMBER)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class)
                        .hasMessageContaining("250003"));
        assertThat(dispatcher.apiRequests()).hasSize(2);
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        dispatcher.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));
        dispatcher.enqueue(json(200, "ups/tracking_delivered.json"));

        found(ups.track(NUMBER));

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(dispatcher.tokenRequests()).hasSize(1);
    }


    @Test
    void malformedAndTruncatedBodiesAreResponseFailures() {
        dispatcher.enqueue(new MockResponse().setBody("<html>gateway</html>"));
        String ok = Fixtures.text("ups/tracking_delivered.json");
        dispatcher.enqueue(new MockResponse().setBody(ok.substring(0, ok.length() / 2)));

        List<TrackingResult> results = ups.track(List.of(NUMBER, "1Z999AA10123456785"));

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierResponseException.class)));
        assertThatThrownBy(() -> ups.parse("{\"shipments\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("trackResponse");
    }

    @Test
    void theWholeDocumentedStatusTypeVocabularyIsMappedWithoutWarnings() {
        Map<String, EventCode> expected = Map.ofEntries(Map.entry("M", EventCode.LABEL_CREATED),
                Map.entry("MV", EventCode.UNKNOWN), Map.entry("P", EventCode.PICKED_UP),
                Map.entry("I", EventCode.IN_TRANSIT), Map.entry("DO", EventCode.IN_TRANSIT),
                Map.entry("DD", EventCode.ARRIVED_DESTINATION), Map.entry("W", EventCode.IN_TRANSIT),
                Map.entry("X", EventCode.UNKNOWN), Map.entry("RS", EventCode.RETURN_TO_SENDER),
                Map.entry("D", EventCode.DELIVERED), Map.entry("NA", EventCode.UNKNOWN), Map.entry("U", EventCode.UNKNOWN));
        try (LogCapture logs = LogCapture.start()) {
            expected.forEach((type, code) -> assertThat(UpsStatusMap.TABLE.map(type, "n").code()).as(type)
                    .isEqualTo(code));
            assertThat(UpsStatusMap.TABLE.codes()).hasSize(expected.size());
            assertThat(logs.warnings()).isEmpty();
        }
    }

    @Test
    void exceptionsAreReadFromTheirDescription() {
        assertThat(onlyEvent("X", "The receiver was not available for delivery. We'll make a second attempt the next business day.").code())
                .isEqualTo(EventCode.DELIVERY_FAILED);
        assertThat(onlyEvent("I", "Out For Delivery Today").code()).isEqualTo(EventCode.OUT_FOR_DELIVERY);
    }

    @Test
    void anUnmappedStatusTypeBecomesUnknownWithTheRawCodeAndAWarning() {
        try (LogCapture logs = LogCapture.start()) {
            TrackingEvent event = onlyEvent("ZZ", "Beamed");

            assertThat(event.code()).isEqualTo(EventCode.UNKNOWN);
            assertThat(event.detail().orElseThrow()).startsWith("ZZ");
            assertThat(logs.warnings()).anySatisfy(line -> assertThat(line).contains("ZZ"));
        }
    }

    private TrackingEvent onlyEvent(String type, String description) {
        String body = "{\"trackResponse\":{\"shipment\":[{\"inquiryNumber\":\"" + NUMBER + "\",\"package\":[{"
                + "\"trackingNumber\":\"" + NUMBER + "\",\"activity\":[{\"date\":\"20261105\",\"time\":\"101500\","
                + "\"location\":{\"address\":{\"city\":\"Atlanta\",\"countryCode\":\"US\"}},"
                + "\"status\":{\"type\":\"" + type + "\",\"code\":\"XX\",\"description\":\"" + description + "\"}}]}]}]}}";
        return ups.parse(body.getBytes(StandardCharsets.UTF_8)).get(0).events().get(0);
    }

    @Test
    void theClientSecretAndTokenAppearInNoLogLineAndNoExceptionMessage() {
        dispatcher.enqueue(new MockResponse().setResponseCode(401));
        dispatcher.enqueue(new MockResponse().setResponseCode(401)
                .setBody("{\"response\":{\"errors\":[{\"code\":\"250002\",\"message\":\"Invalid token " + SECRET + "\"}]}}"));
        try (LogCapture logs = LogCapture.start()) {
            TrackingResult result = ups.track(NUMBER);

            assertThat(((TrackingResult.Failed) result).error().getMessage()).doesNotContain(SECRET).doesNotContain(ID);
            assertThat(logs.lines()).isNotEmpty().noneSatisfy(line -> assertThat(line).containsAnyOf(SECRET, ID,
                    "token-1", "token-2"));
            assertThat(ups.toString()).contains("clientSecret=██").doesNotContain(SECRET).doesNotContain(ID);
        }
    }

    @Test
    void trackingWithoutClientCredentialsIsAStateError() {
        UpsTracking anonymous = UpsTracking.of(UpsSettings.builder().clientId(ID).build());

        assertThatThrownBy(() -> anonymous.track(NUMBER)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clientSecret");
    }


    @Test
    void aBatchIsOneCallPerNumberAndOneBadNumberFailsAlone() {
        dispatcher.enqueue(json(200, "ups/tracking_delivered.json"));
        dispatcher.enqueue(json(400, "ups/karrio_ups_invalid_tracking_number.json"));
        dispatcher.enqueue(json(200, "ups/karrio_ups_tracking_not_found_warning.json"));

        List<TrackingResult> results = ups.track(List.of(NUMBER, "1Z", "1Z999AA10123456785"));

        assertThat(results.get(0)).isInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(1)).isInstanceOf(TrackingResult.Failed.class);
        assertThat(results.get(2)).isInstanceOf(TrackingResult.NotYetKnown.class);
        assertThat(dispatcher.apiRequests()).hasSize(3);
        assertThat(dispatcher.tokenRequests()).hasSize(1);
    }
}
