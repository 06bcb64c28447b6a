package dev.waybill.carriers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carriers.testing.RecordingSleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.http.HttpSettings;

class CarrierHttpTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-10T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void retryAfterIsReadAsSecondsAsAnHttpDateOrFromTheRateLimitReset() {
        assertThat(RetryAfter.from(Headers.of("Retry-After", "120"), CLOCK)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.from(Headers.of("Retry-After", "Tue, 10 Nov 2026 12:01:30 GMT"), CLOCK))
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.from(Headers.of("X-RateLimit-Reset", Long.toString(CLOCK.instant().getEpochSecond() + 5)),
                CLOCK)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryAfter.from(Headers.of("Retry-After", "soon"), CLOCK)).isNull();
        assertThat(RetryAfter.from(Headers.of("Retry-After", "Tue, 10 Nov 2026 11:00:00 GMT"), CLOCK))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void bodiesUpToTheDefaultFourMebibytesAreReadAndOneByteMoreIsRefused() throws IOException {
        assertThat(HttpSettings.defaults().maxBodySize()).isEqualTo(4L * 1024 * 1024);
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody("x".repeat((int) HttpSettings.DEFAULT_MAX_BODY_SIZE)));
            server.enqueue(new MockResponse().setBody("x".repeat((int) HttpSettings.DEFAULT_MAX_BODY_SIZE + 1)));
            CarrierHttp http = CarrierHttp.create("t", HttpSettings.builder().sleeper(new RecordingSleeper()).build(),
                    List.of());
            Request request = new Request.Builder().url(server.url("/x")).build();

            assertThat(http.call(request, (status, body) -> CarrierError.NONE).body()).hasSize(4 * 1024 * 1024);
            assertThatThrownBy(() -> http.call(request, (status, body) -> CarrierError.NONE))
                    .isInstanceOf(CarrierResponseException.class)
                    .hasMessageContaining("the body is larger than the limit of 4194304 bytes");
            assertThat(server.getRequestCount()).as("a body too large is not asked for again").isEqualTo(2);
        }
    }

    @Test
    void theClientHasACallTimeoutAndNeverFollowsRedirectsEvenWhenTheCallersClientWould() {
        OkHttpClient built = HttpSettings.defaults().httpClient();
        assertThat(built.callTimeoutMillis()).isEqualTo(60_000);
        assertThat(built.followRedirects()).isFalse();
        assertThat(built.followSslRedirects()).isFalse();

        OkHttpClient callers = new OkHttpClient.Builder().followRedirects(true).callTimeout(Duration.ofSeconds(7)).build();
        OkHttpClient derived = HttpSettings.builder().client(callers).build().httpClient();
        assertThat(derived.followRedirects()).isFalse();
        assertThat(derived.callTimeoutMillis()).as("the caller's own call timeout is kept").isEqualTo(7_000);
        assertThat(derived.connectionPool()).isSameAs(callers.connectionPool());
    }

    @Test
    void aBodyLimitBelowOneByteIsRefusedNamingIt() {
        assertThatThrownBy(() -> HttpSettings.builder().maxBodySize(0).build())
                .hasMessage("maxBodySize must be at least 1 byte: 0");
        assertThatThrownBy(() -> HttpSettings.builder().callTimeout(Duration.ZERO).build())
                .hasMessage("callTimeout must be positive: PT0S");
    }

    @Test
    void another4xxIsNeverRetried() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(404));
            RecordingSleeper sleeper = new RecordingSleeper();
            CarrierHttp http = CarrierHttp.create("t", HttpSettings.builder().sleeper(sleeper).build(), List.of());

            assertThatThrownBy(() -> http.call(new Request.Builder().url(server.url("/x")).build(),
                    (status, body) -> CarrierError.NONE)).isInstanceOf(CarrierRequestException.class)
                    .hasMessageContaining("status: 404");
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(sleeper.waits()).isEmpty();
        }
    }

    @Test
    void batchCallsNeverExceedTheConfiguredConcurrency() {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CarrierHttp http = CarrierHttp.create("t", HttpSettings.builder().maxConcurrency(3).executor(pool).build(),
                    List.of());
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger peak = new AtomicInteger();
            List<Supplier<Integer>> tasks = IntStream.range(0, 20).<Supplier<Integer>>mapToObj(i -> () -> {
                peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                Thread.onSpinWait();
                IntStream.range(0, 20_000).sum();
                inFlight.decrementAndGet();
                return i;
            }).toList();

            List<Integer> results = http.inParallel(tasks);

            assertThat(results).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
            assertThat(peak.get()).isLessThanOrEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void secretsAreBlankedOutOfText() {
        CarrierHttp http = CarrierHttp.create("t", HttpSettings.defaults(), List.of("sup3r-secret"));

        assertThat(http.redact("key sup3r-secret rejected")).isEqualTo("key ██ rejected");
    }

    @Test
    void invalidSettingsAreRefusedByBuild() {
        assertThatThrownBy(() -> HttpSettings.builder().maxAttempts(0).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> HttpSettings.builder().readTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("readTimeout");
        assertThat(HttpSettings.defaults().maxAttempts()).isEqualTo(4);
    }
}
