package dev.waybill.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.Carriers;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carriers.aftership.AfterShipSettings;
import dev.waybill.carriers.aftership.AfterShipTracking;
import dev.waybill.carriers.cainiao.CainiaoSettings;
import dev.waybill.carriers.cainiao.CainiaoTracking;
import dev.waybill.carriers.dhl.DhlSettings;
import dev.waybill.carriers.dhl.DhlTracking;
import dev.waybill.carriers.easypost.EasyPostSettings;
import dev.waybill.carriers.easypost.EasyPostTracking;
import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.carriers.seventeentrack.SeventeenTrackSettings;
import dev.waybill.carriers.seventeentrack.SeventeenTrackTracking;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.HandOver;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxCarrierServerTest {

    private static Shipment shipment(String id, EventCode... codes) {
        Shipment.Builder builder = Shipment.builder(id, new Lane(CountryCode.of("CN"), CountryCode.of("FR"), Mode.AIR,
                "yunexpress")).trackingNumber("T" + id);
        OffsetDateTime at = OffsetDateTime.parse("2026-11-02T08:00:00+08:00");
        for (EventCode code : codes) {
            Reason reason = code == EventCode.IMPORT_HELD ? Reason.DOCUMENTS : null;
            builder.event(TrackingEvent.builder(at, code).reason(reason).build());
            at = at.plusDays(1);
        }
        return builder.build();
    }

    private static final List<Shipment> RECORDED = List.of(
            shipment("1", EventCode.LABEL_CREATED),
            shipment("2", EventCode.PICKED_UP, EventCode.EXPORT_CLEARED, EventCode.DEPARTED_ORIGIN),
            shipment("3", EventCode.PICKED_UP, EventCode.ARRIVED_DESTINATION, EventCode.IMPORT_HELD),
            shipment("4", EventCode.PICKED_UP, EventCode.DEPARTED_ORIGIN, EventCode.ARRIVED_DESTINATION,
                    EventCode.OUT_FOR_DELIVERY, EventCode.DELIVERED),
            shipment("5", EventCode.PICKED_UP, EventCode.ARRIVED_DESTINATION, EventCode.LOST),
            shipment("6", EventCode.PICKED_UP, EventCode.ARRIVED_DESTINATION, EventCode.AVAILABLE_FOR_PICKUP),
            shipment("7", EventCode.PICKED_UP, EventCode.ARRIVED_DESTINATION, EventCode.DAMAGED),
            shipment("8", EventCode.PICKED_UP, EventCode.ARRIVED_DESTINATION, EventCode.RETURN_TO_SENDER));

    @Test
    void everyApiServesSomeParcelsAndTheRealAdaptersReadThemBack() {
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.start(RECORDED)) {
            DhlTracking dhl = DhlTracking.of(DhlSettings.builder().apiKey("k").baseUrl(sandbox.baseUrl("dhl")).build());
            AfterShipTracking aftership = AfterShipTracking.of(AfterShipSettings.builder().apiKey("k")
                    .baseUrl(sandbox.baseUrl("aftership")).build());
            SeventeenTrackTracking track17 = SeventeenTrackTracking.of(SeventeenTrackSettings.builder().apiKey("k")
                    .baseUrl(sandbox.baseUrl("17track")).build());
            EasyPostTracking easypost = EasyPostTracking.of(EasyPostSettings.builder().apiKey("k")
                    .baseUrl(sandbox.baseUrl("easypost")).build());

            for (String api : SandboxCarrierServer.APIS) {
                assertThat(sandbox.trackingNumbers(api)).as(api).isNotEmpty();
            }
            for (SandboxParcel parcel : sandbox.parcels()) {
                var adapter = switch (parcel.api()) {
                    case "dhl" -> dhl;
                    case "aftership" -> aftership;
                    case "17track" -> track17;
                    default -> easypost;
                };
                TrackingResult result = adapter.track(parcel.trackingNumber());
                assertThat(result).as(parcel.api() + " " + parcel.trackingNumber())
                        .isInstanceOf(TrackingResult.Found.class);
                Shipment seen = parcel.shopView(((TrackingResult.Found) result).shipment());
                assertThat(seen.id()).isEqualTo(parcel.recorded().id());
                assertThat(seen.events()).hasSameSizeAs(parcel.recorded().events());
                assertThat(seen.latestEvent().orElseThrow().code())
                        .isEqualTo(parcel.recorded().latestEvent().orElseThrow().code());
            }
        }
    }

    @Test
    void aParcelHandedOverOnAChinaOriginLineIsServedByTheLineThenByTheLastMileCarrierAsOneJourney() {
        Shipment journey = Shipment.builder("order-7", new Lane(CountryCode.of("CN"), CountryCode.of("DE"), Mode.AIR,
                        "cainiao")).trackingNumber("LP007")
                .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-04T10:00:00+08:00"), EventCode.PICKED_UP))
                .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-06T01:30:00+08:00"), EventCode.DEPARTED_ORIGIN))
                .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-08T12:00:00+01:00"), EventCode.IMPORT_CLEARED))
                .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-09T07:00:00+01:00"), EventCode.HUB_SCAN)
                        .country(CountryCode.of("DE")).build())
                .event(TrackingEvent.builder(OffsetDateTime.parse("2026-11-10T15:00:00+01:00"), EventCode.DELIVERED)
                        .country(CountryCode.of("DE")).build())
                .handOver(new HandOver("dhl", "0034007", OffsetDateTime.parse("2026-11-09T07:00:00+01:00"))).build();
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.start(List.of(journey, RECORDED.get(3)))) {
            CainiaoTracking cainiao = CainiaoTracking.of(CainiaoSettings.builder()
                    .baseUrl(sandbox.baseUrl("cainiao")).build());
            Carriers carriers = Carriers.of(cainiao,
                    DhlTracking.of(DhlSettings.builder().apiKey("k").baseUrl(sandbox.baseUrl("dhl")).build()));

            assertThat(sandbox.trackingNumbers("cainiao")).containsExactly("LP007");
            assertThat(sandbox.trackingNumbers("dhl")).as("the last-mile leg is found by its hand-over")
                    .doesNotContain("0034007");
            Shipment first = ((TrackingResult.Found) cainiao.track("LP007")).shipment();
            assertThat(first.events()).hasSize(3);
            assertThat(first.handOver()).hasValue(new HandOver("dhl", "0034007", null));
            TrackingResult next = carriers.trackHandOver(first).orElseThrow();
            Shipment joined = first.joinedWith(((TrackingResult.Found) next).shipment());

            assertThat(joined.events()).extracting(TrackingEvent::code).containsExactly(EventCode.PICKED_UP,
                    EventCode.DEPARTED_ORIGIN, EventCode.IMPORT_CLEARED, EventCode.HUB_SCAN, EventCode.DELIVERED);
            assertThat(joined.events()).extracting(TrackingEvent::instant)
                    .containsExactlyElementsOf(journey.events().stream().map(TrackingEvent::instant).toList());
            assertThat(joined.handOver().orElseThrow().at()).hasValue(OffsetDateTime.parse("2026-11-09T07:00:00+01:00"));
            assertThat(joined.carrierAt(joined.latestEvent().orElseThrow().instant())).hasValue("dhl");
        }
    }

    @Test
    void numbersTheSandboxDoesNotKnowAreNotYetKnownInEveryApi() {
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.start(RECORDED)) {
            assertThat(DhlTracking.of(DhlSettings.builder().apiKey("k").baseUrl(sandbox.baseUrl("dhl")).build())
                    .track("NOPE")).isInstanceOf(TrackingResult.NotYetKnown.class);
            assertThat(AfterShipTracking.of(AfterShipSettings.builder().apiKey("k")
                    .baseUrl(sandbox.baseUrl("aftership")).build()).track("NOPE"))
                    .isInstanceOf(TrackingResult.NotYetKnown.class);
            assertThat(SeventeenTrackTracking.of(SeventeenTrackSettings.builder().apiKey("k")
                    .baseUrl(sandbox.baseUrl("17track")).build()).track("NOPE"))
                    .isInstanceOf(TrackingResult.NotYetKnown.class);
            assertThat(EasyPostTracking.of(EasyPostSettings.builder().apiKey("k")
                    .baseUrl(sandbox.baseUrl("easypost")).build()).track("NOPE"))
                    .isInstanceOf(TrackingResult.NotYetKnown.class);
            assertThat(CainiaoTracking.of(CainiaoSettings.builder().baseUrl(sandbox.baseUrl("cainiao")).build())
                    .track("NOPE")).isInstanceOf(TrackingResult.NotYetKnown.class);
        }
    }

    @Test
    void aRequestWithoutAKeyGetsTheApisAuthenticationError() {
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.start(RECORDED)) {
            okhttp3.OkHttpClient keyStripping = new okhttp3.OkHttpClient.Builder().addInterceptor(chain ->
                    chain.proceed(chain.request().newBuilder().removeHeader("DHL-API-Key").build())).build();
            DhlTracking dhl = DhlTracking.of(DhlSettings.builder().apiKey("k").baseUrl(sandbox.baseUrl("dhl"))
                    .http(HttpSettings.builder().client(keyStripping).build()).build());

            assertThat(dhl.track(sandbox.trackingNumbers("dhl").get(0))).isInstanceOfSatisfying(
                    TrackingResult.Failed.class, failed ->
                            assertThat(failed.error()).isInstanceOf(CarrierAuthenticationException.class));
        }
    }

    @Test
    void parcelsCanBeServedByTheApiTheCallerNames() {
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.startWith(
                List.of(new SandboxParcel("easypost", "EZ1", RECORDED.get(3))))) {
            assertThat(sandbox.trackingNumbers("easypost")).containsExactly("EZ1");
            assertThat(EasyPostTracking.of(EasyPostSettings.builder().apiKey("k")
                    .baseUrl(sandbox.baseUrl("easypost")).build()).track("EZ1"))
                    .isInstanceOf(TrackingResult.Found.class);
            assertThat(sandbox.requestCount()).isEqualTo(1);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SandboxCarrierServer.startWith(
                List.of(new SandboxParcel("ups", "1", RECORDED.get(0))))).isInstanceOf(IllegalArgumentException.class);
    }
}
