package dev.waybill.carriers.easypost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.CarrierServerException;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.testing.Fixtures;
import dev.waybill.carriers.testing.LogCapture;
import dev.waybill.carriers.testing.RecordingSleeper;
import dev.waybill.carriers.testing.TestHttp;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TimeBasis;
import dev.waybill.shipment.TrackingEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EasyPostTrackingTest {

    private static final String KEY = "EZTK_test_0123456789abcdef";

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private EasyPostTracking easypost;

    @BeforeEach
    void start() throws IOException {
        server.start();
        easypost = EasyPostTracking.of(EasyPostSettings.builder().apiKey(KEY).baseUrl(server.url("/"))
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

    @Test
    void aPreTransitTrackersStatusIsItsShipmentLevelStatusDatedByItsCreation() {
        Shipment shipment = easypost.parse(Fixtures.bytes("easypost/trackers-retrieve.json")).get(0);

        assertThat(shipment.carrierStatus()).hasValueSatisfying(status -> {
            assertThat(status.progress()).isEqualTo(CarrierStatus.Progress.PRE_TRANSIT);
            assertThat(status.at()).hasValue(OffsetDateTime.parse("2025-05-09T20:40:17Z"));
            assertThat(status.said()).startsWith("EasyPost status 'pre_transit'");
        });
    }

    @Test
    void oneNumberCreatesATrackerWithBasicAuth() throws InterruptedException {
        server.enqueue(json(201, "easypost/tracker_international.json"));

        easypost.track("EZ4000000004");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/v2/trackers");
        assertThat(request.getHeader("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8)));
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"tracker\":{\"tracking_code\":\"EZ4000000004\"}}");
    }

    @Test
    void severalNumbersUseTheBatchCall() throws InterruptedException {
        server.enqueue(json(200, "easypost/trackers_batch.json"));

        List<TrackingResult> results = easypost.track(List.of("EZ4000000004", "EZ7000000007"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/v2/trackers/batch");
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"tracking_codes\":[\"EZ4000000004\",\"EZ7000000007\"]}");
        assertThat(results.get(0)).isInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(1)).as("status unknown, no details yet").isInstanceOf(TrackingResult.NotYetKnown.class);
    }

    @Test
    void anInternationalTrackerBecomesATimeline() {
        server.enqueue(json(201, "easypost/tracker_international.json"));

        Shipment shipment = ((TrackingResult.Found) easypost.track("EZ4000000004")).shipment();

        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("CN"));
        assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("US"));
        assertThat(shipment.lane().carrier()).hasValue("dhlexpress");
        assertThat(shipment.weightKg().orElseThrow()).as("17.6 oz").isEqualByComparingTo(new BigDecimal("0.499"));
        assertThat(shipment.events()).extracting(TrackingEvent::code).containsExactly(EventCode.LABEL_CREATED,
                EventCode.PICKED_UP, EventCode.HUB_SCAN, EventCode.ARRIVED_DESTINATION, EventCode.IMPORT_HELD,
                EventCode.OUT_FOR_DELIVERY, EventCode.DELIVERY_FAILED);
        assertThat(shipment.events().get(6).reason()).hasValue(Reason.REFUSED);
        assertThat(shipment.events().get(6).detail()).hasValue("failure/refused [RD]: Delivery refused by the recipient");
        TrackingEvent pickedUp = shipment.events().get(1);
        assertThat(pickedUp.timeBasis()).isEqualTo(TimeBasis.ZONE_OF_LOCATION);
        assertThat(pickedUp.at()).isEqualTo(OffsetDateTime.parse("2026-11-03T10:00:00+08:00"));
    }

    @Test
    void theDocumentationTrackerWithoutCountriesIsADomesticUsShipment() {
        Shipment shipment = easypost.parse(Fixtures.bytes("easypost/trackers-retrieve.json")).get(0);

        assertThat(shipment.trackingNumber()).hasValue("EZ1000000001");
        assertThat(shipment.lane().isDomestic()).isTrue();
        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("US"));
        assertThat(shipment.events()).extracting(TrackingEvent::code)
                .containsExactly(EventCode.LABEL_CREATED, EventCode.LABEL_CREATED);
    }

    @Test
    void anEventWithoutAResultHasNoShipments() {
        assertThat(easypost.parse(Fixtures.bytes("easypost/event-created-without-result.json"))).isEmpty();
    }

    @Test
    void anUnknownNumberIsNotYetKnown() {
        server.enqueue(new MockResponse().setBody("{\"id\":\"trk_1\",\"object\":\"Tracker\",\"tracking_code\":\"X1\","
                + "\"status\":\"unknown\",\"tracking_details\":[]}"));

        assertThat(easypost.track("X1")).isInstanceOf(TrackingResult.NotYetKnown.class);
    }

    @Test
    void http401IsAnAuthenticationFailureThatIsNotRetried() {
        server.enqueue(json(401, "easypost/error_401.json"));

        assertThat(easypost.track("EZ4000000004")).isInstanceOfSatisfying(TrackingResult.Failed.class, failed -> {
            assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class);
            assertThat(failed.error().carrierCode()).hasValue("APIKEY.INACTIVE");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3")
                .setBody("{\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"Too many requests\",\"errors\":[]}}"));
        server.enqueue(json(201, "easypost/tracker_international.json"));

        assertThat(easypost.track("EZ4000000004")).isInstanceOf(TrackingResult.Found.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void http429WithoutRetryAfterBacksOffExponentially() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(429));
        }
        server.enqueue(json(201, "easypost/tracker_international.json"));

        assertThat(easypost.track("EZ4000000004")).isInstanceOf(TrackingResult.Found.class);
        assertThat(sleeper.waits()).hasSize(3).allSatisfy(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(50), Duration.ofSeconds(2)));
        assertThat(sleeper.waits().get(2)).isGreaterThan(sleeper.waits().get(0));
    }

    @Test
    void http500UntilAttemptsRunOutFailsWithAServerException() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(500)
                    .setBody("{\"error\":{\"code\":\"INTERNAL_SERVER_ERROR\",\"message\":\"oops\",\"errors\":[]}}"));
        }

        assertThat(easypost.track("EZ4000000004")).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierServerException.class));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aValidationErrorWithPlainStringErrorsIsReadAndNotRetried() {
        server.enqueue(new MockResponse().setResponseCode(422).setBody("{\"error\":{\"code\":\"PARAMETER.REQUIRED\","
                + "\"message\":\"Missing required parameter.\",\"errors\":[\"tracking_code cannot be blank\"]}}"));

        assertThat(easypost.track("EZ4000000004")).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).hasMessageContaining("tracking_code cannot be blank")
                        .hasMessageContaining("status: 422"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsAResponseFailure() {
        server.enqueue(new MockResponse().setBody("{\"object\":\"Tracker\",,}"));

        assertThat(easypost.track("EZ4000000004")).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
    }

    @Test
    void truncatedJsonIsAResponseFailure() {
        server.enqueue(new MockResponse().setBody(Fixtures.text("easypost/tracker_international.json").substring(0, 300)));

        assertThat(easypost.track("EZ4000000004")).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
    }


    @Test
    void aHundredAndFiveNumbersAreTwoBatchesAndAFailedBatchFailsOnlyItsNumbers() {
        List<String> numbers = IntStream.range(0, 105).mapToObj(i -> "EZ" + (1000000000 + i)).toList();
        List<Integer> sizes = new ArrayList<>();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().readUtf8();
                int size = body.split("\"EZ").length - 1;
                synchronized (sizes) {
                    sizes.add(size);
                }
                return size == 100 ? new MockResponse().setBody("{\"trackers\":[]}")
                        : new MockResponse().setResponseCode(503);
            }
        });

        List<TrackingResult> results = easypost.track(numbers);

        assertThat(sizes).contains(100, 5);
        assertThat(results.subList(0, 100)).allSatisfy(r -> assertThat(r).isInstanceOf(TrackingResult.NotYetKnown.class));
        assertThat(results.subList(100, 105)).allSatisfy(r -> assertThat(r).isInstanceOf(TrackingResult.Failed.class));
    }

    @Test
    void theSignatureMatchesEasyPostsOwnFixtureWithANonAsciiSecret() {
        byte[] body = Fixtures.bytes("easypost/event-body.json");

        // EasyPost's client tests sign their event-body fixture with the secret "sécret". The expected
        // header they publish was computed over an older revision of that fixture (batch.created) that
        // our sources do not hold, so this value was computed independently over the current revision:
        // Python hmac.new(unicodedata.normalize("NFKD", "sécret").encode(), body, hashlib.sha256).
        assertThat(EasyPostWebhook.sign(body, "sécret"))
                .isEqualTo("hmac-sha256-hex=09bf1a4a1b1de710ad012a08cf03337f7ca6040740b749259fe02a1979e791dd");
        assertThat(EasyPostWebhook.sign(body, "sécret"))
                .as("the NFC-keyed HMAC differs: normalisation matters")
                .isNotEqualTo("hmac-sha256-hex=4b044ddf308667802c4e3d1214192f6620c8af2b3173fffb130d7f788b6a4b63");
    }

    @Test
    void aWebhookWithAValidSignatureIsParsed() {
        byte[] body = Fixtures.bytes("easypost/event-body.json");
        WebhookHeaders headers = WebhookHeaders.parse(List.of("x-hmac-signature: "
                + EasyPostWebhook.sign(body, "sécret")));

        Shipment shipment = easypost.parseWebhook(body, headers, "sécret").get(0);

        assertThat(shipment.trackingNumber()).hasValue("1");
        assertThat(shipment.lane().carrier()).hasValue("fedex");
        assertThat(shipment.events()).hasSize(7);
    }

    @Test
    void aWebhookWithAWrongSignatureIsRejected() {
        byte[] body = Fixtures.bytes("easypost/event-body.json");
        WebhookHeaders headers = WebhookHeaders.parse(List.of("X-Hmac-Signature: hmac-sha256-hex="
                + "09bf1a4a1b1de710ad012a08cf03337f7ca6040740b749259fe02a1979e7aaaa"));

        assertThatThrownBy(() -> easypost.verifyWebhook(body, headers, "sécret"))
                .isInstanceOf(WebhookSignatureException.class).hasMessageNotContaining("sécret");
    }

    @Test
    void aWebhookWithoutSignatureIsRejected() {
        assertThatThrownBy(() -> easypost.verifyWebhook(Fixtures.bytes("easypost/event-body.json"),
                WebhookHeaders.none(), "sécret")).isInstanceOf(WebhookSignatureException.class);
    }

    @Test
    void theWholeDocumentedVocabularyIsMappedWithoutWarnings() {
        List<String> statuses = List.of("unknown", "pre_transit", "in_transit", "out_for_delivery", "delivered",
                "available_for_pickup", "return_to_sender", "failure", "cancelled", "error");
        List<String> details = List.of("address_correction", "arrived_at_destination", "arrived_at_facility",
                "arrived_at_pickup_location", "awaiting_information", "cancelled", "damaged", "delayed",
                "delivery_exception", "departed_facility", "departed_origin_facility", "expired", "failure", "held",
                "in_transit", "label_created", "lost", "missorted", "out_for_delivery",
                "received_at_destination_facility", "received_at_origin_facility", "refused", "return",
                "status_update", "transferred_to_destination_carrier", "transit_exception", "unknown", "weather_delay");
        try (LogCapture logs = LogCapture.start()) {
            statuses.forEach(s -> assertThat(EasyPostStatusMap.STATUS.find(s)).as(s).isPresent());
            details.forEach(d -> assertThat(EasyPostStatusMap.DETAIL.find(d)).as(d).isPresent());
            for (String status : statuses) {
                for (String detail : details) {
                    assertThat(EasyPostStatusMap.map(status, detail, "n")).isNotNull();
                }
            }
            assertThat(logs.warnings()).isEmpty();
        }
        assertThat(EasyPostStatusMap.map("delivered", "arrived_at_facility", "n").code()).isEqualTo(EventCode.DELIVERED);
        assertThat(EasyPostStatusMap.map("in_transit", "weather_delay", "n").reason()).hasValue(Reason.WEATHER);
        assertThat(EasyPostStatusMap.map("return_to_sender", "status_update", "n").code())
                .isEqualTo(EventCode.RETURN_TO_SENDER);
    }

    @Test
    void anUnmappedStatusIsUnknownWithTheRawCodeAndAWarning() {
        String body = "{\"object\":\"Tracker\",\"tracking_code\":\"Z1\",\"tracking_details\":[{\"status\":\"teleported\","
                + "\"datetime\":\"2026-11-02T09:00:00Z\",\"message\":\"Beamed\"}]}";
        try (LogCapture logs = LogCapture.start()) {
            TrackingEvent event = easypost.parse(body.getBytes(StandardCharsets.UTF_8)).get(0).events().get(0);

            assertThat(event.code()).isEqualTo(EventCode.UNKNOWN);
            assertThat(event.detail().orElseThrow()).startsWith("teleported");
            assertThat(logs.warnings()).anySatisfy(line -> assertThat(line).contains("teleported"));
        }
    }

    @Test
    void theApiKeyAppearsInNoLogLineAndNoExceptionMessage() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":{\"code\":\"APIKEY.INACTIVE\","
                + "\"message\":\"key " + KEY + " is no longer active\",\"errors\":[]}}"));
        try (LogCapture logs = LogCapture.start()) {
            TrackingResult result = easypost.track("EZ4000000004");

            assertThat(((TrackingResult.Failed) result).error().getMessage()).doesNotContain(KEY);
            assertThat(logs.lines()).isNotEmpty().noneSatisfy(line -> assertThat(line).contains(KEY));
            assertThat(easypost.toString()).doesNotContain(KEY);
        }
    }
}
