package dev.waybill.carriers.usps;

import static dev.waybill.carriers.testing.Replies.found;
import static dev.waybill.carriers.testing.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.testing.Fixtures;
import dev.waybill.carriers.testing.LogCapture;
import dev.waybill.carriers.testing.RecordingSleeper;
import dev.waybill.carriers.testing.TestHttp;
import dev.waybill.carriers.testing.TokenDispatcher;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UspsTrackingTest {

    private static final String ID = "usps-consumer-key-0001";
    private static final String SECRET = "usps-consumer-secret-4d2b8e";
    private static final String NUMBER = "9400109104250532908587";
    private static final String DELIVERED = "usps/karrio_usps_tracking_response.json";

    private final MockWebServer server = new MockWebServer();
    private final TokenDispatcher dispatcher = new TokenDispatcher("/oauth2/v3/token");
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private UspsTracking usps;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(dispatcher);
        server.start();
        usps = UspsTracking.of(UspsSettings.builder().clientId(ID).clientSecret(SECRET).baseUrl(server.url("/"))
                .http(TestHttp.settings(sleeper)).build());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void trackingFetchesATokenWithFormCredentialsThenAsksForTheDetailOfOneNumber() {
        dispatcher.enqueue(json(200, DELIVERED));

        usps.track(NUMBER);

        assertThat(dispatcher.tokenRequests()).singleElement().satisfies(token -> {
            assertThat(token.getMethod()).isEqualTo("POST");
            assertThat(token.getHeader("Authorization")).isNull();
            assertThat(token.getBody().readUtf8()).contains("grant_type=client_credentials")
                    .contains("client_id=" + ID).contains("client_secret=" + SECRET);
        });
        RecordedRequest request = dispatcher.apiRequests().get(0);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/tracking/v3/tracking/" + NUMBER);
        assertThat(request.getRequestUrl().queryParameter("expand")).isEqualTo("DETAIL");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer token-1");
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    }

    @Test
    void theRecordedGroundAdvantageParcelBecomesADeliveredTimelineWithOffsetsFromGmtOffset() {
        dispatcher.enqueue(json(200, DELIVERED));

        Shipment shipment = found(usps.track(NUMBER));

        assertThat(shipment.trackingNumber()).hasValue(NUMBER);
        assertThat(shipment.lane().carrier()).hasValue("usps");
        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("US"));
        assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("US"));
        assertThat(shipment.events()).extracting(TrackingEvent::code).startsWith(EventCode.LABEL_CREATED,
                EventCode.PICKED_UP).contains(EventCode.OUT_FOR_DELIVERY).endsWith(EventCode.DELIVERED);
        TrackingEvent delivered = shipment.events().get(shipment.events().size() - 1);
        assertThat(delivered.at()).isEqualTo(OffsetDateTime.parse("2024-11-22T13:58:00-05:00"));
        assertThat(delivered.detail()).hasValue("01: Delivered, Parcel Locker");
        assertThat(delivered.country()).hasValue(CountryCode.of("US"));
        assertThat(shipment.carrierStatus()).hasValueSatisfying(status -> {
            assertThat(status.progress()).isEqualTo(CarrierStatus.Progress.DELIVERED);
            assertThat(status.said()).isEqualTo("USPS statusCategory 'Delivered' (status 'Delivered, Parcel Locker')");
        });
    }

    @Test
    void withoutGmtOffsetTheGmtTimestampIsTheInstantAndUspssOwnShortOffsetIsRead() {
        TrackingEvent gmt = onlyEvent("\"eventTimestamp\":\"2024-11-20T01:13:00\",\"GMTTimestamp\":\"2024-11-20T06:13:31Z\"");
        TrackingEvent shortOffset = onlyEvent("\"eventTimestamp\":\"2024-04-04T07:03:12\",\"GMTOffset\":\"-7:00\"");

        assertThat(gmt.at().toInstant()).isEqualTo(OffsetDateTime.parse("2024-11-20T06:13:31Z").toInstant());
        assertThat(shortOffset.at()).isEqualTo(OffsetDateTime.parse("2024-04-04T07:03:12-07:00"));
    }

    @Test
    void anInternationalScanNamesItsCountryInWordsAndIsPlacedThere() {
        TrackingEvent event = onlyEvent("\"eventTimestamp\":\"2026-11-06T09:00:00\",\"GMTOffset\":\"+08:00\","
                + "\"eventCity\":\"SHENZHEN\",\"eventCountry\":\"CHINA\",\"eventCode\":\"03\"");

        assertThat(event.country()).hasValue(CountryCode.of("CN"));
        assertThat(event.code()).isEqualTo(EventCode.PICKED_UP);
    }

    private TrackingEvent onlyEvent(String fields) {
        String body = "{\"trackingNumber\":\"" + NUMBER + "\",\"destinationState\":\"FL\",\"trackingEvents\":[{"
                + fields + (fields.contains("eventCode") ? "" : ",\"eventCode\":\"A1\"")
                + ",\"eventType\":\"Arrived at USPS Regional Facility\"}]}";
        return usps.parse(body.getBytes(StandardCharsets.UTF_8)).get(0).events().get(0);
    }

    @Test
    void http404AndTheNotYetAvailable400AreNotYetKnown() {
        dispatcher.enqueue(new MockResponse().setResponseCode(404));
        dispatcher.enqueue(json(400, "usps/omniship_usps_not_found.json"));

        List<TrackingResult> results = usps.track(List.of(NUMBER, "9202290317456200135409"));

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(TrackingResult.NotYetKnown.class));
        assertThat(((TrackingResult.NotYetKnown) results.get(1)).detail().orElseThrow()).contains("not yet available");
    }

    @Test
    void anotherErrorBodyIsAFailureWithUspssCode() {
        dispatcher.enqueue(json(400, "usps/karrio_usps_error_response.json"));

        assertThat(usps.track(NUMBER)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierRequestException.class).hasMessageContaining("string"));
        assertThat(usps.read(Fixtures.bytes("usps/karrio_usps_auth_error.json")).problems()).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.API_ERROR);
                    assertThat(problem.code()).isEqualTo("invalid_client");
                    assertThat(problem.message()).isEqualTo("Client authentication failed.");
                });
    }

    @Test
    void http401RefreshesTheTokenOnceAndRetriesTheCall() {
        dispatcher.enqueue(json(401, "usps/karrio_usps_error_response.json"));
        dispatcher.enqueue(json(200, DELIVERED));

        found(usps.track(NUMBER));

        assertThat(dispatcher.tokenRequests()).hasSize(2);
        assertThat(dispatcher.apiRequests()).extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void a401ToTheFreshTokenIsAnAuthenticationFailure() {
        dispatcher.enqueue(new MockResponse().setResponseCode(401));
        dispatcher.enqueue(new MockResponse().setResponseCode(401));

        assertThat(usps.track(NUMBER)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class));
        assertThat(dispatcher.apiRequests()).hasSize(2);
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        dispatcher.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "30"));
        dispatcher.enqueue(json(200, DELIVERED));

        found(usps.track(NUMBER));

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
        assertThat(dispatcher.tokenRequests()).hasSize(1);
    }


    @Test
    void malformedAndTruncatedBodiesAreResponseFailures() {
        dispatcher.enqueue(new MockResponse().setBody("<html>gateway</html>"));
        String ok = Fixtures.text(DELIVERED);
        dispatcher.enqueue(new MockResponse().setBody(ok.substring(0, ok.length() / 2)));

        List<TrackingResult> results = usps.track(List.of(NUMBER, "9202290317456200135409"));

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierResponseException.class)));
        assertThatThrownBy(() -> usps.parse("{\"shipments\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("trackingNumber");
    }


    @Test
    void aBatchIsOneCallPerNumberAndOneBadNumberFailsAlone() {
        dispatcher.enqueue(json(200, DELIVERED));
        dispatcher.enqueue(json(400, "usps/karrio_usps_error_response.json"));
        dispatcher.enqueue(json(200, "usps/omniship_usps_in_progress.json"));

        List<TrackingResult> results = usps.track(List.of(NUMBER, "94001", "9202290317456200135409"));

        assertThat(results.get(0)).isInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(1)).isInstanceOf(TrackingResult.Failed.class);
        assertThat(found(results.get(2)).trackingNumber()).hasValue("9202290317456200135409");
        assertThat(dispatcher.apiRequests()).hasSize(3);
        assertThat(dispatcher.tokenRequests()).hasSize(1);
    }

    @Test
    void theWholeEventCodeVocabularyIsMappedWithoutWarnings() {
        Map<EventCode, List<String>> expected = Map.of(
                EventCode.LABEL_CREATED, List.of("GX", "MA"),
                EventCode.PICKED_UP, List.of("03", "TM", "PA", "80"),
                EventCode.HUB_SCAN, List.of("81", "10", "A1", "AD", "PC", "19", "41"),
                EventCode.IN_TRANSIT, List.of("82", "42", "T1", "TL", "EF", "SF", "06", "08", "15", "71"),
                EventCode.ARRIVED_DESTINATION, List.of("07"),
                EventCode.OUT_FOR_DELIVERY, List.of("OF"),
                EventCode.DELIVERED, List.of("01", "17", "43"),
                EventCode.AVAILABLE_FOR_PICKUP, List.of("14", "16"),
                EventCode.DELIVERY_FAILED, List.of("02", "52", "53", "54", "55", "56", "30", "51", "05"),
                EventCode.RETURN_TO_SENDER, List.of("04", "09", "21", "22", "23", "24", "25", "26", "27", "28", "29",
                        "31", "44"));
        try (LogCapture logs = LogCapture.start()) {
            int walked = 0;
            for (Map.Entry<EventCode, List<String>> group : expected.entrySet()) {
                for (String code : group.getValue()) {
                    assertThat(UspsStatusMap.EVENTS.map(code, "n").code()).as(code).isEqualTo(group.getKey());
                    walked++;
                }
            }
            assertThat(UspsStatusMap.EVENTS.map("11", "n").code()).isEqualTo(EventCode.LOST);
            assertThat(UspsStatusMap.EVENTS.map("DX", "n").code()).isEqualTo(EventCode.UNKNOWN);
            assertThat(UspsStatusMap.EVENTS.codes()).hasSize(walked + 2);
            assertThat(logs.warnings()).isEmpty();
        }
        assertThat(UspsStatusMap.EVENTS.map("21", "n").reason()).hasValue(Reason.ADDRESS);
        assertThat(UspsStatusMap.EVENTS.map("04", "n").reason()).hasValue(Reason.REFUSED);
    }

    @Test
    void theWholeStatusCategoryVocabularyIsMappedWithoutWarnings() {
        Map<String, EventCode> expected = Map.of("Pre-Shipment", EventCode.LABEL_CREATED,
                "Accepted", EventCode.PICKED_UP, "Moving Through Network", EventCode.IN_TRANSIT,
                "In Transit", EventCode.IN_TRANSIT, "In-Transit", EventCode.IN_TRANSIT,
                "Out for Delivery", EventCode.OUT_FOR_DELIVERY, "Delivered", EventCode.DELIVERED,
                "Available for Pickup", EventCode.AVAILABLE_FOR_PICKUP, "Delivery Attempt", EventCode.DELIVERY_FAILED,
                "Return to Sender", EventCode.RETURN_TO_SENDER);
        try (LogCapture logs = LogCapture.start()) {
            expected.forEach((category, code) -> assertThat(UspsStatusMap.CATEGORIES.map(category, "n").code())
                    .as(category).isEqualTo(code));
            assertThat(UspsStatusMap.CATEGORIES.map("Alert", "n").code()).isEqualTo(EventCode.UNKNOWN);
            assertThat(UspsStatusMap.CATEGORIES.codes()).hasSize(expected.size() + 1);
            assertThat(logs.warnings()).isEmpty();
        }
    }

    @Test
    void anAlertIsReadFromItsStatusTextAndAMovementScanFromItsEventType() {
        String body = "{\"trackingNumber\":\"" + NUMBER + "\",\"statusCategory\":\"Alert\","
                + "\"status\":\"Return to Sender\",\"trackingEvents\":[{\"eventTimestamp\":\"2024-11-20T10:00:00\","
                + "\"GMTOffset\":\"-05:00\",\"eventCity\":\"NEW YORK\",\"eventState\":\"NY\",\"eventCode\":\"TL\","
                + "\"eventType\":\"Out for Delivery\"}]}";

        Shipment shipment = usps.parse(body.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(shipment.carrierStatus()).hasValueSatisfying(status ->
                assertThat(status.progress()).isEqualTo(CarrierStatus.Progress.RETURNING));
        assertThat(shipment.events().get(0).code()).isEqualTo(EventCode.OUT_FOR_DELIVERY);
    }

    @Test
    void anUnmappedEventCodeBecomesUnknownWithTheRawCodeAndAWarning() {
        try (LogCapture logs = LogCapture.start()) {
            TrackingEvent event = onlyEvent("\"eventTimestamp\":\"2024-11-20T01:13:00\",\"GMTOffset\":\"-05:00\","
                    + "\"eventCode\":\"Z9\"");

            assertThat(event.detail().orElseThrow()).startsWith("Z9");
            assertThat(logs.warnings()).anySatisfy(line -> assertThat(line).contains("Z9"));
        }
    }

    @Test
    void anAnswerWithoutEventsOrStatusIsANotFoundProblem() {
        ParsedBody read = usps.read(("{\"trackingNumber\":\"" + NUMBER + "\",\"trackingEvents\":[]}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read.shipments()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.NOT_FOUND);
            assertThat(problem.trackingNumber()).isEqualTo(NUMBER);
        });
    }

    @Test
    void theClientSecretAndTokenAppearInNoLogLineAndNoExceptionMessage() {
        dispatcher.enqueue(new MockResponse().setResponseCode(401));
        dispatcher.enqueue(new MockResponse().setResponseCode(401).setBody("{\"apiVersion\":\"/tracking/v3\","
                + "\"error\":{\"code\":\"401\",\"message\":\"Invalid credentials " + SECRET + " " + ID + "\"}}"));
        try (LogCapture logs = LogCapture.start()) {
            TrackingResult result = usps.track(NUMBER);

            assertThat(((TrackingResult.Failed) result).error().getMessage()).doesNotContain(SECRET).doesNotContain(ID);
            assertThat(logs.lines()).isNotEmpty().noneSatisfy(line -> assertThat(line).containsAnyOf(SECRET, ID,
                    "token-1", "token-2"));
            assertThat(usps.toString()).contains("clientSecret=██").doesNotContain(SECRET).doesNotContain(ID);
        }
    }

    @Test
    void trackingWithoutClientCredentialsIsAStateError() {
        UspsTracking anonymous = UspsTracking.of(UspsSettings.builder().clientId(ID).build());

        assertThatThrownBy(() -> anonymous.track(NUMBER)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clientSecret");
    }

    @Test
    void pushesAreRefusedBecauseUspsIsPolled() {
        assertThatThrownBy(() -> usps.verifyWebhook(new byte[0], WebhookHeaders.of(Map.of()), "x"))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("polls USPS");
    }
}
