package dev.waybill.carriers.postnl;

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
 * The PostNL Shipping Status adapter ({@value #NAME}). One barcode per call
 * ({@code GET /shipment/v2/status/barcode/{barcode}?detail=true}, every old status included) with
 * the {@code apikey} header, calls run with the bounded concurrency of the HTTP settings. A
 * {@code No shipment found} warning or a 404 is {@link TrackingResult.NotYetKnown}. Polling only:
 * PostNL documents no push for shipment statuses, so {@link #verifyWebhook} refuses every delivery.
 *
 * <p>Immutable and thread-safe; build once with {@link #of(PostNlSettings)}.
 */
public final class PostNlTracking extends ReadingAdapter<PostNlSettings> {

    /** The adapter name. */
    public static final String NAME = "postnl";
    /** Barcodes per API call: one. */
    public static final int BATCH_LIMIT = 1;

    private PostNlTracking(PostNlSettings settings) {
        super(NAME, BATCH_LIMIT, settings, PostNlSettings.HOME);
    }

    /** An adapter built from {@code settings}. */
    public static PostNlTracking of(PostNlSettings settings) {
        return new PostNlTracking(settings);
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        return oneByOne(numbers, this::trackOne);
    }

    private TrackingResult trackOne(String number) {
        Request request = new Request.Builder()
                .url(settings().baseUrl().newBuilder().addPathSegments("shipment/v2/status/barcode")
                        .addPathSegment(number)
                        .addQueryParameter("detail", "true")
                        .addQueryParameter("language", settings().language())
                        .build())
                .get()
                .header("apikey", settings().apiKey().orElseThrow())
                .header("Accept", "application/json")
                .build();
        HttpReply reply = http().call(request, PostNlMapper::error, status -> status == 404);
        if (reply.status() == 404) {
            return new TrackingResult.NotYetKnown(number, "PostNL: no shipment found");
        }
        return resultOf(number, PostNlMapper.read(reply.body(), reply.status(), laneDefaults()), reply.status(),
                "PostNL");
    }

    /** Reads any Shipping Status body: shipments per barcode, a warning as not found, an error body as an error. */
    @Override
    protected ParsedBody readBody(byte[] body) {
        return PostNlMapper.read(body, 0, laneDefaults());
    }

    /** PostNL is polled: there is no push scheme to verify, so every delivery is refused. */
    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        throw new WebhookSignatureException(NAME, "Waybill polls PostNL; it takes no pushes (PostNL documents none for statuses)");
    }
}
