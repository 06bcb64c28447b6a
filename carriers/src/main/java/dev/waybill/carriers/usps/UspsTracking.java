package dev.waybill.carriers.usps;

import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.adapter.ReadingAdapter;
import dev.waybill.carriers.http.HttpReply;
import java.util.List;
import java.util.Map;
import okhttp3.Request;

/**
 * The USPS Tracking v3 adapter ({@value #NAME}). One number per call
 * ({@code GET /tracking/v3/tracking/{trackingNumber}?expand=DETAIL}), calls run with the bounded
 * concurrency of the HTTP settings, each with an OAuth2 bearer token the HTTP layer fetches, caches
 * and refreshes. A 404, a 400 saying "a status update is not yet available", or an answer without
 * events or status is {@link TrackingResult.NotYetKnown}; another 400 fails that number.
 * Polling only: USPS notifies by e-mail, not by pushing to a URL, so {@link #verifyWebhook} refuses
 * every delivery.
 *
 * <p>Immutable and thread-safe; build once with {@link #of(UspsSettings)}.
 */
public final class UspsTracking extends ReadingAdapter<UspsSettings> {

    /** The adapter name. */
    public static final String NAME = "usps";
    /** Numbers per API call: one. */
    public static final int BATCH_LIMIT = 1;

    private UspsTracking(UspsSettings settings) {
        super(NAME, BATCH_LIMIT, settings, UspsSettings.HOME);
    }

    /** An adapter built from {@code settings}. */
    public static UspsTracking of(UspsSettings settings) {
        return new UspsTracking(settings);
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        return oneByOne(numbers, this::trackOne);
    }

    private TrackingResult trackOne(String number) {
        Request request = new Request.Builder()
                .url(settings().baseUrl().newBuilder().addPathSegments("tracking/v3/tracking")
                        .addPathSegment(number).addQueryParameter("expand", "DETAIL").build())
                .get()
                .header("Accept", "application/json")
                .build();
        // USPS answers a number it has no status for yet with a 400 whose body says so
        HttpReply reply = http().call(request, UspsMapper::error, status -> status == 404 || status == 400);
        if (reply.status() == 404) {
            return new TrackingResult.NotYetKnown(number, "USPS: tracking information not found");
        }
        return resultOf(number, UspsMapper.read(reply.body(), reply.status(), laneDefaults()), reply.status(),
                "USPS");
    }

    /** Reads any Tracking v3 body: the details become a shipment, an error body a problem. */
    @Override
    protected ParsedBody readBody(byte[] body) {
        return UspsMapper.read(body, 0, laneDefaults());
    }

    /** USPS is polled: there is no push scheme to verify, so every delivery is refused. */
    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        throw new WebhookSignatureException(NAME, "Waybill polls USPS; it takes no pushes (USPS notifies by e-mail only)");
    }
}
