package dev.waybill.examples.yunexpress;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.CarrierConnectionException;
import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.CarrierServerException;
import dev.waybill.carrier.Carriers;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TimeBasis;
import dev.waybill.shipment.TrackingEvent;
import dev.waybill.testing.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class YunExpressTrackingTest {

    private static final String SECRET = "yun-app-secret-7f3e9a";
    private static final String SOURCE_KEY = "yun-source-key-1b2c";
    private static final Instant NOW = Instant.parse("2026-11-10T00:00:00Z");

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private YunExpressTracking yun;

    @BeforeEach
    void start() throws IOException {
        server.start();
        yun = YunExpressTracking.of(settings(HttpSettings.builder()));
    }

    private YunExpressSettings settings(HttpSettings.Builder http) {
        return YunExpressSettings.builder().appId("app-42").appSecret(SECRET).sourceKey(SOURCE_KEY)
                .baseUrl(server.url("/")).http(http.sleeper(waits::add).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                        .initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(100)).maxConcurrency(1)
                        .readTimeout(Duration.ofSeconds(2)).build()).build();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static String fixture(String name) {
        try (InputStream in = YunExpressTrackingTest.class.getResourceAsStream("/yunexpress/" + name)) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockResponse json(String name) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(fixture(name));
    }

    private static String hmacBase64(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(UTF_8)));
    }

    @Test
    void aTokenIsFetchedThenTheTrackingCallIsSignedWithIt() throws Exception {
        server.enqueue(json("token.json"));
        server.enqueue(json("track_ok.json"));

        yun.track("YT2630100077777777");

        RecordedRequest token = server.takeRequest();
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(token.getRequestUrl().encodedPath()).isEqualTo("/openapi/oauth2/token");
        assertThat(token.getBody().readUtf8()).isEqualTo("{\"grantType\":\"client_credentials\",\"appId\":\"app-42\","
                + "\"appSecret\":\"" + SECRET + "\",\"sourceKey\":\"" + SOURCE_KEY + "\"}");
        RecordedRequest track = server.takeRequest();
        assertThat(track.getMethod()).isEqualTo("GET");
        assertThat(track.getRequestUrl().encodedPath()).isEqualTo("/v1/track-service/info/get");
        assertThat(track.getRequestUrl().queryParameter("order_number")).isEqualTo("YT2630100077777777");
        assertThat(track.getHeader("token")).isEqualTo("eyJhbGciOiJIUzI1NiJ9.sandbox.token");
        assertThat(track.getHeader("date")).isEqualTo(Long.toString(NOW.toEpochMilli()));
        assertThat(track.getHeader("sign")).isEqualTo(hmacBase64(SECRET,
                "date=" + NOW.toEpochMilli() + "&method=GET&uri=/v1/track-service/info/get"));
    }

    @Test
    void theTokenIsReusedUntilItExpires() {
        server.enqueue(json("token.json"));
        server.enqueue(json("track_ok.json"));
        server.enqueue(json("track_ok.json"));

        yun.track("YT2630100077777777");
        yun.track("YT2630100077777777");

        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void trackEventsBecomeATimelineWithUtcAndLocalTimesResolved() {
        server.enqueue(json("token.json"));
        server.enqueue(json("track_ok.json"));

        Shipment shipment = ((TrackingResult.Found) yun.track("YT2630100077777777")).shipment();

        assertThat(shipment.id()).isEqualTo("order-5005");
        assertThat(shipment.lane().origin()).isEqualTo(CountryCode.of("CN"));
        assertThat(shipment.lane().destination()).isEqualTo(CountryCode.of("NL"));
        assertThat(shipment.lane().carrier()).hasValue("yunexpress-example");
        assertThat(shipment.events()).extracting(TrackingEvent::code).containsExactly(EventCode.LABEL_CREATED,
                EventCode.PICKED_UP, EventCode.EXPORT_HELD, EventCode.DEPARTED_ORIGIN, EventCode.ARRIVED_DESTINATION,
                EventCode.IMPORT_HELD);
        assertThat(shipment.events().get(0).at()).isEqualTo(OffsetDateTime.parse("2026-11-02T08:00:00Z"));
        assertThat(shipment.events().get(1).timeBasis()).isEqualTo(TimeBasis.ZONE_OF_LOCATION);
        assertThat(shipment.events().get(1).at()).isEqualTo(OffsetDateTime.parse("2026-11-03T11:20:00+08:00"));
        assertThat(shipment.events().get(5).reason()).hasValue(Reason.INSPECTION);
        assertThat(shipment.events().get(5).detail()).hasValue("CUSTOMS_HOLD: Held by customs");
    }

    @Test
    void anUnknownNumberIsNotYetKnown() {
        server.enqueue(json("token.json"));
        server.enqueue(json("track_not_found.json"));

        assertThat(yun.track("YT0000000000000000")).isInstanceOf(TrackingResult.NotYetKnown.class);
    }

    @Test
    void aRefusedTokenIsAnAuthenticationFailureThatIsNotRetried() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"code\":\"401\",\"msg\":\"invalid appId\"}"));

        assertThat(yun.track("YT2630100077777777")).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class)
                        .hasMessageContaining("carrier: yunexpress-example").hasMessageContaining("status: 401"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void http429WithRetryAfterIsRetriedAfterTheWaitAsked() {
        server.enqueue(json("token.json"));
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "4"));
        server.enqueue(json("track_ok.json"));

        assertThat(yun.track("YT2630100077777777")).isInstanceOf(TrackingResult.Found.class);
        assertThat(waits).containsExactly(Duration.ofSeconds(4));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void http502UntilAttemptsRunOutFailsWithAServerException() {
        server.enqueue(json("token.json"));
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(502));
        }

        assertThat(yun.track("YT2630100077777777")).isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                assertThat(failed.error()).isInstanceOf(CarrierServerException.class));
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void malformedAndTruncatedJsonAreResponseFailures() {
        server.enqueue(json("token.json"));
        server.enqueue(new MockResponse().setBody("success=true"));
        server.enqueue(new MockResponse().setBody(fixture("track_ok.json").substring(0, 400)));

        assertThat(yun.track(List.of("A1", "A2"))).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(TrackingResult.Failed.class, failed ->
                        assertThat(failed.error()).isInstanceOf(CarrierResponseException.class)));
    }

    @Test
    void aSlowBodyHitsTheReadTimeoutAndIsAConnectionFailure() {
        YunExpressTracking impatient = YunExpressTracking.of(settings(HttpSettings.builder()
                .readTimeout(Duration.ofMillis(200)).maxAttempts(1)).toBuilder()
                .http(HttpSettings.builder().sleeper(waits::add).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                        .readTimeout(Duration.ofMillis(200)).maxAttempts(1).build()).build());
        server.enqueue(json("token.json"));
        server.enqueue(json("track_ok.json").throttleBody(8, 1, TimeUnit.SECONDS));

        assertThat(impatient.track("YT2630100077777777")).isInstanceOfSatisfying(TrackingResult.Failed.class,
                failed -> assertThat(failed.error()).isInstanceOf(CarrierConnectionException.class));
    }

    @Test
    void aBatchIsOneCallPerNumberAndARefusedNumberFailsAlone() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getPath().startsWith("/openapi")) {
                    return json("token.json");
                }
                return switch (request.getRequestUrl().queryParameter("order_number")) {
                    case "GOOD" -> json("track_ok.json");
                    case "BAD" -> new MockResponse().setBody("{\"success\":false,\"code\":\"1001\",\"msg\":\"order not found\"}");
                    default -> json("track_not_found.json");
                };
            }
        });

        List<TrackingResult> results = yun.track(List.of("GOOD", "BAD", "NEW"));

        assertThat(results.get(0)).isInstanceOf(TrackingResult.Found.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(TrackingResult.Failed.class, failed -> {
            assertThat(failed.error()).isInstanceOf(CarrierRequestException.class);
            assertThat(failed.error().carrierCode()).hasValue("1001");
        });
        assertThat(results.get(2)).isInstanceOf(TrackingResult.NotYetKnown.class);
    }

    @Test
    void pushesAreRejectedSinceNoSignatureSchemeIsDocumentedButTheirBodiesParse() throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var info = mapper.readTree(fixture("track_ok.json")).get("result").get(0).get("track_Info");
        byte[] push = mapper.writeValueAsBytes(mapper.createObjectNode().set("data", info));

        assertThatThrownBy(() -> yun.parseWebhook(push, WebhookHeaders.parse(List.of("sign: anything")), SECRET))
                .isInstanceOf(WebhookSignatureException.class);
        assertThat(yun.parse(push)).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo("order-5005"));
    }

    @Test
    void theWholeSeenNodeVocabularyIsMappedAndAnUnknownNodeIsUnknown() {
        for (String code : List.of("ORDER_CREATION", "FIRST_MILE_ARRIVE", "IN_TRANSIT", "INTERNATIONAL_SHIP",
                "MAIN_LINE_ARRIVE", "CUSTOMS_CLEARANCE", "CUSTOMS_HOLD", "CUSTOMS_EXCEPTION", "LAST_MILE_DELIVERY",
                "DELIVERY_FAILURE", "DELIVERED", "PACKAGE_LOST", "RETURNED")) {
            assertThat(YunExpressStatusMap.TABLE.find(code)).as(code).isPresent();
        }
        assertThat(YunExpressStatusMap.TABLE.map("TELEPORTED", "n").code()).isEqualTo(EventCode.UNKNOWN);
    }

    @Test
    void theProviderIsFoundOnTheClassPathBesideTheProductionAdapter() {
        Carriers carriers = Carriers.load(getClass().getClassLoader(), CarrierConfig::empty);
        assertThat(carriers.names()).contains("yunexpress-example", "yunexpress");
        assertThat(carriers.get("yunexpress-example")).isInstanceOf(YunExpressTracking.class);
        assertThat(carriers.get("yunexpress")).isNotInstanceOf(YunExpressTracking.class);
    }

    @Test
    void theSecretsAppearInNoLogLineAndNoExceptionMessage() {
        server.enqueue(json("token.json"));
        server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"code\":\"400\",\"msg\":\"bad sign for secret "
                + SECRET + " and source " + SOURCE_KEY + "\"}"));
        Secrets.register(SECRET, SOURCE_KEY); // LeakGuard fails this test if either reaches a log line

        TrackingResult result = yun.track("YT2630100077777777");

        Secrets.assertNoneIn(((TrackingResult.Failed) result).error());
        assertThat(yun.toString()).doesNotContain(SECRET);
    }
}
