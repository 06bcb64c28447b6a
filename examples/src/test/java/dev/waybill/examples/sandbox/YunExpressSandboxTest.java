package dev.waybill.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.carrier.Carriers;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carriers.dhl.DhlSettings;
import dev.waybill.carriers.dhl.DhlTracking;
import dev.waybill.carriers.yunexpress.YunExpressSettings;
import dev.waybill.carriers.yunexpress.YunExpressTracking;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sandbox plays YunExpress's OMS API as a China-origin line: a parcel it hands to DHL is served by
 * YunExpress up to the hand-over and by DHL after it, and the real adapters join the two legs.
 */
class YunExpressSandboxTest {

    private static final Shipment JOURNEY = Shipment.builder("order-9", new Lane(CountryCode.of("CN"),
                    CountryCode.of("DE"), Mode.AIR, "yunexpress")).trackingNumber("YT2630100000000009")
            .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-03T11:20:00+08:00"), EventCode.PICKED_UP)
                    .location("Shenzhen").country(CountryCode.of("CN")).build())
            .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-05T02:00:00+08:00"), EventCode.DEPARTED_ORIGIN))
            .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-06T08:00:00+01:00"), EventCode.ARRIVED_DESTINATION)
                    .country(CountryCode.of("DE")).build())
            .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-08T07:00:00+01:00"), EventCode.HUB_SCAN)
                    .country(CountryCode.of("DE")).build())
            .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-09T14:00:00+01:00"), EventCode.DELIVERED)
                    .country(CountryCode.of("DE")).build())
            .handOver(new HandOver("dhl", "00340434161094099009", OffsetDateTime.parse("2026-11-08T07:00:00+01:00")))
            .build();

    @Test
    void aYunExpressParcelHandedToDhlIsOneJourneyOfBothLegs() {
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.start(List.of(JOURNEY))) {
            YunExpressTracking yun = YunExpressTracking.of(YunExpressSettings.builder().customerCode("c")
                    .apiSecret("s").baseUrl(sandbox.baseUrl("yunexpress")).build());
            Carriers carriers = Carriers.of(yun,
                    DhlTracking.of(DhlSettings.builder().apiKey("k").baseUrl(sandbox.baseUrl("dhl")).build()));

            assertThat(sandbox.trackingNumbers("yunexpress")).containsExactly("YT2630100000000009");
            Shipment first = ((TrackingResult.Found) yun.track("YT2630100000000009")).shipment();
            assertThat(first.events()).extracting(TrackingEvent::code).containsExactly(EventCode.PICKED_UP,
                    EventCode.DEPARTED_ORIGIN, EventCode.ARRIVED_DESTINATION);
            assertThat(first.handOver()).contains(new HandOver("dhl", "00340434161094099009", null));
            Shipment joined = first.joinedWith(((TrackingResult.Found) carriers.trackHandOver(first).orElseThrow())
                    .shipment());

            assertThat(joined.events()).extracting(TrackingEvent::instant)
                    .containsExactlyElementsOf(JOURNEY.events().stream().map(TrackingEvent::instant).toList());
            assertThat(joined.latestEvent().orElseThrow().code()).isEqualTo(EventCode.DELIVERED);
            assertThat(joined.carrierAt(joined.latestEvent().orElseThrow().instant())).hasValue("dhl");
            assertThat(yun.track("YT0000000000000000")).isInstanceOf(TrackingResult.NotYetKnown.class);
        }
    }

    @Test
    void withoutACredentialTheSandboxAnswers401() {
        SandboxApi.Reply reply = new YunExpressSandbox().handle(new SandboxApi.Call("GET",
                "/api/Tracking/GetTrackAllInfo", Map.of("OrderNumber", "YT1"), Map.of(), new byte[0]), Map.of());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().path("Code").asText()).isEqualTo("401");
    }
}
