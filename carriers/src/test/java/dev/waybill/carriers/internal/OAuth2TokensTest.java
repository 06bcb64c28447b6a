package dev.waybill.carriers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carriers.adapter.OAuth2Settings.ClientAuthentication;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.carriers.testing.LogCapture;
import dev.waybill.carriers.testing.RecordingSleeper;
import dev.waybill.carriers.testing.TestHttp;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.charset.StandardCharsets;
import okhttp3.Request;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuth2TokensTest {

    private static final String ID = "client-id-4711";
    private static final String SECRET = "s3cr3t-client-secret-0815";
    private static final CarrierError.Reader NO_ERROR = (status, body) -> CarrierError.NONE;

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger tokenFetches = new AtomicInteger();
    private final List<String> tokenBodies = new ArrayList<>();
    private final List<String> tokenAuthorizations = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-10T12:00:00Z"));
    private volatile int apiStatus = 200;
    private volatile String rejectedToken;
    private volatile CountDownLatch tokenGate = new CountDownLatch(0);

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getPath().startsWith("/oauth/token")) {
                    tokenGate.await(5, TimeUnit.SECONDS);
                    int n = tokenFetches.incrementAndGet();
                    synchronized (tokenBodies) {
                        tokenBodies.add(request.getBody().readUtf8());
                        tokenAuthorizations.add(request.getHeader("Authorization"));
                    }
                    return new MockResponse().setHeader("Content-Type", "application/json")
                            .setBody("{\"token_type\":\"Bearer\",\"access_token\":\"token-" + n
                                    + "-abcdef\",\"expires_in\":\"3600\"}");
                }
                String auth = request.getHeader("Authorization");
                if (auth == null || auth.equals("Bearer " + rejectedToken)) {
                    return new MockResponse().setResponseCode(401).setBody("{\"error\":\"bad token " + auth + "\"}");
                }
                return new MockResponse().setResponseCode(apiStatus).setBody("ok " + auth);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private CarrierHttp http(ClientAuthentication authentication) {
        HttpSettings settings = TestHttp.settings(new RecordingSleeper()).toBuilder().clock(clock).build();
        return CarrierHttp.create("t", settings, List.of(ID, SECRET),
                OAuth2Tokens.of(server.url("/oauth/token"), ID, SECRET, authentication, clock));
    }

    private String get(CarrierHttp http) {
        return new String(http.call(new Request.Builder().url(server.url("/api/x")).build(), NO_ERROR).body(),
                StandardCharsets.UTF_8);
    }

    @Test
    void theTokenIsFetchedOnFirstUseAndReusedUntilShortlyBeforeItExpires() {
        CarrierHttp http = http(ClientAuthentication.BASIC);

        assertThat(tokenFetches.get()).isZero();
        assertThat(get(http)).isEqualTo("ok Bearer token-1-abcdef");
        clock.advance(Duration.ofMinutes(58));
        assertThat(get(http)).isEqualTo("ok Bearer token-1-abcdef");
        clock.advance(Duration.ofSeconds(61));
        assertThat(get(http)).isEqualTo("ok Bearer token-2-abcdef");
        assertThat(tokenFetches.get()).isEqualTo(2);
    }

    @Test
    void basicClientAuthenticationSendsTheCredentialsInTheHeaderAndFormSendsThemInTheBody() {
        get(http(ClientAuthentication.BASIC));
        get(http(ClientAuthentication.FORM));

        assertThat(tokenBodies.get(0)).isEqualTo("grant_type=client_credentials");
        assertThat(tokenAuthorizations.get(0)).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(tokenBodies.get(1)).isEqualTo("grant_type=client_credentials&client_id=" + ID
                + "&client_secret=" + SECRET);
        assertThat(tokenAuthorizations.get(1)).isNull();
    }

    @Test
    void concurrentCallersShareOneTokenFetch() throws Exception {
        CarrierHttp http = http(ClientAuthentication.FORM);
        tokenGate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> get(http)));
            }
            Thread.sleep(200); // let every caller reach the token lock while the first fetch is held
            tokenGate.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("ok Bearer token-1-abcdef");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(tokenFetches.get()).isEqualTo(1);
    }

    @Test
    void a401RefreshesTheTokenOnceAndRetriesTheCall() {
        CarrierHttp http = http(ClientAuthentication.BASIC);
        get(http);
        rejectedToken = "token-1-abcdef";

        assertThat(get(http)).isEqualTo("ok Bearer token-2-abcdef");
        assertThat(tokenFetches.get()).isEqualTo(2);
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void a401AfterTheRefreshIsAnAuthenticationFailureWithoutMoreFetches() {
        CarrierHttp http = http(ClientAuthentication.BASIC);
        apiStatus = 401;

        assertThatThrownBy(() -> get(http)).isInstanceOf(CarrierAuthenticationException.class);
        assertThat(tokenFetches.get()).isEqualTo(2);
    }

    @Test
    void aRefusedTokenRequestIsAnAuthenticationFailure() throws IOException {
        try (MockWebServer refusing = new MockWebServer()) {
            refusing.enqueue(new MockResponse().setResponseCode(401)
                    .setBody("{\"response\":{\"errors\":[{\"code\":\"250003\",\"message\":\"Invalid client " + SECRET
                            + "\"}]}}"));
            CarrierHttp http = CarrierHttp.create("t", TestHttp.settings(new RecordingSleeper()), List.of(ID, SECRET),
                    OAuth2Tokens.of(refusing.url("/oauth/token"), ID, SECRET, ClientAuthentication.BASIC, clock));

            assertThatThrownBy(() -> http.call(new Request.Builder().url(refusing.url("/api/x")).build(),
                    (status, body) -> new CarrierError("250003", new String(body, StandardCharsets.UTF_8))))
                    .isInstanceOf(CarrierAuthenticationException.class)
                    .hasMessageNotContaining(SECRET);
            assertThat(refusing.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void neitherTheSecretNorTheTokenAppearsInAnyLogLineOrMessage() {
        CarrierHttp http = http(ClientAuthentication.FORM);
        try (LogCapture logs = LogCapture.start()) {
            get(http);
            rejectedToken = "token-1-abcdef";
            get(http);
            apiStatus = 401;
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> get(http));

            assertThat(failure).isInstanceOf(CarrierAuthenticationException.class);
            assertThat(failure.getMessage()).doesNotContain(SECRET).doesNotContain("token-");
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(SECRET) || line.contains("token-")
                    || line.contains(ID));
        }
        assertThat(http.toString()).doesNotContain(SECRET);
    }

    /** A clock tests move forward by hand. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
