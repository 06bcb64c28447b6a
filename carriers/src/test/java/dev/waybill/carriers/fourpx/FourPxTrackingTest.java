package dev.waybill.carriers.fourpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FourPxTrackingTest {

    private static final String REAL = "4PX3001291278502CN";
    private static final String REAL_BODY = "4px/4px-real-cn-at-import-cleared.json";

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private FourPxTracking fourPx;

    @BeforeEach
    void start() throws IOException {
        server.start();
        fourPx = FourPxTracking.of(FourPxSettings.builder().baseUrl(server.url("/")).http(TestHttp.settings(sleeper))
                .build());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static MockResponse json(String fixture) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(Fixtures.text(fixture));
    }

    @Test
    void theNumbersOfABatchArePostedAsQueryCodesWithTheLanguageAndNoKey() throws Exception {
        server.enqueue(json(REAL_BODY));

        fourPx.track(List.of(REAL, "4PX3001291278503CN"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/track/v2/front/listTrackV3");
        JsonNode body = new ObjectMapper().readTree(request.getBody().readUtf8());
        assertThat(body.path("queryCodes")).extracting(JsonNode::asText).containsExactly(REAL, "4PX3001291278503CN");
        assertThat(body.path("language").asText()).isEqualTo("en-us");
        assertThat(request.getHeader("Authorization")).isNull();
    }

    @Test
    void theRealAnswerIsATimelineFromChinaToAustriaAtEachEventsLocalOffsetWithTheLastMileNumber() {
        server.enqueue(json(REAL_BODY));

        TrackingResult result = fourPx.track(REAL);

        assertThat(result).isInstanceOf(TrackingResult.Found.class);
        Shipment shipment = ((TrackingResult.Found) result).shipment();
        assertThat(shipment.origin()).isEqualTo(CountryCode.of("CN"));
        assertThat(shipment.destination()).isEqualTo(CountryCode.of("AT"));
        assertThat(shipment.events()).extracting(TrackingEvent::code).containsExactly(EventCode.LABEL_CREATED,
                EventCode.LABEL_CREATED, EventCode.PICKED_UP, EventCode.HUB_SCAN, EventCode.IN_TRANSIT,
                EventCode.IN_TRANSIT, EventCode.DEPARTED_ORIGIN, EventCode.ARRIVED_DESTINATION,
                EventCode.IMPORT_CLEARED);
        // tkDate 2024-09-05T16:18:00.000+0000 at tkTimezone UTC+02:00; tkDateStr says 00:18 (+08:00), not the local time
        assertThat(shipment.events().get(7).at()).isEqualTo(OffsetDateTime.parse("2024-09-05T18:18:00+02:00"));
        assertThat(shipment.events().get(2).location()).hasValue("ShaTian,DongGuan");
        assertThat(shipment.handOver()).hasValue(new HandOver(Optional.empty(), "06215215333330", Optional.empty()));
    }

    @Test
    void aPendingNumberIsNotYetKnownAndAResultOtherThanOneIsAnApiError() {
        server.enqueue(json("4px/ha-4px_synthetic_pending_sample.json"));

        assertThat(fourPx.track("SYNTHETICPENDING")).isInstanceOf(TrackingResult.NotYetKnown.class);
        assertThat(fourPx.read("{\"result\":0,\"message\":\"too many requests\",\"data\":null}"
                .getBytes(StandardCharsets.UTF_8)).problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.API_ERROR);
                    assertThat(problem.describe()).contains("too many requests");
                });
    }

    @Test
    void theSyntheticDeliveredShapeEndsDelivered() {
        List<Shipment> shipments = fourPx.parse(Fixtures.bytes("4px/ha-4px_synthetic_delivered_sample.json"));

        assertThat(shipments).singleElement().satisfies(shipment ->
                assertThat(shipment.latestEvent().orElseThrow().code()).isEqualTo(EventCode.DELIVERED));
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "12"));
        server.enqueue(json(REAL_BODY));

        assertThat(fourPx.track(REAL)).isInstanceOf(TrackingResult.Found.class);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(12));
    }


    @Test
    void malformedAndTruncatedBodiesAreResponseFailuresInWords() {
        server.enqueue(new MockResponse().setBody("<html>busy</html>"));
        String ok = Fixtures.text(REAL_BODY);
        server.enqueue(new MockResponse().setBody(ok.substring(0, ok.length() / 2)));

        assertThat(fourPx.track(List.of(REAL))).singleElement().isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
        assertThat(fourPx.track(List.of(REAL))).singleElement().isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
        assertThatThrownBy(() -> fourPx.parse("{\"data\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("result");
    }


    @Test
    void aBatchIsSplitByTheBatchSizeAndAFailedCallFailsOnlyItsNumbers() throws Exception {
        FourPxTracking single = FourPxTracking.of(FourPxSettings.builder().baseUrl(server.url("/")).batch(1)
                .http(TestHttp.settings(sleeper).toBuilder().maxAttempts(1).build()).build());
        server.enqueue(json(REAL_BODY));
        server.enqueue(new MockResponse().setResponseCode(500));

        List<TrackingResult> results = single.track(List.of(REAL, "4PX3001291278503CN"));

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(results.get(0)).isInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierServerException.class));
    }

    @Test
    void theWholeTkCodeVocabularyIsMappedWithoutWarningsAndAnUnlistedCodeIsReadFromItsText() {
        Map<String, EventCode> expected = Map.ofEntries(Map.entry("FPX_L_RPIF", EventCode.LABEL_CREATED),
                Map.entry("FPX_O_IR", EventCode.LABEL_CREATED), Map.entry("FPX_C_SPLS", EventCode.PICKED_UP),
                Map.entry("FPX_C_AAF", EventCode.HUB_SCAN), Map.entry("FPX_C_ADFF", EventCode.IN_TRANSIT),
                Map.entry("FPX_M_HA", EventCode.IN_TRANSIT), Map.entry("FPX_M_DFOA", EventCode.DEPARTED_ORIGIN),
                Map.entry("FPX_M_ATA", EventCode.ARRIVED_DESTINATION), Map.entry("FPX_I_RCUK", EventCode.IMPORT_CLEARED),
                Map.entry("FPX_D_SD", EventCode.OUT_FOR_DELIVERY), Map.entry("FPX_D_FD", EventCode.DELIVERY_FAILED),
                Map.entry("FPX_S_OK", EventCode.DELIVERED));
        try (LogCapture logs = LogCapture.start()) {
            expected.forEach((code, event) -> assertThat(FourPxStatusMap.EVENTS.map(code, "n").code()).as(code)
                    .isEqualTo(event));
            assertThat(FourPxStatusMap.EVENTS.codes()).hasSize(expected.size());
            assertThat(logs.warnings()).isEmpty();
        }
        String body = "{\"result\":1,\"data\":[{\"queryCode\":\"4PX1\",\"ctStartCode\":\"CN\",\"ctEndCode\":\"DE\","
                + "\"tracks\":[{\"tkCode\":\"FPX_D_XYZ\",\"tkDesc\":\"Delivery attempted - recipient not home\","
                + "\"tkDate\":\"2024-09-05T18:18:00.000+0000\",\"tkTimezone\":\"UTC+02:00\"}]}]}";
        TrackingEvent event = fourPx.parse(body.getBytes(StandardCharsets.UTF_8)).get(0).events().get(0);
        assertThat(event.code()).isEqualTo(EventCode.DELIVERY_FAILED);
        assertThat(event.detail().orElseThrow()).startsWith("FPX_D_XYZ");
    }

    @Test
    void pushesAreRefusedBecause4pxIsPolled() {
        assertThatThrownBy(() -> fourPx.verifyWebhook(new byte[0], WebhookHeaders.of(Map.of()), "x"))
                .isInstanceOf(WebhookSignatureException.class);
        assertThat(fourPx.toString()).contains("language=en-us", "batch=10");
    }
}
