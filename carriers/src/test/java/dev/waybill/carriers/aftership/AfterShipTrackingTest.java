package dev.waybill.carriers.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.CarrierServerException;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.mapping.StatusMapping;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AfterShipTrackingTest {

    private static final String KEY = "asat_test_key_5f1e2d3c4b5a";
    private static final String SECRET = "webhook-secret-9a8b7c";

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private AfterShipTracking aftership;

    @BeforeEach
    void start() throws IOException {
        server.start();
        aftership = AfterShipTracking.of(AfterShipSettings.builder().apiKey(KEY).baseUrl(server.url("/"))
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

    private static MockResponse emptyList() {
        return new MockResponse().setBody("{\"meta\":{\"code\":200},\"data\":{\"pagination\":{\"total\":0,"
                + "\"has_next_page\":false},\"trackings\":[]}}");
    }

    @Test
    void aBatchReadsTrackingsByNumberWithTheKeyHeader() throws InterruptedException {
        server.enqueue(json(200, "aftership/tracking_list_2026-07.json"));

        aftership.track(List.of("YT2630100012345678", "LX123456789CN"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/tracking/2026-07/trackings");
        assertThat(request.getRequestUrl().queryParameter("tracking_numbers"))
                .isEqualTo("YT2630100012345678,LX123456789CN");
        assertThat(request.getRequestUrl().queryParameter("limit")).isEqualTo("200");
        assertThat(request.getHeader("as-api-key")).isEqualTo(KEY);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aNumberAfterShipDoesNotHoldIsCreatedThereAndNotYetKnown() throws InterruptedException {
        server.enqueue(emptyList());
        server.enqueue(json(201, "aftership/create_201.json"));

        TrackingResult result = aftership.track("NEW000001CN");

        assertThat(result).isInstanceOf(TrackingResult.NotYetKnown.class);
        server.takeRequest();
        RecordedRequest create = server.takeRequest();
        assertThat(create.getMethod()).isEqualTo("POST");
        assertThat(create.getRequestUrl().encodedPath()).isEqualTo("/tracking/2026-07/trackings");
        assertThat(create.getHeader("Content-Type")).startsWith("application/json");
        assertThat(create.getBody().readUtf8()).isEqualTo("{\"tracking_number\":\"NEW000001CN\"}");
    }

    @Test
    void checkpointsBecomeATimelineWithCustomsOnTheRightSide() {
        server.enqueue(json(200, "aftership/tracking_list_2026-07.json"));

        List<TrackingResult> results = aftership.track(List.of("YT2630100012345678", "LX123456789CN"));

        assertThat(results.get(1)).isInstanceOf(TrackingResult.NotYetKnown.class);
        Shipment shipment = ((TrackingResult.Found) results.get(0)).shipment();
        assertThat(shipment.id()).isEqualTo("order-1042");
        assertThat(shipment.trackingNumber()).hasValue("YT2630100012345678");
        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("CN"));
        assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("FR"));
        assertThat(shipment.lane().carrier()).hasValue("yunexpress");
        assertThat(shipment.weightKg().orElseThrow()).isEqualByComparingTo(new BigDecimal("0.42"));
        assertThat(shipment.events()).extracting(TrackingEvent::code).containsExactly(EventCode.PICKED_UP,
                EventCode.EXPORT_HELD, EventCode.DEPARTED_ORIGIN, EventCode.ARRIVED_DESTINATION, EventCode.IMPORT_HELD,
                EventCode.IMPORT_CLEARED, EventCode.OUT_FOR_DELIVERY, EventCode.DELIVERY_FAILED);
        assertThat(shipment.events().get(4).reason()).hasValue(Reason.INSPECTION);
        assertThat(shipment.events().get(4).detail()).hasValue("Exception_004: Customs clearance delay");
        TrackingEvent attempt = shipment.events().get(7);
        assertThat(attempt.reason()).hasValue(Reason.RECIPIENT_ABSENT);
        assertThat(attempt.timeBasis()).isEqualTo(TimeBasis.ZONE_OF_LOCATION);
        assertThat(attempt.at()).isEqualTo(OffsetDateTime.parse("2026-11-10T14:25:00+01:00"));
        assertThat(attempt.location()).hasValue("Lyon");
    }

    @Test
    void theTrackingsTagIsItsShipmentLevelStatus() {
        Shipment shipment = aftership.parse(Fixtures.bytes("aftership/legacy_v4_tracking.json")).get(0);

        assertThat(shipment.carrierStatus().orElseThrow().progress()).isEqualTo(CarrierStatus.Progress.DELIVERED);
        assertThat(shipment.carrierStatus().orElseThrow().said()).startsWith("AfterShip tag 'Delivered'");
    }

    @Test
    void legacyV4BodyWithDataTrackingIsRead() {
        Shipment shipment = aftership.parse(Fixtures.bytes("aftership/legacy_v4_tracking.json")).get(0);

        assertThat(shipment.trackingNumber()).hasValue("111111111111");
        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("CN"));
        assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("JP"));
        assertThat(shipment.lane().carrier()).hasValue("fedex");
        assertThat(shipment.weightKg().orElseThrow()).isEqualByComparingTo("4");
        assertThat(shipment.events()).hasSize(14);
        assertThat(shipment.latestEvent().orElseThrow().code()).isEqualTo(EventCode.DELIVERED);
        assertThat(shipment.events()).extracting(TrackingEvent::code).contains(EventCode.ARRIVED_DESTINATION);
    }

    @Test
    void aTrimmedWebhookWithoutCountriesFallsBackToTheDefaultLaneAndAssumesUtc() {
        try (LogCapture logs = LogCapture.start()) {
            Shipment shipment = aftership.parse(Fixtures.bytes("aftership/webhook_2026-07_trimmed.json")).get(0);

            assertThat(shipment.lane().origin()).isEqualTo(AfterShipSettings.HOME);
            assertThat(shipment.events()).singleElement().satisfies(event -> {
                assertThat(event.timeBasis()).isEqualTo(TimeBasis.ASSUMED_UTC);
                assertThat(event.at()).isEqualTo(OffsetDateTime.parse("2021-01-14T00:52:00Z"));
            });
            assertThat(logs.warnings()).anySatisfy(line -> assertThat(line).contains("no origin or destination"));
        }
    }

    @Test
    void http401IsAnAuthenticationFailureThatIsNotRetried() {
        server.enqueue(json(401, "aftership/error_401.json"));

        TrackingResult result = aftership.track("YT2630100012345678");

        assertThat(result).isInstanceOfSatisfying(TrackingResult.Failed.class, failed -> {
            assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class)
                    .hasMessageContaining("Invalid API Key").hasMessageContaining("carrier: aftership");
            assertThat(failed.error().carrierCode()).hasValue("401");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void http429WithAnHttpDateRetryAfterIsHonoured() {
        Instant now = Instant.parse("2026-11-10T12:00:00Z");
        AfterShipTracking clocked = AfterShipTracking.of(AfterShipSettings.builder().apiKey(KEY)
                .baseUrl(server.url("/")).http(TestHttp.settings(sleeper).toBuilder()
                        .clock(Clock.fixed(now, ZoneOffset.UTC)).build()).build());
        String in30Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(30).atOffset(ZoneOffset.UTC));
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", in30Seconds)
                .setBody("{\"meta\":{\"code\":429,\"message\":\"Too many requests\",\"type\":\"TooManyRequests\"},\"data\":{}}"));
        server.enqueue(json(200, "aftership/tracking_list_2026-07.json"));

        TrackingResult result = clocked.track("YT2630100012345678");

        assertThat(result).isInstanceOf(TrackingResult.Found.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void http500UntilAttemptsRunOutFailsWithAServerException() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(500)
                    .setBody("{\"meta\":{\"code\":500,\"message\":\"Something went wrong\",\"type\":\"InternalError\"}}"));
        }

        TrackingResult result = aftership.track("YT2630100012345678");

        assertThat(result).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierServerException.class).hasMessageContaining("status: 500"));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void malformedJsonIsAResponseFailure() {
        server.enqueue(new MockResponse().setBody("{\"meta\": {\"code\": 200}, \"data\": [oops"));

        assertThat(aftership.track("YT2630100012345678")).isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
    }

    @Test
    void truncatedJsonIsAResponseFailure() {
        String ok = Fixtures.text("aftership/tracking_list_2026-07.json");
        server.enqueue(new MockResponse().setBody(ok.substring(0, 700)));

        assertThat(aftership.track("YT2630100012345678")).isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
    }


    @Test
    void sixtyNumbersAreTwoCallsAndAFailedCallFailsOnlyItsOwnNumbers() {
        AfterShipTracking readOnly = AfterShipTracking.of(AfterShipSettings.builder().apiKey(KEY)
                .baseUrl(server.url("/")).createMissing(false).http(TestHttp.settings(sleeper)).build());
        List<String> numbers = IntStream.range(0, 60).mapToObj(i -> "NUM" + i).toList();
        List<Integer> batchSizes = new ArrayList<>();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int size = request.getRequestUrl().queryParameter("tracking_numbers").split(",").length;
                synchronized (batchSizes) {
                    batchSizes.add(size);
                }
                return size == 50 ? emptyList() : new MockResponse().setResponseCode(502);
            }
        });

        List<TrackingResult> results = readOnly.track(numbers);

        assertThat(batchSizes).contains(50, 10);
        assertThat(results.subList(0, 50)).allSatisfy(r -> assertThat(r).isInstanceOf(TrackingResult.NotYetKnown.class));
        assertThat(results.subList(50, 60)).allSatisfy(r -> assertThat(r).isInstanceOf(TrackingResult.Failed.class));
    }

    @Test
    void aWebhookWithAValidSignatureIsParsed() {
        byte[] body = Fixtures.bytes("aftership/webhook_customs_documents.json");
        WebhookHeaders headers = WebhookHeaders.parse(List.of("Aftership-Hmac-Sha256: "
                + AfterShipWebhook.sign(body, SECRET)));

        Shipment shipment = aftership.parseWebhook(body, headers, SECRET).get(0);

        assertThat(shipment.id()).isEqualTo("order-2077");
        assertThat(shipment.latestEvent().orElseThrow()).satisfies(event -> {
            assertThat(event.code()).isEqualTo(EventCode.IMPORT_HELD);
            assertThat(event.reason()).hasValue(Reason.DOCUMENTS);
        });
    }

    @Test
    void theSignatureIsBase64HmacSha256OfTheRawBody() {
        // computed independently: printf '{}' | openssl dgst -sha256 -hmac key -binary | base64
        assertThat(AfterShipWebhook.sign("{}".getBytes(), "key"))
                .isEqualTo("p3dyTZQ+tI3Gm8qKSm1XoE2z+ex+HeTlgehgJlvfMDI=");
    }

    @Test
    void aWebhookWithAWrongSignatureIsRejected() {
        byte[] body = Fixtures.bytes("aftership/webhook_customs_documents.json");
        WebhookHeaders headers = WebhookHeaders.parse(List.of("aftership-hmac-sha256: "
                + AfterShipWebhook.sign(body, "another-secret")));

        assertThatThrownBy(() -> aftership.parseWebhook(body, headers, SECRET))
                .isInstanceOf(WebhookSignatureException.class).hasMessageNotContaining(SECRET);
    }

    @Test
    void aWebhookWithoutSignatureIsRejected() {
        byte[] body = Fixtures.bytes("aftership/webhook_customs_documents.json");

        assertThatThrownBy(() -> aftership.verifyWebhook(body, WebhookHeaders.none(), SECRET))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("missing");
    }

    /** AfterShip's 9 tags and every sub-tag documented up to API 2026-07 (research carrier-apis.md section 2). */
    private static final List<String> DOCUMENTED = vocabulary();

    private static List<String> vocabulary() {
        List<String> codes = new ArrayList<>(List.of("Pending", "InfoReceived", "InTransit", "OutForDelivery",
                "AttemptFail", "Delivered", "AvailableForPickup", "Exception", "Expired", "InfoReceived_001",
                "AvailableForPickup_001", "Expired_001", "OutForDelivery_001", "OutForDelivery_002",
                "OutForDelivery_003", "OutForDelivery_004"));
        IntStream.rangeClosed(1, 6).forEach(i -> codes.add(String.format("Pending_%03d", i)));
        IntStream.rangeClosed(1, 13).forEach(i -> codes.add(String.format("InTransit_%03d", i)));
        IntStream.rangeClosed(1, 3).forEach(i -> codes.add(String.format("AttemptFail_%03d", i)));
        IntStream.rangeClosed(1, 5).forEach(i -> codes.add(String.format("Delivered_%03d", i)));
        IntStream.rangeClosed(1, 21).forEach(i -> codes.add(String.format("Exception_%03d", i)));
        return List.copyOf(codes);
    }

    @Test
    void theWholeDocumentedVocabularyIsMappedWithoutWarnings() {
        try (LogCapture logs = LogCapture.start()) {
            for (String code : DOCUMENTED) {
                String tag = code.contains("_") ? code.substring(0, code.indexOf('_')) : code;
                assertThat(AfterShipStatusMap.TABLE.find(code)).as(code).isPresent();
                assertThat(AfterShipStatusMap.map(tag, code, "n")).as(code).isNotNull();
            }
            assertThat(logs.warnings()).isEmpty();
        }
        assertThat(AfterShipStatusMap.map("InTransit", "InTransit_004", "n").code()).isEqualTo(EventCode.ARRIVED_DESTINATION);
        assertThat(AfterShipStatusMap.map("InTransit", "InTransit_005", "n")).isEqualTo(StatusMapping.customs(false, null));
        assertThat(AfterShipStatusMap.map("InTransit", "InTransit_006", "n")).isEqualTo(StatusMapping.customs(true, null));
        assertThat(AfterShipStatusMap.map("Exception", "Exception_004", "n"))
                .isEqualTo(StatusMapping.customs(true, Reason.INSPECTION));
        assertThat(AfterShipStatusMap.map("Exception", "Exception_018", "n"))
                .isEqualTo(StatusMapping.customs(true, Reason.DOCUMENTS));
        assertThat(AfterShipStatusMap.map("Exception", "Exception_013", "n").code()).isEqualTo(EventCode.LOST);
    }

    @Test
    void anUnknownSubtagFallsBackToItsTagWithAWarningAndAnUnknownTagIsUnknown() {
        try (LogCapture logs = LogCapture.start()) {
            assertThat(AfterShipStatusMap.map("InTransit", "InTransit_099", "n").code()).isEqualTo(EventCode.IN_TRANSIT);
            assertThat(AfterShipStatusMap.map("Teleported", "Teleported_001", "n").code()).isEqualTo(EventCode.UNKNOWN);
            assertThat(logs.warnings()).hasSize(2).anySatisfy(line -> assertThat(line).contains("InTransit_099"));
        }
    }

    @Test
    void theApiKeyAppearsInNoLogLineAndNoExceptionMessage() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"meta\":{\"code\":401,\"message\":\"Invalid API Key "
                + KEY + "\",\"type\":\"Unauthorized\"},\"data\":{}}"));
        try (LogCapture logs = LogCapture.start()) {
            TrackingResult result = aftership.track("YT2630100012345678");

            assertThat(((TrackingResult.Failed) result).error().getMessage()).doesNotContain(KEY);
            assertThat(logs.lines()).isNotEmpty().noneSatisfy(line -> assertThat(line).contains(KEY));
            assertThat(aftership.toString()).doesNotContain(KEY);
        }
    }
}
