package dev.waybill.carriers.cainiao;

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
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CainiaoTrackingTest {

    private static final String DELIVERED = "RC000000001EE";
    private static final String ACTIVE = "RC000000002EE";

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private CainiaoTracking cainiao;

    @BeforeEach
    void start() throws IOException {
        server.start();
        cainiao = CainiaoTracking.of(CainiaoSettings.builder().baseUrl(server.url("/"))
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
    void theNumbersOfABatchGoInOneGetWithTheLanguageAndNoKey() throws InterruptedException {
        server.enqueue(json(200, "cainiao/cainiao_real_delivered_sample.json"));

        cainiao.track(List.of(DELIVERED, ACTIVE));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/global/detail.json");
        assertThat(request.getRequestUrl().queryParameter("mailNos")).isEqualTo(DELIVERED + "," + ACTIVE);
        assertThat(request.getRequestUrl().queryParameter("lang")).isEqualTo("en-US");
        assertThat(request.getHeader("Authorization")).isNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theRealDeliveredAnswerIsATimelineFromPickupInChinaToDeliveryInBelgium() {
        server.enqueue(json(200, "cainiao/cainiao_real_delivered_sample.json"));

        Shipment shipment = found(cainiao.track(DELIVERED));

        assertThat(shipment.lane().carrier()).hasValue("cainiao");
        assertThat(shipment.origin()).isEqualTo(CountryCode.of("CN"));
        assertThat(shipment.destination()).isEqualTo(CountryCode.of("BE"));
        assertThat(shipment.events()).extracting(TrackingEvent::code).containsExactly(EventCode.PICKED_UP,
                EventCode.IN_TRANSIT, EventCode.ARRIVED_DESTINATION, EventCode.IN_TRANSIT, EventCode.IMPORT_CLEARED,
                EventCode.OUT_FOR_DELIVERY, EventCode.DELIVERED);
        // time 1770362717000 ms at timeZone GMT+08:00, as timeStr says: 2026-02-06 15:25:17
        assertThat(shipment.events().get(6).at()).isEqualTo(OffsetDateTime.parse("2026-02-06T15:25:17+08:00"));
        assertThat(shipment.events().get(6).detail()).hasValue("GTMS_SIGNED: Package delivered");
        assertThat(shipment.carrierStatus().orElseThrow().progress()).isEqualTo(CarrierStatus.Progress.DELIVERED);
        assertThat(shipment.handOver()).as("this parcel was never handed to a national carrier").isEmpty();
    }

    @Test
    void theRealActiveAnswerKeepsEachEventsOwnOffsetTheBracketedPlaceAndTheLastMileNumber() {
        Shipment shipment = cainiao.parse(Fixtures.bytes("cainiao/cainiao_real_active_sample.json")).get(0);

        assertThat(shipment.trackingNumber()).hasValue(ACTIVE);
        assertThat(shipment.destination()).isEqualTo(CountryCode.of("UA"));
        assertThat(shipment.events()).extracting(TrackingEvent::at).extracting(OffsetDateTime::getOffset)
                .containsExactly(ZoneOffset.ofHours(8), ZoneOffset.ofHours(8), ZoneOffset.ofHours(3),
                        ZoneOffset.ofHours(2));
        assertThat(shipment.events().get(1).location()).hasValue("Xiaoshan District");
        assertThat(shipment.events().get(3).detail().orElseThrow()).startsWith("CC_HO_OUT_SUCCESS");
        assertThat(shipment.events().get(3).code()).as("its group AE_GROUP_EX_CLEARING_CUSTOMS says export")
                .isEqualTo(EventCode.EXPORT_CLEARED);
        assertThat(shipment.handOver()).hasValue(new HandOver(Optional.empty(), "RC000000003EE", Optional.empty()));
        assertThat(shipment.carrierStatus().orElseThrow().progress()).isEqualTo(CarrierStatus.Progress.IN_TRANSIT);
    }

    @Test
    void copyRealMailNoAndDestCpInfoNameTheLastMileCarrierAndItsNumber() {
        List<Shipment> shipments = cainiao.parse(Fixtures.bytes("cainiao/ha-cainiao_synthetic_samples.json"));

        assertThat(shipments).hasSize(3).allSatisfy(shipment -> assertThat(shipment.handOver())
                .hasValue(new HandOver("postnl", "3SDFC0123456789", null)));
        assertThat(shipments.get(2).carrierStatus().orElseThrow().progress()).isEqualTo(CarrierStatus.Progress.AVAILABLE_FOR_PICKUP);
    }

    @Test
    void theVerbatimAnswerForAnUnknownNumberIsNotYetKnownAndANotFoundProblem() {
        server.enqueue(json(200, "cainiao/ha-cainiao_unknown_number_verbatim.json"));

        assertThat(cainiao.track("LP00000000000")).isInstanceOf(TrackingResult.NotYetKnown.class);
        assertThat(cainiao.read(Fixtures.bytes("cainiao/ha-cainiao_unknown_number_verbatim.json")).problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.NOT_FOUND);
                    assertThat(problem.trackingNumber()).isEqualTo("LP00000000000");
                });
    }

    @Test
    void successFalseIsAnApiErrorNamingCainiaosMessage() {
        ParsedBody parsed = cainiao.read("{\"success\":false,\"errorCode\":\"SYSTEM_ERROR\",\"errorMsg\":\"busy\"}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.API_ERROR);
            assertThat(problem.describe()).contains("SYSTEM_ERROR").contains("busy");
        });
    }

    @Test
    void http401IsAnAuthenticationFailureWithoutATokenToRefresh() {
        server.enqueue(new MockResponse().setResponseCode(401));

        assertThat(cainiao.track(DELIVERED)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "30"));
        server.enqueue(json(200, "cainiao/cainiao_real_delivered_sample.json"));

        found(cainiao.track(DELIVERED));

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void http502UntilAttemptsRunOutFailsWithAServerException() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(502));
        }

        assertThat(cainiao.track(DELIVERED)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierServerException.class));
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(sleeper.waits()).hasSize(3);
    }

    @Test
    void malformedAndTruncatedBodiesAreResponseFailuresInWords() {
        server.enqueue(new MockResponse().setBody("<html>slide to verify</html>"));
        String ok = Fixtures.text("cainiao/cainiao_real_delivered_sample.json");
        server.enqueue(new MockResponse().setBody(ok.substring(0, ok.length() / 2)));

        assertThat(cainiao.track(DELIVERED)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
        assertThat(cainiao.track(DELIVERED)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
        assertThatThrownBy(() -> cainiao.parse("{\"shipments\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("module");
        assertThatThrownBy(() -> cainiao.parse("{\"success\":true,\"module\":[{\"mailNo\":\"X1\",\"detailList\":[{\"time\":\"soon\"}]}]}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(CarrierResponseException.class)
                .hasMessageContaining("module[0].detailList[0].time").message().doesNotContain("com.fasterxml", "Mismatched");
    }


    @Test
    void aBatchIsSplitByTheBatchSizeAndAFailedCallFailsOnlyItsNumbers() throws InterruptedException {
        CainiaoTracking pairs = CainiaoTracking.of(CainiaoSettings.builder().baseUrl(server.url("/")).batch(2)
                .http(TestHttp.settings(sleeper).toBuilder().maxAttempts(1).build()).build());
        server.enqueue(json(200, "cainiao/cainiao_real_delivered_sample.json"));
        server.enqueue(new MockResponse().setResponseCode(500));

        List<TrackingResult> results = pairs.track(List.of(DELIVERED, "LP00000000001", "LP00000000002"));

        assertThat(server.takeRequest().getRequestUrl().queryParameter("mailNos")).isEqualTo(DELIVERED + ",LP00000000001");
        assertThat(server.takeRequest().getRequestUrl().queryParameter("mailNos")).isEqualTo("LP00000000002");
        assertThat(results.get(0)).isInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(1)).as("a number the answer leaves out").isNotInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(2)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierServerException.class));
    }

    @Test
    void theWholeActionCodeAndStatusVocabularyIsMappedWithoutWarnings() {
        Map<String, EventCode> events = Map.ofEntries(Map.entry("GWMS_ACCEPT", EventCode.LABEL_CREATED),
                Map.entry("WMS_CONFIRMED", EventCode.LABEL_CREATED), Map.entry("GWMS_PACKAGE", EventCode.HUB_SCAN),
                Map.entry("GWMS_OUTBOUND", EventCode.IN_TRANSIT), Map.entry("CONSIGN", EventCode.PICKED_UP),
                Map.entry("PU_PICKUP_SUCCESS", EventCode.PICKED_UP), Map.entry("SC_INBOUND_SUCCESS", EventCode.HUB_SCAN),
                Map.entry("SC_OUTBOUND_SUCCESS", EventCode.IN_TRANSIT), Map.entry("CW_INBOUND", EventCode.HUB_SCAN),
                Map.entry("CW_OUTBOUND", EventCode.IN_TRANSIT), Map.entry("GTMS_OE_DEPART", EventCode.IN_TRANSIT),
                Map.entry("LH_HO_IN_SUCCESS", EventCode.HUB_SCAN), Map.entry("CC_EX_START", EventCode.EXPORT_HELD),
                Map.entry("CC_EX_SUCCESS", EventCode.EXPORT_CLEARED), Map.entry("CC_EX_FAILURE", EventCode.EXPORT_HELD),
                Map.entry("LH_HO_AIRLINE", EventCode.IN_TRANSIT), Map.entry("LH_DEPART", EventCode.DEPARTED_ORIGIN),
                Map.entry("TRANSIT_PORT_REROUTE_CALLBACK", EventCode.IN_TRANSIT),
                Map.entry("LH_ARRIVE", EventCode.ARRIVED_DESTINATION), Map.entry("LH_POST_COLLECTION", EventCode.IN_TRANSIT),
                Map.entry("COMMON_INTRANSIT", EventCode.IN_TRANSIT), Map.entry("CC_IM_START", EventCode.IMPORT_HELD),
                Map.entry("CC_IM_SUCCESS", EventCode.IMPORT_CLEARED), Map.entry("CC_IM_FAILURE", EventCode.IMPORT_HELD),
                Map.entry("GTMS_ACCEPT", EventCode.HUB_SCAN), Map.entry("GTMS_DO_DEPART", EventCode.OUT_FOR_DELIVERY),
                Map.entry("GTMS_STA_SIGNED", EventCode.AVAILABLE_FOR_PICKUP),
                Map.entry("GTMS_WAIT_SELF_PICK", EventCode.AVAILABLE_FOR_PICKUP),
                Map.entry("GTMS_STA_SIGN_FAILURE", EventCode.DELIVERY_FAILED), Map.entry("GTMS_SIGNED", EventCode.DELIVERED),
                Map.entry("EXCEPTION", EventCode.UNKNOWN));
        List<String> sideless = List.of("CUSTOMS_ARRIVED_IN_AREA_CALLBACK", "CC_HO_IN_SUCCESS", "CC_HO_OUT_SUCCESS");
        Map<String, EventCode> statuses = Map.of("transport", EventCode.IN_TRANSIT, "CLEAR_CUSTOMS", EventCode.IN_TRANSIT,
                "DELIVERING", EventCode.IN_TRANSIT, "pickup", EventCode.AVAILABLE_FOR_PICKUP,
                "delivered", EventCode.DELIVERED);
        try (LogCapture logs = LogCapture.start()) {
            events.forEach((code, event) -> assertThat(CainiaoStatusMap.EVENTS.map(code, "n").code()).as(code)
                    .isEqualTo(event));
            sideless.forEach(code -> assertThat(CainiaoStatusMap.EVENTS.map(code, "n").customsByPosition()).as(code)
                    .isTrue());
            statuses.forEach((code, event) -> assertThat(CainiaoStatusMap.SHIPMENTS.map(code, "n").code()).as(code)
                    .isEqualTo(event));
            assertThat(CainiaoStatusMap.EVENTS.codes()).hasSize(events.size() + sideless.size());
            assertThat(CainiaoStatusMap.SHIPMENTS.codes()).hasSize(statuses.size());
            assertThat(logs.warnings()).isEmpty();
        }
    }

    @Test
    void anUnmappedActionCodeIsReadFromItsTextAndKeepsTheRawCode() {
        String body = "{\"success\":true,\"module\":[{\"mailNo\":\"LP1\",\"originCountry\":\"CN\",\"destCountry\":\"DE\","
                + "\"detailList\":[{\"actionCode\":\"NEW_CODE\",\"time\":1770362717000,\"timeZone\":\"GMT+1\","
                + "\"standerdDesc\":\"Delivery attempted - recipient not home\"}]}]}";
        try (LogCapture logs = LogCapture.start()) {
            TrackingEvent event = cainiao.parse(body.getBytes(StandardCharsets.UTF_8)).get(0).events().get(0);

            assertThat(event.code()).isEqualTo(EventCode.DELIVERY_FAILED);
            assertThat(event.detail().orElseThrow()).startsWith("NEW_CODE");
            assertThat(logs.warnings()).anySatisfy(line -> assertThat(line).contains("NEW_CODE"));
        }
    }

    @Test
    void pushesAreRefusedBecauseCainiaoIsPolledAndNoKeyIsNeededToTrack() {
        assertThatThrownBy(() -> cainiao.verifyWebhook(new byte[0], WebhookHeaders.of(Map.of()), "x"))
                .isInstanceOf(WebhookSignatureException.class);
        assertThat(cainiao.toString()).contains("language=en-US", "batch=10");
        assertThatThrownBy(() -> CainiaoSettings.builder().batch(0)).hasMessageContaining("batch");
    }
}
