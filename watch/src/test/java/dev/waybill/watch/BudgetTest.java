package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierRateLimitException;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The poller never exceeds a carrier's budget, and a carrier's 429 slows that carrier only. */
class BudgetTest {

    /** A clock that moves only when the poller sleeps. */
    static final class VirtualClock extends Clock {
        Instant now = Instant.parse("2026-11-14T09:00:00Z");

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

    record Call(String carrier, Instant at, int numbers) {
    }

    private static CarrierAdapter adapter(String name, List<Call> calls, VirtualClock clock,
                                          Function<String, TrackingResult> answer) {
        return new CarrierAdapter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int batchLimit() {
                return 40;
            }

            @Override
            public List<TrackingResult> track(List<String> numbers) {
                calls.add(new Call(name, clock.instant(), numbers.size()));
                return numbers.stream().map(answer).toList();
            }

            @Override
            public List<Shipment> parse(byte[] body) {
                return List.of();
            }

            @Override
            public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
            }
        };
    }

    private static List<Shipment> shipments(String carrier, int n) {
        Lane lane = new Lane(CountryCode.of("CN"), CountryCode.of("DE"), Mode.AIR, carrier);
        return IntStream.range(0, n).mapToObj(i -> Shipment.builder(carrier + "-" + i, lane)
                .trackingNumber("YT" + carrier.length() + String.format("%014d", i))
                .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP)).build()).toList();
    }

    private static TrackingResult found(String number) {
        return new TrackingResult.Found(number, Fixtures.order(number)
                .event(Fixtures.event("2026-11-07T09:00:00+08:00", EventCode.DEPARTED_ORIGIN)).build());
    }

    @Test
    void aHundredShipmentsAtThreeCallsASecondAndFivePerCallNeverExceedTheBudget() {
        VirtualClock clock = new VirtualClock();
        List<Call> calls = new ArrayList<>();
        Waybill waybill = DefaultPolicies.waybill().carrier(adapter("17track", calls, clock, BudgetTest::found)).build();
        Poller poller = Pollers.carriers(waybill, Map.of("17track", new CarrierBudget(3, 5)), clock,
                d -> clock.now = clock.now.plus(d));
        Instant start = clock.instant();

        Map<String, Shipment> fresh = poller.pollAll(shipments("17track", 100));

        assertThat(fresh).hasSize(100);
        assertThat(calls).hasSize(20).allSatisfy(c -> assertThat(c.numbers()).isLessThanOrEqualTo(5));
        for (Call c : calls) {
            long inWindow = calls.stream().filter(o -> !o.at().isBefore(c.at())
                    && o.at().isBefore(c.at().plusSeconds(1))).count();
            assertThat(inWindow).as("calls in the second from %s", c.at()).isLessThanOrEqualTo(3);
        }
        // and no slower than the budget allows: 19 gaps of a third of a second
        assertThat(Duration.between(start, calls.get(calls.size() - 1).at()))
                .isLessThanOrEqualTo(Duration.ofMillis(6_400));
    }

    @Test
    void aCarrierThatAsksToRetryLaterIsSlowedAndTheOthersGoOn() {
        VirtualClock clock = new VirtualClock();
        List<Call> calls = new ArrayList<>();
        CarrierAdapter limited = adapter("dhl", calls, clock, n -> new TrackingResult.Failed(n,
                new CarrierRateLimitException("dhl", 429, null, "too many requests", Duration.ofSeconds(60))));
        CarrierAdapter fine = adapter("17track", calls, clock, BudgetTest::found);
        Waybill waybill = DefaultPolicies.waybill().carrier(limited).carrier(fine).build();
        Poller poller = Pollers.carriers(waybill, Map.of("dhl", new CarrierBudget(5, 2),
                "17track", new CarrierBudget(3, 40)), clock, d -> clock.now = clock.now.plus(d));
        List<Shipment> due = new ArrayList<>(shipments("dhl", 10));
        due.addAll(shipments("17track", 10));

        Map<String, Shipment> fresh = poller.pollAll(due);

        assertThat(calls.stream().filter(c -> c.carrier().equals("dhl"))).hasSize(1);
        assertThat(calls.stream().filter(c -> c.carrier().equals("17track"))).hasSize(1);
        assertThat(fresh.keySet()).allSatisfy(id -> assertThat(id).startsWith("17track-")).hasSize(10);
        // within the minute the carrier asked for, it is not called again
        clock.now = clock.now.plusSeconds(30);
        poller.pollAll(shipments("dhl", 2));
        assertThat(calls.stream().filter(c -> c.carrier().equals("dhl"))).hasSize(1);
        clock.now = clock.now.plusSeconds(31);
        poller.pollAll(shipments("dhl", 2));
        assertThat(calls.stream().filter(c -> c.carrier().equals("dhl"))).hasSize(2);
    }

    @Test
    void seventeenTracksDocumentedBudgetHoldsForTheRealAdaptersRequestsCountedOnTheServer() throws Exception {
        VirtualClock clock = new VirtualClock();
        List<Instant> requests = java.util.Collections.synchronizedList(new ArrayList<>());
        try (okhttp3.mockwebserver.MockWebServer server = new okhttp3.mockwebserver.MockWebServer()) {
            server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                @Override
                public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                    requests.add(clock.instant());
                    // register and gettrackinfo both answer that they have nothing on these numbers yet
                    return new okhttp3.mockwebserver.MockResponse()
                            .setBody("{\"code\":0,\"data\":{\"accepted\":[],\"rejected\":[]}}");
                }
            });
            server.start();
            CarrierAdapter real = dev.waybill.carriers.seventeentrack.SeventeenTrackTracking.of(
                    dev.waybill.carriers.seventeentrack.SeventeenTrackSettings.builder().apiKey("test-key")
                            .baseUrl(server.url("/").toString()).build());
            Waybill waybill = DefaultPolicies.waybill().carrier(real).build();
            Poller poller = Pollers.carriers(waybill, CarrierBudget.DOCUMENTED, clock,
                    d -> clock.now = clock.now.plus(d));

            poller.pollAll(shipments("17track", 200));

            // 200 numbers, 40 a call: 5 calls of register and gettrackinfo each
            assertThat(requests).hasSize(10);
            for (Instant at : requests) {
                long inWindow = requests.stream().filter(o -> !o.isBefore(at) && o.isBefore(at.plusSeconds(1)))
                        .count();
                assertThat(inWindow).as("requests in the second from %s", at).isLessThanOrEqualTo(3);
            }
        }
    }

    /**
     * An adapter of {@code total} calls whose first {@code waiting} calls each answer only once the next
     * has started (or after five seconds, with nothing): calls made one at a time would get nothing.
     */
    private static CarrierAdapter waitingForTheNext(List<Call> calls, VirtualClock clock, int total, int waiting) {
        List<java.util.concurrent.CountDownLatch> started = IntStream.range(0, total)
                .mapToObj(i -> new java.util.concurrent.CountDownLatch(1)).toList();
        return new CarrierAdapter() {
            @Override
            public String name() {
                return "17track";
            }

            @Override
            public int batchLimit() {
                return 40;
            }

            @Override
            public List<TrackingResult> track(List<String> numbers) {
                int k;
                synchronized (calls) {
                    k = calls.size();
                    calls.add(new Call("17track", clock.instant(), numbers.size()));
                }
                started.get(k).countDown();
                boolean nextStarted = true;
                if (k < waiting) {
                    try {
                        nextStarted = started.get(k + 1).await(5, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        nextStarted = false;
                    }
                }
                return nextStarted ? numbers.stream().map(BudgetTest::found).toList() : List.of();
            }

            @Override
            public List<Shipment> parse(byte[] body) {
                return List.of();
            }

            @Override
            public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
            }
        };
    }

    @Test
    void aCarriersCallsAreIssuedConcurrentlyEachAtItsSlot() {
        VirtualClock clock = new VirtualClock();
        List<Call> calls = new ArrayList<>();
        Waybill waybill = DefaultPolicies.waybill().carrier(waitingForTheNext(calls, clock, 4, 3)).build();
        Poller poller = Pollers.carriers(waybill, Map.of("17track", new CarrierBudget(4, 5)), clock,
                d -> clock.now = clock.now.plus(d));
        Instant start = clock.instant();

        Map<String, Shipment> fresh = poller.pollAll(shipments("17track", 20));

        assertThat(fresh).hasSize(20);
        assertThat(calls).extracting(c -> Duration.between(start, c.at()).toMillis())
                .containsExactly(0L, 250L, 500L, 750L);
    }

    @Test
    void aCallInFlightCountsInTheBudgetUntilASecondAfterItEnds() {
        VirtualClock clock = new VirtualClock();
        List<Call> calls = new ArrayList<>();
        Waybill waybill = DefaultPolicies.waybill().carrier(waitingForTheNext(calls, clock, 3, 1)).build();
        Poller poller = Pollers.carriers(waybill, Map.of("17track", new CarrierBudget(2, 5)), clock,
                d -> clock.now = clock.now.plus(d));
        Instant start = clock.instant();

        Map<String, Shipment> fresh = poller.pollAll(shipments("17track", 15));

        // the first call ran until the second started (0.5 s): the third waits a second from there,
        // so the second from 0.5 s holds the requests of two calls only
        assertThat(fresh).hasSize(15);
        assertThat(calls).extracting(c -> Duration.between(start, c.at()).toMillis())
                .containsExactly(0L, 500L, 1500L);
    }

    @Test
    void theSpacingLetsNoSecondHoldMoreRequestsThanTheBudget() {
        assertThat(new CarrierBudget(3, 40).spacing()).isEqualTo(Duration.ofNanos(333_333_334));
        assertThat(new CarrierBudget(3, 40, 2).spacing()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new CarrierBudget(40, 40, 2).spacing()).isEqualTo(Duration.ofMillis(50));
        assertThat(new CarrierBudget(1, 1, 2).spacing()).isEqualTo(Duration.ofSeconds(2));
    }
}
