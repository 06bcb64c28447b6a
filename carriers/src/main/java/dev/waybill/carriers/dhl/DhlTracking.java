package dev.waybill.carriers.dhl;

import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carriers.adapter.HttpCarrierAdapter;
import dev.waybill.carriers.http.HttpReply;
import dev.waybill.shipment.Shipment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The DHL Shipment Tracking – Unified adapter ({@value #NAME}). One number per call (DHL documents
 * no multi-number request), calls run with the bounded concurrency of the HTTP settings; 404 "No
 * result found" is {@link TrackingResult.NotYetKnown}. Push deliveries carry no signature: DHL
 * echoes the static header and token configured on the subscription, checked here in constant time.
 *
 * <p>Immutable and thread-safe; build once with {@link #of(DhlSettings)}.
 */
public final class DhlTracking extends HttpCarrierAdapter<DhlSettings> {

    /** The adapter name. */
    public static final String NAME = "dhl";
    /** Numbers per API call: one. */
    public static final int BATCH_LIMIT = 1;

    private DhlTracking(DhlSettings settings) {
        super(NAME, BATCH_LIMIT, settings, DhlSettings.HOME);
    }

    /** An adapter built from {@code settings}. */
    public static DhlTracking of(DhlSettings settings) {
        return new DhlTracking(settings);
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        return oneByOne(numbers, this::trackOne);
    }

    private TrackingResult trackOne(String number) {
        DhlSettings settings = settings();
        HttpUrl.Builder url = settings.baseUrl().newBuilder().addPathSegments("track/shipments")
                .addQueryParameter("trackingNumber", number);
        settings.service().ifPresent(service -> url.addQueryParameter("service", service));
        settings.requesterCountryCode().ifPresent(country -> url.addQueryParameter("requesterCountryCode",
                country.value()));
        settings.language().ifPresent(language -> url.addQueryParameter("language", language));
        Request request = new Request.Builder().url(url.build()).get()
                .header("DHL-API-Key", settings.apiKey().orElseThrow())
                .header("Accept", "application/json")
                .build();
        HttpReply reply = http().call(request, DhlMapper::error, status -> status == 404);
        if (reply.status() == 404) {
            return new TrackingResult.NotYetKnown(number, "DHL: no result found");
        }
        List<Shipment> shipments = DhlMapper.parse(reply.body(), reply.status(), laneDefaults());
        List<Shipment> matching = new ArrayList<>();
        for (Shipment shipment : shipments) {
            if (number.equalsIgnoreCase(shipment.trackingNumber().orElse(null))) {
                matching.add(shipment);
            }
        }
        if (!matching.isEmpty()) {
            return new TrackingResult.Found(number, matching.get(0));
        }
        if (!shipments.isEmpty()) {
            return new TrackingResult.Found(number, shipments.get(0));
        }
        return new TrackingResult.NotYetKnown(number, "DHL: no shipments in the answer");
    }

    @Override
    public List<Shipment> parse(byte[] body) {
        Objects.requireNonNull(body, "body");
        return DhlMapper.parse(body, 0, laneDefaults());
    }

    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        DhlWebhook.verify(rawBody, headers, secret, settings().webhookHeader().orElse(null));
    }
}
