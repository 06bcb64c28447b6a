package dev.waybill.carriers.ups;

import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carriers.adapter.ReadingAdapter;
import dev.waybill.carriers.http.HttpReply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The UPS Track API adapter ({@value #NAME}). One number per call
 * ({@code GET /api/track/v1/details/{inquiryNumber}}), calls run with the bounded concurrency of the
 * HTTP settings, each with a fresh {@code transId} and the settings' {@code transactionSrc}, and an
 * OAuth2 bearer token the HTTP layer fetches, caches and refreshes. A {@code TW0001} warning or a 404
 * is {@link TrackingResult.NotYetKnown}. UPS Track Alert pushes are taken too: {@link #verifyWebhook}
 * checks the subscription's {@code credential} header ({@link UpsWebhook}) and {@link #read} turns the
 * event into a shipment with one event, like an activity of a Track API answer.
 *
 * <p>Immutable and thread-safe; build once with {@link #of(UpsSettings)}.
 */
public final class UpsTracking extends ReadingAdapter<UpsSettings> {

    /** The adapter name. */
    public static final String NAME = "ups";
    /** Numbers per API call: one. */
    public static final int BATCH_LIMIT = 1;

    private UpsTracking(UpsSettings settings) {
        super(NAME, BATCH_LIMIT, settings, UpsSettings.HOME);
    }

    /** An adapter built from {@code settings}. */
    public static UpsTracking of(UpsSettings settings) {
        return new UpsTracking(settings);
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        return oneByOne(numbers, this::trackOne);
    }

    private TrackingResult trackOne(String number) {
        UpsSettings settings = settings();
        HttpUrl url = settings.baseUrl().newBuilder().addPathSegments("api/track/v1/details")
                .addPathSegment(number)
                .addQueryParameter("locale", settings.locale())
                .addQueryParameter("returnSignature", "false")
                .addQueryParameter("returnMilestones", "false")
                .addQueryParameter("returnPOD", "false")
                .build();
        Request request = new Request.Builder().url(url).get()
                .header("transId", UUID.randomUUID().toString().replace("-", ""))
                .header("transactionSrc", settings.transactionSource())
                .header("Accept", "application/json")
                .build();
        HttpReply reply = http().call(request, UpsMapper::error, status -> status == 404);
        if (reply.status() == 404) {
            return new TrackingResult.NotYetKnown(number, "UPS: tracking information not found");
        }
        return resultOf(number, UpsMapper.read(reply.body(), reply.status(), laneDefaults()), reply.status(),
                "UPS");
    }

    /**
     * Reads any Track API body (packages become shipments, a {@code TW0001} warning a not-found problem)
     * or a Track Alert event (its package, with the one activity it reports).
     */
    @Override
    protected ParsedBody readBody(byte[] body) {
        return UpsMapper.read(body, 0, laneDefaults());
    }

    /** A Track Alert event carries the subscription's credential in header {@value UpsWebhook#HEADER}. */
    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        UpsWebhook.verify(rawBody, headers, secret);
    }
}
