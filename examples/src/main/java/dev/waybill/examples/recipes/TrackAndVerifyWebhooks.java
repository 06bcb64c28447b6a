package dev.waybill.examples.recipes;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.seventeentrack.SeventeenTrackSettings;
import dev.waybill.carriers.seventeentrack.SeventeenTrackTracking;
import dev.waybill.carriers.seventeentrack.SeventeenTrackWebhook;
import dev.waybill.examples.sandbox.SandboxCarrierServer;
import dev.waybill.examples.sandbox.SandboxParcel;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Lane;
import dev.waybill.shipment.Mode;
import dev.waybill.shipment.Shipment;
import dev.waybill.shipment.TrackingEvent;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Recipe: track numbers through a real adapter (here 17TRACK, pointed at the sandbox), then check a
 * webhook delivery the way an endpoint must, over the raw bytes, before trusting it.
 */
public final class TrackAndVerifyWebhooks {

    private TrackAndVerifyWebhooks() {
    }

    /** Tracks a recorded parcel and one unknown number, then accepts a signed push and refuses a forged one. */
    public static void main(String[] args) {
        Shipment recorded = Shipment.builder("order-7",
                        new Lane(CountryCode.of("CN"), CountryCode.of("US"), Mode.AIR, "yunexpress"))
                .trackingNumber("YT0000000000000007")
                .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-06T09:00:00+08:00"), EventCode.PICKED_UP))
                .event(TrackingEvent.of(OffsetDateTime.parse("2026-11-08T23:00:00+08:00"), EventCode.DEPARTED_ORIGIN))
                .build();
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.startWith(
                List.of(new SandboxParcel("17track", "YT0000000000000007", recorded)))) {
            CarrierAdapter track17 = SeventeenTrackTracking.of(SeventeenTrackSettings.builder()
                    .apiKey("your-17token").baseUrl(sandbox.baseUrl("17track")).build());
            for (TrackingResult result : track17.track(List.of("YT0000000000000007", "LX000000000CN"))) {
                System.out.println(result.trackingNumber() + " -> " + result.getClass().getSimpleName());
            }
        }

        CarrierAdapter track17 = SeventeenTrackTracking.of(SeventeenTrackSettings.builder().build());
        byte[] push = ("{\"event\":\"TRACKING_STOPPED\",\"data\":{\"number\":\"YT0000000000000007\","
                + "\"carrier\":190107,\"destination_country\":\"US\"}}").getBytes(StandardCharsets.UTF_8);
        String sign = SeventeenTrackWebhook.sign(push, "your-17token");
        System.out.println("signed push: " + track17.parseWebhook(push, WebhookHeaders.of(Map.of("sign", List.of(sign))),
                "your-17token").size() + " shipment(s)");
        try {
            track17.verifyWebhook(push, WebhookHeaders.of(Map.of("sign", List.of("forged"))), "your-17token");
        } catch (WebhookSignatureException e) {
            System.out.println("forged push refused: " + e.getMessage());
        }
    }
}
