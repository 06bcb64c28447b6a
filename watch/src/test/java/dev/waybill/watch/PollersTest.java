package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Waybill;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierServerException;
import dev.waybill.carrier.MissingCredentialsException;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Shipment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PollersTest {

    private static Waybill with(Function<String, TrackingResult> answer) {
        CarrierAdapter adapter = new CarrierAdapter() {
            @Override
            public String name() {
                return "cainiao";
            }

            @Override
            public int batchLimit() {
                return 40;
            }

            @Override
            public List<TrackingResult> track(List<String> numbers) {
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
        return DefaultPolicies.waybill().carrier(adapter).build();
    }

    @Test
    void aFoundShipmentsEventsAreAddedToTheWatchedOne() {
        Shipment fresh = Fixtures.order("CAINIAO-1")
                .event(Fixtures.event("2026-11-07T09:00:00+08:00", EventCode.DEPARTED_ORIGIN, "Shenzhen")).build();
        Poller poller = Pollers.carriers(with(n -> new TrackingResult.Found(n, fresh)));
        Shipment polled = poller.poll(Fixtures.pickedUp("o-1")).orElseThrow();
        assertThat(polled.id()).isEqualTo("o-1");
        assertThat(polled.events()).extracting(e -> e.code())
                .containsExactly(EventCode.PICKED_UP, EventCode.DEPARTED_ORIGIN);
    }

    @Test
    void aCarrierThatIsDownYieldsNothingAndDoesNotThrow() {
        Poller poller = Pollers.carriers(with(n -> new TrackingResult.Failed(n,
                new CarrierServerException("cainiao", 503, null, "down", null))));
        assertThat(poller.poll(Fixtures.pickedUp("o-1"))).isEmpty();
        Poller throwing = Pollers.carriers(with(n -> {
            throw new IllegalStateException("boom");
        }));
        assertThat(throwing.poll(Fixtures.pickedUp("o-1"))).isEmpty();
    }

    @Test
    void aCarrierWithoutCredentialsIsLeftAloneAndNamedWithTheSettingsItLacks() {
        AtomicInteger calls = new AtomicInteger();
        Poller poller = Pollers.carriers(with(n -> {
            calls.incrementAndGet();
            throw new MissingCredentialsException("CainiaoTracking has no API key: set CainiaoSettings.apiKey to track",
                    List.of("apiKey"));
        }));
        assertThat(poller.notPolling()).isEmpty();

        assertThat(poller.poll(Fixtures.pickedUp("o-1"))).isEmpty();
        assertThat(poller.poll(Fixtures.pickedUp("o-2"))).isEmpty();

        assertThat(poller.notPolling()).containsExactly(Map.entry("cainiao", List.of("apiKey")));
        assertThat(calls).as("asked once, then left alone").hasValue(1);
    }

    @Test
    void anAdapterThatFailsOtherwiseIsAskedAgainNotTakenForMissingCredentials() {
        AtomicInteger calls = new AtomicInteger();
        Poller poller = Pollers.carriers(with(n -> {
            calls.incrementAndGet();
            throw new IllegalStateException("a bug in the adapter");
        }));

        assertThat(poller.poll(Fixtures.pickedUp("o-1"))).isEmpty();
        assertThat(poller.poll(Fixtures.pickedUp("o-2"))).isEmpty();

        assertThat(poller.notPolling()).isEmpty();
        assertThat(calls).as("retried at the next look").hasValue(2);
    }

    @Test
    void aShipmentWhoseCarrierHasNoAdapterIsNotPolled() {
        assertThat(Pollers.carriers(DefaultPolicies.waybill().build()).poll(Fixtures.pickedUp("o-1"))).isEmpty();
    }
}
