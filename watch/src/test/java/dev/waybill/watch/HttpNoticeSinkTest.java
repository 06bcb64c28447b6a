package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.shipment.EventCode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notices POSTed to the shop's URL at least once under their stable id, on a MockWebServer. */
class HttpNoticeSinkTest {

    static final Instant AT = Instant.parse("2026-11-14T11:00:00Z");     // noon in Berlin: no quiet hours
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    ShipmentStore store;
    MockWebServer shop;
    final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        store = ShipmentStores.open(dir.resolve("shop").toString());
        shop = new MockWebServer();
        shop.start();
        // a failed delivery in Berlin: one EXCEPTION notice to the buyer
        store.merge(Fixtures.order("o-1")
                .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen"))
                .event(Fixtures.event("2026-11-13T09:00:00+01:00", EventCode.DELIVERY_FAILED, "Berlin")).build(), AT);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
        shop.shutdown();
    }

    private HttpNoticeSink sink() {
        return HttpNoticeSink.builder(shop.url("/hooks/waybill").uri()).backoff(Duration.ofSeconds(1))
                .timeout(Duration.ofSeconds(5)).sleeper(waits::add).build();
    }

    private List<RecordedRequest> received() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        RecordedRequest r;
        while ((r = shop.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
            requests.add(r);
        }
        return requests;
    }

    @Test
    void eachNoticeIsPostedAsTheJsonLineWithItsIdAsIdempotencyKeyAndMarkedSentAfterA2xx() throws Exception {
        shop.enqueue(new MockResponse().setResponseCode(204));
        Watcher.Tick tick = Watcher.builder(store, WatcherTest.WAYBILL).sink(sink()).build().tick(AT);

        StoredNotice notice = tick.sent().get(0);
        assertThat(tick.sent()).hasSize(1);
        RecordedRequest request = received().get(0);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/hooks/waybill");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo(notice.id());
        JsonNode body = JSON.readTree(request.getBody().readUtf8());
        assertThat(body.path("id").asText()).isEqualTo(notice.id());
        assertThat(body.path("shipment").asText()).isEqualTo("o-1");
        assertThat(body.path("kind").asText()).isEqualTo("EXCEPTION");
        assertThat(body.path("audience").asText()).isEqualTo("BUYER");
        assertThat(body.path("verdict").path("exception").asText()).isEqualTo("DELIVERY_FAILED");
        assertThat(store.notices("o-1")).singleElement().satisfies(n -> assertThat(n.sentAt()).hasValue(AT));
        assertThat(waits).isEmpty();
    }

    @Test
    void aFailingSinkIsRetriedWithADoublingWaitUntilItAnswers2xx() throws Exception {
        shop.enqueue(new MockResponse().setResponseCode(503));
        shop.enqueue(new MockResponse().setResponseCode(500));
        shop.enqueue(new MockResponse().setResponseCode(200));
        Watcher.builder(store, WatcherTest.WAYBILL).sink(sink()).build().tick(AT);

        List<RecordedRequest> requests = received();
        assertThat(requests).hasSize(3).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(
                store.notices("o-1").get(0).id());
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(store.notices("o-1").get(0).sentAt()).hasValue(AT);
    }

    @Test
    void aSinkDownForEveryAttemptLeavesTheNoticeUnsentAndTheNextTickPostsTheSameId() throws Exception {
        for (int i = 0; i < 4; i++) {
            shop.enqueue(new MockResponse().setResponseCode(503));
        }
        Watcher watcher = Watcher.builder(store, WatcherTest.WAYBILL).sink(sink()).build();
        assertThatThrownBy(() -> watcher.tick(AT)).isInstanceOf(SinkException.class)
                .hasMessageContaining("answered 503 after 4 attempts").hasMessageContaining("/hooks/waybill");
        String id = store.notices("o-1").get(0).id();
        assertThat(store.notices("o-1").get(0).sentAt()).isEmpty();
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));

        shop.enqueue(new MockResponse().setResponseCode(202));
        Instant next = AT.plusSeconds(60);
        assertThat(watcher.tick(next).sent()).extracting(StoredNotice::id).containsExactly(id);
        assertThat(received()).extracting(r -> r.getHeader("Idempotency-Key")).hasSize(5).containsOnly(id);
        assertThat(store.notices("o-1").get(0).sentAt()).hasValue(next);
    }

    @Test
    void aCrashBetweenThePostAndTheMarkingPostsTheSameIdAgainAndNoOtherNotice() throws Exception {
        shop.enqueue(new MockResponse().setResponseCode(200));
        shop.enqueue(new MockResponse().setResponseCode(200));
        Watcher crashing = Watcher.builder(store, WatcherTest.WAYBILL).sink(sink()).checkpoint((step, id) -> {
            if (step == Watcher.Step.HANDED) {
                throw new IllegalStateException("crash after the POST");
            }
        }).build();
        assertThatThrownBy(() -> crashing.tick(AT)).hasMessage("crash after the POST");
        assertThat(store.notices("o-1").get(0).sentAt()).isEmpty();

        Watcher.builder(store, WatcherTest.WAYBILL).sink(sink()).build().tick(AT.plusSeconds(60));
        List<RecordedRequest> requests = received();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getHeader("Idempotency-Key")).isEqualTo(requests.get(1).getHeader("Idempotency-Key"))
                .isEqualTo(store.notices("o-1").get(0).id());
        assertThat(requests.get(0).getBody().readUtf8()).isEqualTo(requests.get(1).getBody().readUtf8());
        assertThat(store.notices("o-1")).hasSize(1);
    }

    @Test
    void anUnreachableSinkIsOneLineWithoutTheTokenInItsAddress() throws IOException {
        int port = shop.getPort();
        shop.shutdown();
        HttpNoticeSink sink = HttpNoticeSink.builder(URI.create("http://localhost:" + port + "/hook?token=s3cret"))
                .attempts(2).sleeper(waits::add).timeout(Duration.ofSeconds(2)).build();
        Watcher watcher = Watcher.builder(store, WatcherTest.WAYBILL).sink(sink).build();
        assertThatThrownBy(() -> watcher.tick(AT)).isInstanceOf(SinkException.class)
                .hasMessageContaining("could not be reached").hasMessageContaining("/hook?...")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret").doesNotContain("\n"));
        assertThat(store.notices("o-1").get(0).sentAt()).isEmpty();
    }

    @Test
    void anAddressThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> HttpNoticeSink.builder(URI.create("ftp://shop.example/x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an http(s) URL");
    }
}
