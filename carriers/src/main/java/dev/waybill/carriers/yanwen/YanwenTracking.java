package dev.waybill.carriers.yanwen;

import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.adapter.ReadingAdapter;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.http.HttpReply;
import dev.waybill.shipment.CountryCode;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The Yanwen adapter ({@value #NAME}): {@code GET api/tracking?nums=A,B} with the account's token in the
 * {@code Authorization} header, the numbers of a batch in one call. A number Yanwen does not know
 * ({@code tracking_status} {@code NOTFOUND}) is {@link TrackingResult.NotYetKnown}. A parcel handed to a
 * last-mile carrier carries the {@link dev.waybill.shipment.HandOver} ({@code exchange_number},
 * {@code last_mile_carrier}), so that carrier's events can join the journey. Polling only:
 * {@link #verifyWebhook} refuses every delivery.
 *
 * <p>Immutable and thread-safe; build once with {@link #of(YanwenSettings)}.
 */
public final class YanwenTracking extends ReadingAdapter<YanwenSettings> {

    /** The adapter name. */
    public static final String NAME = "yanwen";
    /** Last resort for a shipment whose body names no country: Yanwen's lines start in China. */
    private static final CountryCode HOME = CountryCode.of("CN");

    private YanwenTracking(YanwenSettings settings) {
        super(NAME, settings.batch(), settings, HOME);
    }

    /** An adapter built from {@code settings}. */
    public static YanwenTracking of(YanwenSettings settings) {
        return new YanwenTracking(settings);
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        HttpUrl url = settings().baseUrl().newBuilder().addPathSegments("api/tracking")
                .addQueryParameter("nums", String.join(",", numbers))
                .build();
        Request request = new Request.Builder().url(url).get()
                .header("Authorization", settings().apiKey().orElseThrow())
                .header("Accept", "application/json")
                .build();
        HttpReply reply = http().call(request, (status, body) -> CarrierError.NONE);
        return resultsByNumber(numbers, YanwenMapper.read(reply.body(), reply.status(), laneDefaults()),
                reply.status(), "Yanwen");
    }

    /** Reads any {@code api/tracking} body: known numbers become shipments, {@code NOTFOUND} entries not-found problems. */
    @Override
    protected ParsedBody readBody(byte[] body) {
        return YanwenMapper.read(body, 0, laneDefaults());
    }

    /** Yanwen is polled: there is no public push scheme to verify, so every delivery is refused. */
    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        throw new WebhookSignatureException(NAME, "Waybill polls Yanwen; it takes no pushes");
    }
}
