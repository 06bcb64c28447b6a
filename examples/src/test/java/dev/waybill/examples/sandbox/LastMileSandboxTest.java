package dev.waybill.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.carrier.TrackingResult;
import dev.waybill.carriers.postnl.PostNlSettings;
import dev.waybill.carriers.postnl.PostNlTracking;
import dev.waybill.carriers.usps.UspsSettings;
import dev.waybill.carriers.usps.UspsTracking;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's last-mile posts: USPS (its token endpoint, then tracking with the bearer token) and
 * PostNL (the {@code apikey} header) answer recorded parcels, and the real adapters read the same
 * timeline back; each is dealt the domestic parcels of its home country.
 */
class LastMileSandboxTest {

    private static final List<EventCode> LAST_MILE_RUN = List.of(EventCode.LABEL_CREATED, EventCode.PICKED_UP,
            EventCode.HUB_SCAN, EventCode.OUT_FOR_DELIVERY, EventCode.DELIVERED);

    private static Shipment domestic(String country, String offset, String number) {
        Shipment.Builder builder = Shipment.builder("order-" + number,
                new Lane(CountryCode.of(country), CountryCode.of(country), Mode.ROAD, "post")).trackingNumber(number);
        OffsetDateTime at = OffsetDateTime.parse("2026-11-16T09:00:00" + offset);
        for (EventCode code : LAST_MILE_RUN) {
            builder.event(TrackingEvent.builder(at, code).build());
            at = at.plusHours(20);
        }
        return builder.build();
    }

    @Test
    void uspsServesAParcelThroughItsTokenEndpointAndTheAdapterReadsTheSameTimeline() {
        Shipment recorded = domestic("US", "-05:00", "9400100000000000000001");
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.startWith(
                List.of(new SandboxParcel("usps", recorded.trackingNumber().orElseThrow(), recorded)))) {
            UspsTracking usps = UspsTracking.of(UspsSettings.builder().clientId("sandbox-id")
                    .clientSecret("sandbox-secret").baseUrl(sandbox.baseUrl("usps")).build());

            List<TrackingResult> results = usps.track(List.of(recorded.trackingNumber().orElseThrow(), "9400100000000000000099"));

            assertThat(results.get(0)).isInstanceOfSatisfying(TrackingResult.Found.class, found ->
                    assertThat(Fidelity.faithful(recorded.events(), found.shipment().events())).isTrue());
            assertThat(results.get(1)).isInstanceOf(TrackingResult.NotYetKnown.class);
            assertThat(sandbox.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void postNlServesAParcelInDutchLocalTimeAndTheAdapterReadsTheSameTimeline() {
        Shipment recorded = domestic("NL", "+01:00", "3SWAYB000000001");
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.startWith(
                List.of(new SandboxParcel("postnl", recorded.trackingNumber().orElseThrow(), recorded)))) {
            PostNlTracking postnl = PostNlTracking.of(PostNlSettings.builder().apiKey("sandbox-key")
                    .baseUrl(sandbox.baseUrl("postnl")).build());

            List<TrackingResult> results = postnl.track(List.of(recorded.trackingNumber().orElseThrow(), "3SWAYB000000099"));

            assertThat(results.get(0)).isInstanceOfSatisfying(TrackingResult.Found.class, found -> {
                assertThat(found.shipment().events()).extracting(TrackingEvent::code).containsExactlyElementsOf(
                        LAST_MILE_RUN);
                assertThat(Fidelity.faithful(recorded.events(), found.shipment().events())).isTrue();
            });
            assertThat(results.get(1)).isInstanceOf(TrackingResult.NotYetKnown.class);
        }
    }

    @Test
    void withoutItsKeyPostNlAnswersTheGatewaysFault() {
        SandboxApi.Reply reply = new PostNlSandbox().handle(new SandboxApi.Call("GET",
                "/shipment/v2/status/barcode/3SWAYB000000002", Map.of(), Map.of(), new byte[0]), Map.of());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().path("fault").path("detail").path("errorcode").asText())
                .isEqualTo("oauth.v2.InvalidApiKey");
    }

    @Test
    void eachPostIsDealtTheDomesticParcelsOfItsHomeAndNoParcelThatCrossesCustoms() {
        Shipment us = domestic("US", "-05:00", "WB1US");
        Shipment nl = domestic("NL", "+01:00", "WB1NL");
        Shipment crossing = Shipment.builder("order-cn-us", new Lane(CountryCode.of("CN"), CountryCode.of("US"),
                Mode.AIR, "yunexpress")).trackingNumber("WB1CN")
                .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-10T09:00:00+08:00"), EventCode.PICKED_UP).build())
                .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-14T09:00:00-05:00"), EventCode.IMPORT_CLEARED)
                        .build())
                .build();
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.start(List.of(us, nl, crossing))) {
            assertThat(sandbox.trackingNumbers("usps")).containsExactly("WB1US");
            assertThat(sandbox.trackingNumbers("postnl")).containsExactly("WB1NL");
            assertThat(sandbox.parcels()).filteredOn(parcel -> parcel.trackingNumber().equals("WB1CN"))
                    .singleElement().extracting(SandboxParcel::api).isIn(SandboxCarrierServer.APIS);
        }
    }
}
