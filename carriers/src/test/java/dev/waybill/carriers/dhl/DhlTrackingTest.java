package dev.waybill.carriers.dhl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.testing.Fixtures;
import dev.waybill.carriers.testing.LogCapture;
import dev.waybill.carriers.testing.RecordingSleeper;
import dev.waybill.carriers.testing.TestHttp;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TimeBasis;
import dev.waybill.shipment.TrackingEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DhlTrackingTest {

    private static final String KEY = "test-dhl-key-0001";

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private DhlTracking dhl;

    @BeforeEach
    void start() throws IOException {
        server.start();
        dhl = DhlTracking.of(DhlSettings.builder().apiKey(KEY).baseUrl(server.url("/"))
                .service("express").http(TestHttp.settings(sleeper)).build());
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
    void trackingRequestSendsTheKeyHeaderAndTheNumberAsQuery() throws InterruptedException {
        server.enqueue(json(200, "dhl/tracking_ok.json"));

        dhl.track("1234567890");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/track/shipments");
        assertThat(request.getRequestUrl().queryParameter("trackingNumber")).isEqualTo("1234567890");
        assertThat(request.getRequestUrl().queryParameter("service")).isEqualTo("express");
        assertThat(request.getHeader("DHL-API-Key")).isEqualTo(KEY);
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void expressResponseBecomesANormalisedTimeline() {
        server.enqueue(json(200, "dhl/tracking_ok.json"));

        TrackingResult result = dhl.track("1234567890");

        assertThat(result).isInstanceOf(TrackingResult.Found.class);
        Shipment shipment = ((TrackingResult.Found) result).shipment();
        assertThat(shipment.id()).isEqualTo("1234567890");
        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("CN"));
        assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("DE"));
        assertThat(shipment.lane().carrier()).hasValue("dhl");
        assertThat(shipment.weightKg().orElseThrow()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(shipment.events()).extracting(TrackingEvent::code).containsExactly(
                EventCode.LABEL_CREATED, EventCode.PICKED_UP, EventCode.HUB_SCAN, EventCode.HUB_SCAN,
                EventCode.ARRIVED_DESTINATION, EventCode.IMPORT_CLEARED, EventCode.OUT_FOR_DELIVERY, EventCode.DELIVERED);
        assertThat(shipment.events().get(0).detail()).hasValue(
                "pre-transit: SHIPMENT INFORMATION RECEIVED / Shipment information received");
    }

    @Test
    void localTimeWithoutOffsetIsResolvedInTheZoneOfTheEventsCountry() {
        server.enqueue(json(200, "dhl/tracking_ok.json"));

        Shipment shipment = ((TrackingResult.Found) dhl.track("1234567890")).shipment();

        TrackingEvent arrived = shipment.events().stream().filter(e -> e.detail().orElseThrow().startsWith("transit: ARRIVED"))
                .findFirst().orElseThrow();
        assertThat(arrived.timeBasis()).isEqualTo(TimeBasis.ZONE_OF_LOCATION);
        assertThat(arrived.at()).isEqualTo(OffsetDateTime.parse("2026-11-07T06:30:00+01:00"));
    }

    @Test
    void openApiExampleWithANumericIdAndAnOffsetlessTimeIsRead() {
        List<Shipment> shipments = dhl.parse(Fixtures.bytes("dhl/openapi_example.json"));

        assertThat(shipments).hasSize(1);
        Shipment shipment = shipments.get(0);
        assertThat(shipment.trackingNumber()).hasValue("7777777770");
        assertThat(shipment.events()).singleElement().satisfies(event -> {
            // statusCode pre-transit, but status 'DELIVERED': the text says more than the code
            assertThat(event.code()).isEqualTo(EventCode.DELIVERED);
            assertThat(event.reading().orElseThrow().rule()).isEqualTo("en.delivered");
            assertThat(event.timeBasis()).isEqualTo(TimeBasis.ZONE_OF_LOCATION);
            assertThat(event.at()).isEqualTo(OffsetDateTime.parse("2018-03-02T07:53:47+01:00"));
        });
    }

    @Test
    void unknownNumberIsNotYetKnown() {
        server.enqueue(json(404, "dhl/not_found_404.json"));

        TrackingResult result = dhl.track("8264715546");

        assertThat(result).isInstanceOf(TrackingResult.NotYetKnown.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void http401IsAnAuthenticationFailureThatIsNotRetried() {
        server.enqueue(json(401, "dhl/error_401.json"));

        TrackingResult result = dhl.track("1234567890");

        assertThat(result).isInstanceOfSatisfying(TrackingResult.Failed.class, failed -> {
            assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class);
            assertThat(failed.error().status()).hasValue(401);
            assertThat(failed.error().getMessage()).contains("carrier: dhl").contains("status: 401")
                    .doesNotContain(KEY);
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7")
                .setBody("{\"title\":\"Too many requests\",\"status\":429}"));
        server.enqueue(json(200, "dhl/tracking_ok.json"));

        TrackingResult result = dhl.track("1234567890");

        assertThat(result).isInstanceOf(TrackingResult.Found.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }


    @Test
    void malformedJsonIsAResponseFailure() {
        server.enqueue(new MockResponse().setBody("<html>gateway</html>"));

        TrackingResult result = dhl.track("1234567890");

        assertThat(result).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierResponseException.class)
                        .hasMessageContaining("not JSON"));
    }

    @Test
    void truncatedJsonIsAResponseFailure() {
        String ok = Fixtures.text("dhl/tracking_ok.json");
        server.enqueue(new MockResponse().setBody(ok.substring(0, ok.length() / 2)));

        TrackingResult result = dhl.track("1234567890");

        assertThat(result).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }


    @Test
    void aBatchIsOneCallPerNumberAndOneBadNumberFailsAlone() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String number = request.getRequestUrl().queryParameter("trackingNumber");
                return switch (number) {
                    case "1234567890" -> json(200, "dhl/tracking_ok.json");
                    case "BAD" -> new MockResponse().setResponseCode(400)
                            .setBody("{\"title\":\"Bad Request\",\"detail\":\"invalid tracking number\"}");
                    default -> json(404, "dhl/not_found_404.json");
                };
            }
        });

        List<TrackingResult> results = dhl.track(List.of("1234567890", "BAD", "0000000000", "1234567890"));

        assertThat(results).hasSize(4);
        assertThat(results.get(0)).isInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(1)).isInstanceOf(TrackingResult.Failed.class);
        assertThat(results.get(2)).isInstanceOf(TrackingResult.NotYetKnown.class);
        assertThat(results.get(3)).isEqualTo(results.get(0));
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(dhl.batchLimit()).isEqualTo(1);
    }

    @Test
    void pushTokenInTheConfiguredHeaderIsAccepted() {
        DhlTracking pushed = DhlTracking.of(DhlSettings.builder().webhookHeader("X-Push-Token").build());
        byte[] body = Fixtures.bytes("dhl/tracking_ok.json");

        List<Shipment> shipments = pushed.parseWebhook(body,
                WebhookHeaders.parse(List.of(DhlWebhook.header("x-push-token", "s3cret-token"))), "s3cret-token");

        assertThat(shipments).hasSize(1);
    }

    @Test
    void aWrongPushTokenIsRejected() {
        byte[] body = Fixtures.bytes("dhl/tracking_ok.json");

        assertThatThrownBy(() -> dhl.verifyWebhook(body, WebhookHeaders.parse(List.of("X-Push-Token: guess")),
                "s3cret-token")).isInstanceOf(WebhookSignatureException.class).hasMessageNotContaining("s3cret");
    }

    @Test
    void aMissingPushTokenIsRejected() {
        DhlTracking pushed = DhlTracking.of(DhlSettings.builder().webhookHeader("X-Push-Token").build());

        assertThatThrownBy(() -> pushed.verifyWebhook(new byte[0], WebhookHeaders.none(), "s3cret-token"))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("missing");
    }

    @Test
    void theWholeStatusCodeVocabularyIsMappedWithoutWarnings() {
        try (LogCapture logs = LogCapture.start()) {
            // the documented statusCode values (DHL UTAPI OpenAPI, TrackingShipmentStatus)
            Map<String, EventCode> expected = Map.of("pre-transit", EventCode.LABEL_CREATED,
                    "transit", EventCode.IN_TRANSIT, "delivered", EventCode.DELIVERED,
                    "failure", EventCode.DELIVERY_FAILED, "unknown", EventCode.UNKNOWN);
            for (String code : List.of("pre-transit", "transit", "delivered", "failure", "unknown")) {
                assertThat(DhlStatusMap.TABLE.map(code, "n").code()).as(code).isEqualTo(expected.get(code));
            }
            assertThat(logs.warnings()).isEmpty();
        }
    }

    @Test
    void freeTextRefinesTransitFailureAndPreTransitCodesThroughTheTextRules() {
        assertThat(onlyEvent("failure", "Delivery attempted; incorrect address").reason())
                .hasValue(dev.waybill.shipment.Reason.ADDRESS);
        assertThat(onlyEvent("transit", "Clearance processing complete at LEIPZIG - GERMANY").code())
                .isEqualTo(EventCode.IMPORT_CLEARED);
        assertThat(onlyEvent("transit", "Die Sendung wurde erfolgreich zugestellt.").reading().orElseThrow().rule())
                .isEqualTo("de.delivered");
        assertThat(onlyEvent("pre-transit", "DELIVERED").code()).isEqualTo(EventCode.DELIVERED);
        assertThat(onlyEvent("transit", "Unterwegs zum Zustellzentrum").reading()).isEmpty();
    }

    private TrackingEvent onlyEvent(String statusCode, String description) {
        String body = "{\"shipments\":[{\"id\":\"42\",\"destination\":{\"address\":{\"countryCode\":\"DE\"}},"
                + "\"events\":[{\"timestamp\":\"2026-11-05T09:12:00Z\",\"statusCode\":\"" + statusCode
                + "\",\"description\":\"" + description + "\"}]}]}";
        return dhl.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).get(0).events().get(0);
    }

    @Test
    void anUnmappedStatusCodeBecomesUnknownWithTheRawCodeAndAWarning() {
        String body = "{\"shipments\":[{\"id\":\"42\",\"events\":[{\"timestamp\":\"2026-11-05T09:12:00Z\","
                + "\"statusCode\":\"teleported\",\"status\":\"BEAMED\"}]}]}";
        try (LogCapture logs = LogCapture.start()) {
            TrackingEvent event = dhl.parse(body.getBytes()).get(0).events().get(0);

            assertThat(event.code()).isEqualTo(EventCode.UNKNOWN);
            assertThat(event.detail().orElseThrow()).contains("teleported");
            assertThat(logs.warnings()).anySatisfy(line -> assertThat(line).contains("teleported"));
        }
    }

    @Test
    void theApiKeyAppearsInNoLogLineAndNoExceptionMessage() {
        server.enqueue(json(401, "dhl/error_401.json"));
        server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"detail\":\"upstream rejected " + KEY + "\"}"));
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(500));
        }
        try (LogCapture logs = LogCapture.start()) {
            List<TrackingResult> results = dhl.track(List.of("1234567890", "2234567890"));

            assertThat(logs.lines()).isNotEmpty().noneSatisfy(line -> assertThat(line).contains(KEY));
            assertThat(results).allSatisfy(result -> assertThat(((TrackingResult.Failed) result).error().getMessage())
                    .doesNotContain(KEY));
            assertThat(dhl.toString()).doesNotContain(KEY);
        }
    }

    @Test
    void trackingWithoutAKeyIsAStateError() {
        DhlTracking keyless = DhlTracking.of(DhlSettings.builder().build());

        assertThatThrownBy(() -> keyless.track("1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBodyThatIsNotDhlIsRefusedByParse() {
        assertThatThrownBy(() -> dhl.parse(new Buffer().writeUtf8("{\"data\":{}}").readByteArray()))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("carrier: dhl");
    }
}
