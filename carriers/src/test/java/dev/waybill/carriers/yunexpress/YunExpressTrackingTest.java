package dev.waybill.carriers.yunexpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.CarrierServerException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.mapping.StatusTable;
import dev.waybill.carriers.testing.Fixtures;
import dev.waybill.carriers.testing.LogCapture;
import dev.waybill.carriers.testing.RecordingSleeper;
import dev.waybill.carriers.testing.TestHttp;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class YunExpressTrackingTest {

    private static final String REAL = "YT2222222222222222";
    private static final String REAL_BODY = "yunexpress/laradocs-get-track-all-info-au-submitted.json";
    private static final String ERROR_BODY = "yunexpress/oms-create-order-error-500.json";
    private static final String CODE = "CN0099001";
    private static final String SECRET = "Yt+Secret/2024=";
    /** {@code printf '%s' 'CN0099001&Yt+Secret/2024=' | base64}, computed outside Waybill. */
    private static final String TOKEN = "Q04wMDk5MDAxJll0K1NlY3JldC8yMDI0PQ==";

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private YunExpressTracking yun;

    @BeforeEach
    void start() throws IOException {
        server.start();
        yun = YunExpressTracking.of(YunExpressSettings.builder().customerCode(CODE).apiSecret(SECRET)
                .baseUrl(server.url("/")).http(TestHttp.settings(sleeper)).build());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static MockResponse json(String fixture) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(Fixtures.text(fixture));
    }

    private static MockResponse json(String status, String body) {
        return new MockResponse().setResponseCode(Integer.parseInt(status)).setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    @Test
    void theCredentialIsBase64OfTheCodeAndTheSecretJoinedByAnAmpersand() {
        assertThat(YunExpressCredentials.token(CODE, SECRET)).isEqualTo(TOKEN);
        // printf '%s' 'C06901&3VniAsdO6mU=' | base64: the shape of an OMS customer code and secret
        assertThat(YunExpressCredentials.header("C06901", "3VniAsdO6mU=")).isEqualTo("Basic QzA2OTAxJjNWbmlBc2RPNm1VPQ==");
    }

    @Test
    void eachNumberIsOneGetOfTheWholeJourneyWithTheBasicCredential() throws Exception {
        server.enqueue(json(REAL_BODY));
        server.enqueue(json(REAL_BODY));

        yun.track(List.of(REAL, "ORDER 42"));

        RecordedRequest first = server.takeRequest();
        assertThat(first.getMethod()).isEqualTo("GET");
        assertThat(first.getPath()).isEqualTo("/api/Tracking/GetTrackAllInfo?OrderNumber=" + REAL);
        assertThat(first.getHeader("Authorization")).isEqualTo("Basic " + TOKEN);
        assertThat(first.getHeader("Accept")).isEqualTo("application/json");
        assertThat(server.takeRequest().getRequestUrl().queryParameter("OrderNumber")).isEqualTo("ORDER 42");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void theRealAnswerIsAnAustralianOrderWhoseDataIsInAndNoParcelYet() {
        server.enqueue(json(REAL_BODY));

        TrackingResult result = yun.track(REAL);

        assertThat(result).isInstanceOf(TrackingResult.Found.class);
        Shipment shipment = ((TrackingResult.Found) result).shipment();
        assertThat(shipment.trackingNumber()).contains(REAL);
        assertThat(shipment.lane().carrier()).hasValue("yunexpress");
        assertThat(shipment.origin()).isEqualTo(CountryCode.of("CN"));
        assertThat(shipment.destination()).isEqualTo(CountryCode.of("AU"));
        assertThat(shipment.events()).singleElement().satisfies(event -> {
            assertThat(event.code()).isEqualTo(EventCode.LABEL_CREATED);
            assertThat(event.at().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2021-12-28T23:38:38"));
            assertThat(event.detail()).hasValue("10: xxxxxxx xxxxxxx xxxxxxx");
        });
        assertThat(shipment.carrierStatus().orElseThrow().progress()).isEqualTo(CarrierStatus.Progress.PRE_TRANSIT);
        assertThat(shipment.carrierStatus().orElseThrow().said()).isEqualTo("YunExpress PackageState 1");
        assertThat(shipment.carrierStatus().orElseThrow().at()).as("the body does not date its state").isEmpty();
        assertThat(shipment.handOver()).isEmpty();
    }

    @Test
    void anErrorEnvelopeIsAFailureWithYunExpressCodeAndMessageNeverAnEmptySuccess() {
        server.enqueue(json(ERROR_BODY));

        assertThat(yun.track(REAL)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed -> {
            assertThat(failed.error()).isInstanceOf(CarrierRequestException.class);
            assertThat(failed.error().getMessage()).contains("500").contains("502 (Bad Gateway)");
        });
        assertThat(yun.read(Fixtures.bytes(ERROR_BODY)).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ParsedBody.Problem.Kind.API_ERROR);
            assertThat(problem.code()).isEqualTo("500");
        });
    }

    @Test
    void anAnswerWithoutItemOrEventsIsNotYetKnownUnderTheNumberAsked() {
        // written for this test from the documented envelope: Code 0000 with no Item, and an Item without events
        server.enqueue(json("200", "{\"Item\":null,\"Code\":\"0000\",\"Message\":\"提交成功\"}"));
        server.enqueue(json("200", "{\"Item\":{\"WaybillNumber\":\"YT1\",\"PackageState\":1,"
                + "\"OrderTrackingDetails\":[]},\"Code\":\"0000\"}"));

        assertThat(yun.track("YT404")).isInstanceOfSatisfying(TrackingResult.NotYetKnown.class, unknown ->
                assertThat(unknown.detail().orElseThrow()).contains("no events"));
        assertThat(yun.track("YT1")).isInstanceOf(TrackingResult.NotYetKnown.class);
        assertThat(yun.read("{\"Item\":null,\"Code\":\"0000\"}".getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().extracting(ParsedBody.Problem::kind).isEqualTo(ParsedBody.Problem.Kind.NOT_FOUND);
    }

    @Test
    void aLastMileNumberIsTheHandOverToTheCarrierYunExpressNames() {
        // written for this test from the documented Item fields (TrackingNumber, ProviderName, TrackNodeCode)
        String body = "{\"Code\":\"0000\",\"Item\":{\"WaybillNumber\":\"YT2410421266000001\",\"CountryCode\":\"US\","
                + "\"TrackingNumber\":\"9400111899223197428490\",\"ProviderName\":\"USPS\",\"PackageState\":2,"
                + "\"OrderTrackingDetails\":[{\"ProcessDate\":\"2024-04-13T09:10:00\",\"ProcessCountry\":\"CN\","
                + "\"ProcessCity\":\"Shenzhen\",\"TrackNodeCode\":\"FIRST_MILE_ARRIVE\",\"TrackingStatus\":20,"
                + "\"ProcessContent\":\"Arrived at YunExpress facility\"},{\"ProcessDate\":\"2024-04-20T08:00:00\","
                + "\"ProcessCountry\":\"US\",\"TrackNodeCode\":\"CUSTOMS_HOLD\",\"ProcessContent\":\"Held by customs\"}]}}";

        Shipment shipment = yun.parse(body.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(shipment.handOver()).contains(new HandOver("usps", "9400111899223197428490", null));
        assertThat(shipment.events()).extracting(TrackingEvent::code)
                .containsExactly(EventCode.PICKED_UP, EventCode.IMPORT_HELD);
        assertThat(shipment.events().get(1).reason()).hasValue(Reason.INSPECTION);
        assertThat(shipment.events().get(0).detail().orElseThrow()).startsWith("FIRST_MILE_ARRIVE");
        assertThat(shipment.carrierStatus().orElseThrow().progress()).isEqualTo(CarrierStatus.Progress.IN_TRANSIT);
    }

    @Test
    void http401IsAnAuthenticationFailureAndNoLogLineHoldsTheSecretOrTheCredential() {
        try (LogCapture logs = LogCapture.start()) {
            server.enqueue(json("401", "{\"Code\":\"401\",\"Message\":\"Authorization " + TOKEN + " refused\"}"));

            assertThat(yun.track(REAL)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed -> {
                assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class);
                assertThat(failed.error().getMessage()).doesNotContain(TOKEN).doesNotContain(SECRET);
            });
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(TOKEN) || line.contains(SECRET));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(yun.toString()).contains("customerCode=" + CODE, "apiSecret=██").doesNotContain(SECRET);
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));
        server.enqueue(json(REAL_BODY));

        assertThat(yun.track(REAL)).isInstanceOf(TrackingResult.Found.class);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void malformedAndTruncatedBodiesAreResponseFailuresInWords() {
        server.enqueue(new MockResponse().setBody("<html>busy</html>"));
        String ok = Fixtures.text(REAL_BODY);
        server.enqueue(new MockResponse().setBody(ok.substring(0, ok.length() / 2)));

        assertThat(yun.track(List.of(REAL))).singleElement().isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
        assertThat(yun.track(List.of(REAL))).singleElement().isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierResponseException.class));
        assertThatThrownBy(() -> yun.parse("{\"Item\":null}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CarrierResponseException.class).hasMessageContaining("Code");
    }

    @Test
    void aBatchIsOneCallPerNumberAndAFailedCallFailsOnlyItsNumber() {
        YunExpressTracking once = YunExpressTracking.of(YunExpressSettings.builder().customerCode(CODE)
                .apiSecret(SECRET).baseUrl(server.url("/"))
                .http(TestHttp.settings(sleeper).toBuilder().maxAttempts(1).build()).build());
        server.enqueue(json(REAL_BODY));
        server.enqueue(new MockResponse().setResponseCode(500));

        List<TrackingResult> results = once.track(List.of(REAL, "YT3333333333333333"));

        assertThat(once.batchLimit()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(results.get(0)).isInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierServerException.class));
    }

    @Test
    void withoutCredentialsTrackingSaysWhatToSetButParsingWorks() {
        YunExpressTracking bare = YunExpressTracking.of(YunExpressSettings.builder().customerCode(CODE)
                .baseUrl(server.url("/")).build());

        assertThatThrownBy(() -> bare.track(REAL)).isInstanceOf(IllegalStateException.class)
                .hasMessage("YunExpressTracking has no customerCode/apiSecret: set them to track");
        assertThat(bare.parse(Fixtures.bytes(REAL_BODY))).hasSize(1);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void everyPackageStateIsMappedWithoutWarnings() {
        walk(YunExpressStatusMap.PACKAGE_STATES, Map.of("0", EventCode.UNKNOWN, "1", EventCode.LABEL_CREATED,
                "2", EventCode.IN_TRANSIT, "3", EventCode.DELIVERED, "4", EventCode.PICKED_UP, "5", EventCode.UNKNOWN,
                "6", EventCode.DELIVERY_FAILED, "7", EventCode.RETURN_TO_SENDER));
    }

    @Test
    void everyTrackingStatusIsMappedWithoutWarningsAndAnExceptionIsReadFromItsText() {
        walk(YunExpressStatusMap.TRACKING_STATUSES, Map.of("0", EventCode.UNKNOWN, "10", EventCode.LABEL_CREATED,
                "20", EventCode.IN_TRANSIT, "30", EventCode.AVAILABLE_FOR_PICKUP, "40", EventCode.DELIVERY_FAILED,
                "50", EventCode.DELIVERED, "60", EventCode.UNKNOWN, "80", EventCode.IMPORT_HELD,
                "90", EventCode.RETURN_TO_SENDER));
        assertThat(YunExpressStatusMap.TRACKING_STATUSES.map("80", "n").customsByPosition()).isTrue();
        String body = "{\"Code\":\"0000\",\"Item\":{\"WaybillNumber\":\"YT5\",\"CountryCode\":\"DE\","
                + "\"OrderTrackingDetails\":[{\"ProcessDate\":\"2024-05-02T10:00:00\",\"TrackingStatus\":60,"
                + "\"ProcessContent\":\"Delivery attempted - recipient not home\"}]}}";
        TrackingEvent event = yun.parse(body.getBytes(StandardCharsets.UTF_8)).get(0).events().get(0);
        assertThat(event.code()).isEqualTo(EventCode.DELIVERY_FAILED);
        assertThat(event.detail().orElseThrow()).startsWith("60: ");
    }

    @Test
    void everyTrackNodeIsMappedWithoutWarnings() {
        walk(YunExpressStatusMap.NODES, Map.ofEntries(Map.entry("ORDER_CREATION", EventCode.LABEL_CREATED),
                Map.entry("FIRST_MILE_ARRIVE", EventCode.PICKED_UP), Map.entry("IN_TRANSIT", EventCode.IN_TRANSIT),
                Map.entry("INTERNATIONAL_SHIP", EventCode.DEPARTED_ORIGIN),
                Map.entry("MAIN_LINE_ARRIVE", EventCode.ARRIVED_DESTINATION),
                Map.entry("CUSTOMS_CLEARANCE", EventCode.IMPORT_HELD), Map.entry("CUSTOMS_HOLD", EventCode.IMPORT_HELD),
                Map.entry("CUSTOMS_EXCEPTION", EventCode.IMPORT_HELD),
                Map.entry("LAST_MILE_DELIVERY", EventCode.OUT_FOR_DELIVERY),
                Map.entry("DELIVERY_FAILURE", EventCode.DELIVERY_FAILED), Map.entry("DELIVERED", EventCode.DELIVERED),
                Map.entry("PACKAGE_LOST", EventCode.LOST), Map.entry("RETURNED", EventCode.RETURN_TO_SENDER)));
    }

    private static void walk(StatusTable table, Map<String, EventCode> expected) {
        try (LogCapture logs = LogCapture.start()) {
            expected.forEach((code, event) -> assertThat(table.map(code, "n").code()).as(code).isEqualTo(event));
            assertThat(table.codes()).hasSize(expected.size());
            assertThat(logs.warnings()).isEmpty();
        }
    }

    @Test
    void pushesAreRefusedBecauseYunExpressIsPolled() {
        assertThatThrownBy(() -> yun.verifyWebhook(new byte[0], WebhookHeaders.of(Map.of()), "x"))
                .isInstanceOf(WebhookSignatureException.class);
    }
}
