package dev.waybill.carriers.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.waybill.carrier.CarrierConnectionException;
import dev.waybill.carrier.CarrierException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.CarrierServerException;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.carriers.testing.RecordingSleeper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every adapter does when the network or a proxy misbehaves, on MockWebServer: each fault ends
 * in a typed {@link CarrierException} for the number tracked, within a bounded time, with no key in
 * its message and no key sent to a host other than the base URL's. Each test runs once per adapter
 * of {@link AdapterUnderTest#all()}.
 */
class CarrierFaultsTest {

    private static final int ATTEMPTS = 2;
    private static final long MAX_BODY = 64 * 1024;
    /** A hang guard, not a speed measurement: every fault here ends in well under a second per attempt. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private final MockWebServer server = new MockWebServer();
    private final MockWebServer elsewhere = new MockWebServer();
    private final FaultDispatcher dispatcher = new FaultDispatcher();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(dispatcher);
        server.start();
        elsewhere.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        elsewhere.shutdown();
    }

    static List<AdapterUnderTest> adapters() {
        return AdapterUnderTest.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void connectionResetMidBodyIsAConnectionFailureRetriedThenReported(AdapterUnderTest adapter) {
        dispatcher.fault = json(200, "{\"data\":\"" + "x".repeat(32 * 1024) + "\"}")
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);

        CarrierException error = failure(adapter, settings());

        assertThat(error).isInstanceOf(CarrierConnectionException.class);
        assertThat(dispatcher.apiCalls.get()).isEqualTo(ATTEMPTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void bodyTricklingSlowerThanTheReadTimeoutIsAConnectionFailure(AdapterUnderTest adapter) {
        dispatcher.fault = json(200, "{\"data\":[1,2,3,4,5,6,7,8,9]}").throttleBody(1, 1, TimeUnit.SECONDS);

        CarrierException error = failure(adapter, settings().toBuilder().readTimeout(Duration.ofMillis(200)).build());

        assertThat(error).isInstanceOf(CarrierConnectionException.class);
        assertThat(error.getMessage()).contains(": timed out").doesNotContain("Exception");
        assertThat(dispatcher.apiCalls.get()).isEqualTo(ATTEMPTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void aHostThatRefusesTheConnectionIsAConnectionFailureInWords(AdapterUnderTest adapter) throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        List<TrackingResult> results = assertTimeoutPreemptively(BOUND, () -> adapter.build()
                .apply(okhttp3.HttpUrl.get("http://127.0.0.1:" + closed + "/"), settings())
                .track(List.of(adapter.number())));

        CarrierException error = ((TrackingResult.Failed) results.get(0)).error();
        assertThat(error).isInstanceOf(CarrierConnectionException.class);
        assertThat(error.getMessage()).contains("no response from ").contains(": connection refused (")
                .doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void callTimeoutEndsABodyThatTricklesJustFasterThanTheReadTimeout(AdapterUnderTest adapter) {
        // 1 byte every 50 ms never trips a 1 s read timeout; the 600 ms call timeout ends it
        dispatcher.fault = json(200, "{\"data\":\"" + "x".repeat(200) + "\"}")
                .throttleBody(1, 50, TimeUnit.MILLISECONDS);

        CarrierException error = failure(adapter, settings().toBuilder().readTimeout(Duration.ofSeconds(1))
                .callTimeout(Duration.ofMillis(600)).build());

        assertThat(error).isInstanceOf(CarrierConnectionException.class);
        assertThat(error.getMessage()).containsIgnoringCase("timeout");
        assertThat(dispatcher.apiCalls.get()).isEqualTo(ATTEMPTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void htmlPageWithStatus200IsRefusedInWordsAndNotRetried(AdapterUnderTest adapter) {
        dispatcher.fault = new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8")
                .setBody("<!DOCTYPE html><html><body><h1>Please sign in to the guest network</h1></body></html>");

        CarrierException error = failure(adapter, settings());

        assertThat(error).isInstanceOf(CarrierResponseException.class);
        assertThat(error.getMessage()).contains("text/html").contains("instead of the API's answer");
        assertThat(dispatcher.apiCalls.get()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void htmlErrorPageWithStatus502IsAServerFailureWithoutItsMarkup(AdapterUnderTest adapter) {
        dispatcher.fault = new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                        + "</center><hr><center>nginx</center></body></html>");

        CarrierException error = failure(adapter, settings());

        assertThat(error).isInstanceOf(CarrierServerException.class);
        assertThat(error.status()).hasValue(502);
        assertThat(error.getMessage()).doesNotContain("<");
        assertThat(dispatcher.apiCalls.get()).isEqualTo(ATTEMPTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void wrongContentTypeWithABodyThatIsNotJsonIsARefusalInWords(AdapterUnderTest adapter) {
        dispatcher.fault = new MockResponse().setHeader("Content-Type", "application/xml")
                .setBody("<?xml version=\"1.0\"?><TrackResponse><Error>maintenance</Error></TrackResponse>");

        CarrierException error = failure(adapter, settings());

        assertThat(error).isInstanceOf(CarrierResponseException.class);
        assertThat(error.getMessage()).contains("not JSON").doesNotContain("jackson").doesNotContain("Exception");
        assertThat(dispatcher.apiCalls.get()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void gzipBodyThatInflatesPastTheLimitIsRefusedWithoutBeingKept(AdapterUnderTest adapter) throws IOException {
        Buffer bomb = gzip("{\"data\":\"" + " ".repeat(4 * 1024 * 1024) + "\"}");
        assertThat(bomb.size()).isLessThan(MAX_BODY);
        dispatcher.fault = new MockResponse().setHeader("Content-Type", "application/json")
                .setHeader("Content-Encoding", "gzip").setBody(bomb);

        CarrierException error = failure(adapter, settings());

        assertThat(error).isInstanceOf(CarrierResponseException.class);
        assertThat(error.getMessage()).contains("larger than the limit of " + MAX_BODY + " bytes");
        assertThat(dispatcher.apiCalls.get()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void bodyDeclaredLargerThanTheLimitIsRefusedUnread(AdapterUnderTest adapter) {
        dispatcher.fault = json(200, "{\"data\":\"" + "x".repeat((int) MAX_BODY) + "\"}");

        CarrierException error = failure(adapter, settings());

        assertThat(error).isInstanceOf(CarrierResponseException.class);
        assertThat(error.getMessage()).contains("larger than the limit of " + MAX_BODY + " bytes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void redirectToAnotherHostIsNotFollowedSoTheKeyGoesNowhereElse(AdapterUnderTest adapter) {
        elsewhere.enqueue(json(200, "{}"));
        dispatcher.fault = new MockResponse().setResponseCode(307)
                .setHeader("Location", elsewhere.url("/collect").toString());

        CarrierException error = failure(adapter, settings());

        assertThat(error).isInstanceOf(CarrierResponseException.class);
        assertThat(error.getMessage()).contains("redirected (HTTP 307) to " + elsewhere.getHostName())
                .contains("not followed");
        assertThat(elsewhere.getRequestCount()).isZero();
        assertThat(dispatcher.apiCalls.get()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void redirectFollowedByTheCallersOwnClientIsStillNotFollowed(AdapterUnderTest adapter) {
        elsewhere.enqueue(json(200, "{}"));
        dispatcher.fault = new MockResponse().setResponseCode(302)
                .setHeader("Location", elsewhere.url("/collect").toString());
        okhttp3.OkHttpClient followsRedirects = new okhttp3.OkHttpClient.Builder().followRedirects(true).build();

        CarrierException error = failure(adapter, settings().toBuilder().client(followsRedirects).build());

        assertThat(error).isInstanceOf(CarrierResponseException.class);
        assertThat(elsewhere.getRequestCount()).isZero();
    }

    /** Tracks one number and answers the failure it ends in, checking the time bound and that no secret is in it. */
    private CarrierException failure(AdapterUnderTest adapter, HttpSettings http) {
        dispatcher.tokenPath = adapter.tokenPath();
        List<TrackingResult> results = assertTimeoutPreemptively(BOUND,
                () -> adapter.build().apply(server.url("/"), http).track(List.of(adapter.number())));
        assertThat(results).singleElement().isInstanceOf(TrackingResult.Failed.class);
        CarrierException error = ((TrackingResult.Failed) results.get(0)).error();
        assertThat(error.carrier()).isEqualTo(adapter.name());
        for (Throwable t = error; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(AdapterUnderTest.KEY)
                    .doesNotContain(AdapterUnderTest.SECRET).doesNotContain(FaultDispatcher.TOKEN);
        }
        return error;
    }

    private static HttpSettings settings() {
        return HttpSettings.builder()
                .sleeper(new RecordingSleeper())
                .maxAttempts(ATTEMPTS)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(5))
                .maxBodySize(MAX_BODY)
                .maxConcurrency(1)
                .build();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static Buffer gzip(String text) throws IOException {
        Buffer compressed = new Buffer();
        try (var sink = Okio.buffer(new GzipSink(compressed))) {
            sink.writeString(text, StandardCharsets.UTF_8);
        }
        return compressed;
    }

    /** Requests to the token path get a token; every other request gets {@link #fault}, counted. */
    private static final class FaultDispatcher extends Dispatcher {
        static final String TOKEN = "fault-suite-token-91c0";
        final AtomicInteger apiCalls = new AtomicInteger();
        volatile MockResponse fault;
        volatile String tokenPath;

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath() == null ? "" : request.getPath();
            if (tokenPath != null && path.startsWith(tokenPath)) {
                return json(200, "{\"token_type\":\"Bearer\",\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600}");
            }
            apiCalls.incrementAndGet();
            return fault;
        }
    }
}
