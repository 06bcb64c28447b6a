package dev.waybill.carriers.postnl;

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
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TimeBasis;
import dev.waybill.shipment.TrackingEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostNlTrackingTest {

    private static final String KEY = "postnl-api-key-7c1e0a";
    private static final String NUMBER = "3SABCD987516327";
    private static final String DELIVERED = "postnl/firstred_completestatus3.json";
    private static final String NOT_FOUND = "postnl/firstred_nocurrentshipments.json";

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private PostNlTracking postnl;

    @BeforeEach
    void start() throws IOException {
        server.start();
        postnl = PostNlTracking.of(PostNlSettings.builder().apiKey(KEY).baseUrl(server.url("/"))
                .http(TestHttp.settings(sleeper)).build());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void trackingSendsTheApiKeyHeaderAndAsksForTheCompleteStatusOfOneBarcode() throws InterruptedException {
        server.enqueue(json(200, DELIVERED));

        postnl.track(NUMBER);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/shipment/v2/status/barcode/" + NUMBER);
        assertThat(request.getRequestUrl().queryParameter("detail")).isEqualTo("true");
        assertThat(request.getRequestUrl().queryParameter("language")).isEqualTo("EN");
        assertThat(request.getHeader("apikey")).isEqualTo(KEY);
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void theRecordedCompleteStatusBecomesATimelineOfItsStatusesInDutchTime() {
        server.enqueue(json(200, DELIVERED));

        Shipment shipment = found(postnl.track(NUMBER));

        assertThat(shipment.trackingNumber()).hasValue(NUMBER);
        assertThat(shipment.lane().carrier()).hasValue("postnl");
        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("NL"));
        assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("NL"));
        assertThat(shipment.weightKg().orElseThrow()).isEqualByComparingTo(new BigDecimal("0.440"));
        assertThat(shipment.events()).extracting(TrackingEvent::code).startsWith(EventCode.LABEL_CREATED)
                .contains(EventCode.PICKED_UP, EventCode.HUB_SCAN, EventCode.OUT_FOR_DELIVERY)
                .endsWith(EventCode.DELIVERED);
        TrackingEvent delivered = shipment.events().stream().filter(e -> e.code() == EventCode.DELIVERED)
                .findFirst().orElseThrow();
        assertThat(delivered.at()).isEqualTo(OffsetDateTime.parse("2021-03-26T15:06:53+01:00"));
        assertThat(delivered.timeBasis()).isEqualTo(TimeBasis.ZONE_OF_LANE);
        assertThat(delivered.detail()).hasValue("'11' (Zending afgeleverd), phase '4' (Afgeleverd)");
        assertThat(shipment.carrierStatus()).hasValueSatisfying(status -> {
            assertThat(status.progress()).isEqualTo(CarrierStatus.Progress.DELIVERED);
            assertThat(status.said()).startsWith("PostNL status '11'");
        });
    }

    @Test
    void summerTimeAndMillisecondsAreRead() {
        assertThat(PostNlMapper.time("07-03-2018 23:22:56.326").local())
                .hasValue(LocalDateTime.parse("2018-03-07T23:22:56.326"));
        assertThat(PostNlMapper.time("2021-02-26T12:57:15").local()).hasValue(LocalDateTime.parse("2021-02-26T12:57:15"));
        assertThat(PostNlMapper.time("31-02-2021 10:00:00")).isNull();
        String body = "{\"CurrentStatus\":{\"Shipment\":{\"Barcode\":\"3S1\",\"Address\":{\"AddressType\":\"01\","
                + "\"CountryCode\":\"NL\"},\"Status\":{\"TimeStamp\":\"15-07-2021 10:00:00\",\"StatusCode\":\"7\"}}}}";

        TrackingEvent event = postnl.parse(body.getBytes(StandardCharsets.UTF_8)).get(0).events().get(0);

        assertThat(event.at()).isEqualTo(OffsetDateTime.parse("2021-07-15T10:00:00+02:00"));
        assertThat(event.code()).isEqualTo(EventCode.OUT_FOR_DELIVERY);
    }

    @Test
    void theNoShipmentFoundWarningAndA404AreNotYetKnown() {
        server.enqueue(json(200, NOT_FOUND));
        server.enqueue(new MockResponse().setResponseCode(404));

        List<TrackingResult> results = postnl.track(List.of(NUMBER, "3SABCD0000000"));

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(TrackingResult.NotYetKnown.class));
        assertThat(((TrackingResult.NotYetKnown) results.get(0)).detail().orElseThrow()).contains("No shipment found");
        assertThat(postnl.read(Fixtures.bytes(NOT_FOUND)).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.NOT_FOUND);
            assertThat(problem.code()).isEqualTo("2");
        });
    }

    @Test
    void theUpdatedShipmentsListIsOneShipmentPerBarcode() {
        List<Shipment> shipments = postnl.parse(Fixtures.bytes("postnl/firstred_updatedshipments.json"));

        assertThat(shipments).extracting(shipment -> shipment.trackingNumber().orElseThrow()).containsExactly("3SABCD3563340",
                "3SABCD987453178", "3SABCD987578527", "3SABCD987530133");
        assertThat(shipments).allSatisfy(shipment -> assertThat(shipment.events()).singleElement()
                .extracting(TrackingEvent::code).isEqualTo(EventCode.DELIVERED));
    }

    @Test
    void aBadRequestIsAFailureWithPostNlsCodeAndMessage() {
        server.enqueue(new MockResponse().setResponseCode(400).setBody(
                "{\"Errors\":[{\"Code\":\"13\",\"Description\":\"Invalid barcode\"}]}"));

        assertThat(postnl.track("3S")).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierRequestException.class).hasMessageContaining("13")
                        .hasMessageContaining("Invalid barcode"));
    }

    @Test
    void aRefusedKeyIsAnAuthenticationFailureWithTheGatewaysFault() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"fault\":{\"faultstring\":"
                + "\"Invalid ApiKey\",\"detail\":{\"errorcode\":\"oauth.v2.InvalidApiKey\"}}}"));

        assertThat(postnl.track(NUMBER)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class)
                        .hasMessageContaining("oauth.v2.InvalidApiKey").hasMessageContaining("Invalid ApiKey"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "4"));
        server.enqueue(json(200, DELIVERED));

        found(postnl.track(NUMBER));

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(4));
    }


    @Test
    void malformedAndTruncatedBodiesAreResponseFailures() {
        server.enqueue(new MockResponse().setBody("<html>gateway</html>"));
        String ok = Fixtures.text(DELIVERED);
        server.enqueue(new MockResponse().setBody(ok.substring(0, ok.length() / 2)));

        List<TrackingResult> results = postnl.track(List.of(NUMBER, "3SABCD987040009"));

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierResponseException.class)));
        assertThatThrownBy(() -> postnl.parse("{\"shipments\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("CurrentStatus");
    }


    @Test
    void aBatchIsOneCallPerBarcodeAndOneBadBarcodeFailsAlone() {
        server.enqueue(json(200, DELIVERED));
        server.enqueue(new MockResponse().setResponseCode(400).setBody(
                "{\"Errors\":[{\"Code\":\"13\",\"Description\":\"Invalid barcode\"}]}"));
        server.enqueue(json(200, "postnl/firstred_currentstatus.json"));

        List<TrackingResult> results = postnl.track(List.of(NUMBER, "3S", "3SDEVC302392342"));

        assertThat(results.get(0)).isInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(1)).isInstanceOf(TrackingResult.Failed.class);
        assertThat(found(results.get(2)).events()).singleElement().extracting(TrackingEvent::code)
                .isEqualTo(EventCode.PICKED_UP);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void theWholeStatusCodeVocabularyIsMappedWithoutWarnings() {
        Map<EventCode, List<String>> expected = Map.of(
                EventCode.LABEL_CREATED, List.of("1", "4", "13", "14"),
                EventCode.PICKED_UP, List.of("2", "3", "23"),
                EventCode.HUB_SCAN, List.of("5", "6", "21"),
                EventCode.OUT_FOR_DELIVERY, List.of("7"),
                EventCode.DELIVERY_FAILED, List.of("8"),
                EventCode.ARRIVED_DESTINATION, List.of("9", "20"),
                EventCode.DELIVERED, List.of("11", "22"),
                EventCode.AVAILABLE_FOR_PICKUP, List.of("12"),
                EventCode.LOST, List.of("18"),
                EventCode.RETURN_TO_SENDER, List.of("19"));
        try (LogCapture logs = LogCapture.start()) {
            int walked = 0;
            for (Map.Entry<EventCode, List<String>> group : expected.entrySet()) {
                for (String code : group.getValue()) {
                    assertThat(PostNlStatusMap.STATUSES.map(code, "n").code()).as(code).isEqualTo(group.getKey());
                    walked++;
                }
            }
            for (String missedScanOrNotApplicable : List.of("15", "16", "17", "99")) {
                assertThat(PostNlStatusMap.STATUSES.map(missedScanOrNotApplicable, "n").code())
                        .as(missedScanOrNotApplicable).isEqualTo(EventCode.UNKNOWN);
            }
            assertThat(PostNlStatusMap.STATUSES.codes()).hasSize(walked + 4);
            assertThat(logs.warnings()).isEmpty();
        }
    }

    @Test
    void theWholePhaseVocabularyIsMappedAndAnswersForAStatusCodeNotYetInTheTable() {
        Map<String, EventCode> expected = Map.of("1", EventCode.LABEL_CREATED, "2", EventCode.HUB_SCAN,
                "3", EventCode.IN_TRANSIT, "4", EventCode.ARRIVED_DESTINATION, "99", EventCode.UNKNOWN);
        expected.forEach((phase, code) -> assertThat(PostNlStatusMap.PHASES.map(phase, "n").code()).as(phase)
                .isEqualTo(code));
        assertThat(PostNlStatusMap.PHASES.codes()).hasSize(expected.size());
        try (LogCapture logs = LogCapture.start()) {
            PostNlResponse.Status newCode = new PostNlResponse.Status("01-03-2021 10:00:00", null, "42", "Nieuw", "2",
                    "Sortering");
            PostNlResponse.Status nothingKnown = new PostNlResponse.Status("01-03-2021 10:00:00", null, "43", null,
                    "7", null);

            assertThat(PostNlStatusMap.map(newCode, "n").code()).isEqualTo(EventCode.HUB_SCAN);
            assertThat(logs.warnings()).isEmpty();
            assertThat(PostNlStatusMap.map(nothingKnown, "n").code()).isEqualTo(EventCode.UNKNOWN);
            assertThat(logs.warnings()).anySatisfy(line -> assertThat(line).contains("code=43"));
        }
    }

    @Test
    void theApiKeyAppearsInNoLogLineAndNoExceptionMessage() {
        server.enqueue(new MockResponse().setResponseCode(403).setBody("{\"fault\":{\"faultstring\":"
                + "\"Key " + KEY + " is not allowed\",\"detail\":{\"errorcode\":\"Forbidden\"}}}"));
        try (LogCapture logs = LogCapture.start()) {
            TrackingResult result = postnl.track(NUMBER);

            assertThat(((TrackingResult.Failed) result).error().getMessage()).contains("is not allowed")
                    .doesNotContain(KEY);
            assertThat(logs.lines()).isNotEmpty().noneSatisfy(line -> assertThat(line).contains(KEY));
            assertThat(postnl.toString()).contains("apiKey=██").doesNotContain(KEY);
        }
    }

    @Test
    void trackingWithoutAKeyIsAStateErrorButParsingWorks() {
        PostNlTracking anonymous = PostNlTracking.of(PostNlSettings.builder().build());

        assertThatThrownBy(() -> anonymous.track(NUMBER)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apiKey");
        assertThat(anonymous.parse(Fixtures.bytes(DELIVERED))).hasSize(1);
    }

    @Test
    void pushesAreRefusedBecausePostNlIsPolled() {
        assertThatThrownBy(() -> postnl.verifyWebhook(new byte[0], WebhookHeaders.of(Map.of()), "x"))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("polls PostNL");
    }
}
