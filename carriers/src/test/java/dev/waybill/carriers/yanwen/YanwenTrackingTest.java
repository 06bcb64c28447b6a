package dev.waybill.carriers.yanwen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.CarrierServerException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.testing.Fixtures;
import dev.waybill.carriers.testing.LogCapture;
import dev.waybill.carriers.testing.RecordingSleeper;
import dev.waybill.carriers.testing.TestHttp;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.HandOver;
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

class YanwenTrackingTest {

    private static final String TOKEN = "yanwen-test-token-5b1e";
    private static final String KARRIO = "00340434281410767138";
    private static final String KARRIO_BODY = "yanwen/karrio-yanwen-tracking-response.json";
    private static final String HANDED_BODY = "yanwen/go-client-test-handed-to-dhl.json";

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private YanwenTracking yanwen;

    @BeforeEach
    void start() throws IOException {
        server.start();
        yanwen = YanwenTracking.of(YanwenSettings.builder().apiKey(TOKEN).baseUrl(server.url("/"))
                .http(TestHttp.settings(sleeper)).build());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static MockResponse json(String fixture) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(Fixtures.text(fixture));
    }

    @Test
    void theNumbersOfABatchGoInNumsWithTheTokenAsAuthorization() throws Exception {
        server.enqueue(json(KARRIO_BODY));

        yanwen.track(List.of(KARRIO, "UH123"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/tracking");
        assertThat(request.getRequestUrl().queryParameter("nums")).isEqualTo(KARRIO + ",UH123");
        assertThat(request.getHeader("Authorization")).isEqualTo(TOKEN);
    }

    @Test
    void karriosBodyIsAPickUpAtItsOwnOffsetWithNoHandOver() {
        server.enqueue(json(KARRIO_BODY));

        TrackingResult result = yanwen.track(KARRIO);

        assertThat(result).isInstanceOf(TrackingResult.Found.class);
        Shipment shipment = ((TrackingResult.Found) result).shipment();
        assertThat(shipment.events()).singleElement().satisfies(event -> {
            assertThat(event.code()).isEqualTo(EventCode.PICKED_UP);
            assertThat(event.at()).isEqualTo(OffsetDateTime.parse("2019-08-15T18:52:19+08:00"));
            assertThat(event.detail().orElseThrow()).startsWith("PU10");
        });
        assertThat(shipment.handOver()).isEmpty();
    }

    @Test
    void theLastMileNumberAndCarrierAreTheHandOver() {
        Shipment shipment = yanwen.parse(Fixtures.bytes(HANDED_BODY)).get(0);

        assertThat(shipment.trackingNumber()).hasValue("UH123");
        assertThat(shipment.origin()).isEqualTo(CountryCode.of("CN"));
        assertThat(shipment.destination()).isEqualTo(CountryCode.of("DE"));
        assertThat(shipment.events()).singleElement().satisfies(event -> {
            assertThat(event.code()).isEqualTo(EventCode.DEPARTED_ORIGIN);
            assertThat(event.at()).isEqualTo(OffsetDateTime.parse("2023-04-10T09:32:00+08:00"));
            assertThat(event.location()).hasValue("Shanghai");
        });
        assertThat(shipment.handOver()).hasValue(new HandOver("dhl", "003456", null));
    }

    @Test
    void notFoundIsNotYetKnownAndACodeOtherThanZeroIsAnApiError() {
        server.enqueue(new MockResponse().setBody("{\"code\":0,\"message\":\"success\",\"result\":[{\"tracking_number\":"
                + "\"UH999\",\"tracking_status\":\"NOTFOUND\",\"checkpoints\":[]}]}"));

        assertThat(yanwen.track("UH999")).isInstanceOf(TrackingResult.NotYetKnown.class);
        assertThat(yanwen.read("{\"code\":1,\"message\":\"invalid number\",\"result\":[]}"
                .getBytes(StandardCharsets.UTF_8)).problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.API_ERROR);
                    assertThat(problem.describe()).contains("invalid number");
                });
    }

    @Test
    void aRefusedTokenIsAnAuthenticationFailureNotRetried() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"code\":401,\"message\":\"unauthorized\"}"));

        assertThat(yanwen.track(KARRIO)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void withoutATokenTrackingSaysWhichSettingIsMissingButParsingWorks() {
        YanwenTracking keyless = YanwenTracking.of(YanwenSettings.builder().baseUrl(server.url("/")).build());

        assertThatThrownBy(() -> keyless.track(KARRIO)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("YanwenSettings.apiKey");
        assertThat(keyless.parse(Fixtures.bytes(KARRIO_BODY))).hasSize(1);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));
        server.enqueue(json(KARRIO_BODY));

        assertThat(yanwen.track(KARRIO)).isInstanceOf(TrackingResult.Found.class);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }


    @Test
    void malformedAndTruncatedBodiesAreResponseFailuresInWords() {
        server.enqueue(new MockResponse().setBody("<html>busy</html>"));
        String ok = Fixtures.text(KARRIO_BODY);
        server.enqueue(new MockResponse().setBody(ok.substring(0, ok.length() / 2)));

        assertThat(yanwen.track(List.of(KARRIO))).singleElement().isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
        assertThat(yanwen.track(List.of(KARRIO))).singleElement().isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
        assertThatThrownBy(() -> yanwen.parse("{\"result\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("code");
    }


    @Test
    void aBatchIsSplitByTheBatchSizeAndAFailedCallFailsOnlyItsNumbers() {
        YanwenTracking single = YanwenTracking.of(YanwenSettings.builder().apiKey(TOKEN).baseUrl(server.url("/"))
                .batch(1).http(TestHttp.settings(sleeper).toBuilder().maxAttempts(1).build()).build());
        server.enqueue(json(KARRIO_BODY));
        server.enqueue(new MockResponse().setResponseCode(500));

        List<TrackingResult> results = single.track(List.of(KARRIO, "UH123"));

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(results.get(0)).isInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierServerException.class));
    }

    @Test
    void theWholeTrackingStatusVocabularyIsMappedWithoutWarningsAndAnExceptionCodeIsReadFromItsMessage() {
        Map<String, EventCode> expected = Map.ofEntries(Map.entry("OR10", EventCode.LABEL_CREATED),
                Map.entry("PU10", EventCode.PICKED_UP), Map.entry("PU30", EventCode.UNKNOWN),
                Map.entry("SC20", EventCode.HUB_SCAN), Map.entry("LH20", EventCode.DEPARTED_ORIGIN),
                Map.entry("EC30", EventCode.EXPORT_HELD), Map.entry("S303", EventCode.IMPORT_HELD),
                Map.entry("IC50", EventCode.IMPORT_HELD), Map.entry("IC51", EventCode.IMPORT_HELD),
                Map.entry("IC60", EventCode.IMPORT_CLEARED), Map.entry("IC70", EventCode.IMPORT_HELD),
                Map.entry("LM10", EventCode.HUB_SCAN), Map.entry("LM20", EventCode.IN_TRANSIT),
                Map.entry("LM25", EventCode.IN_TRANSIT), Map.entry("LM40", EventCode.DELIVERED),
                Map.entry("LM50", EventCode.UNKNOWN), Map.entry("LM54", EventCode.RETURN_TO_SENDER),
                Map.entry("LM90", EventCode.UNKNOWN));
        try (LogCapture logs = LogCapture.start()) {
            expected.forEach((code, event) -> assertThat(YanwenStatusMap.EVENTS.map(code, "n").code()).as(code)
                    .isEqualTo(event));
            assertThat(YanwenStatusMap.EVENTS.codes()).hasSize(expected.size());
            assertThat(logs.warnings()).isEmpty();
        }
        String body = "{\"code\":0,\"result\":[{\"tracking_number\":\"UH1\",\"tracking_status\":\"LM50\","
                + "\"checkpoints\":[{\"time_stamp\":\"2023-04-20T10:00:00\",\"time_zone\":\"+02\","
                + "\"tracking_status\":\"LM50\",\"message\":\"Delivery attempted - recipient not home\"}]}]}";
        TrackingEvent event = yanwen.parse(body.getBytes(StandardCharsets.UTF_8)).get(0).events().get(0);
        assertThat(event.code()).isEqualTo(EventCode.DELIVERY_FAILED);
        assertThat(event.at()).isEqualTo(OffsetDateTime.parse("2023-04-20T10:00:00+02:00"));
    }

    @Test
    void pushesAreRefusedAndTheTokenIsInNoLogLineNorInTheSettings() {
        assertThatThrownBy(() -> yanwen.verifyWebhook(new byte[0], WebhookHeaders.of(Map.of()), "x"))
                .isInstanceOf(WebhookSignatureException.class);
        try (LogCapture logs = LogCapture.start()) {
            server.enqueue(new MockResponse().setResponseCode(401));
            yanwen.track(KARRIO);
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
        }
        assertThat(yanwen.toString()).contains("batch=30").doesNotContain(TOKEN);
    }
}
