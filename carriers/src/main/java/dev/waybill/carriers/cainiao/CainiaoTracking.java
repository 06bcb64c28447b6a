package dev.waybill.carriers.cainiao;

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
 * The Cainiao global tracking adapter ({@value #NAME}): {@code GET global/detail.json?mailNos=A,B&lang=…},
 * the numbers of a batch in one call, no key. The endpoint is the public tracking page's, unofficial
 * and throttled: poll it rarely (Home Assistant's integration polls every six hours). A number
 * Cainiao does not know comes back with neither status nor events and is
 * {@link TrackingResult.NotYetKnown}. A parcel handed to a last-mile carrier carries the
 * {@link dev.waybill.shipment.HandOver} ({@code copyRealMailNo}, {@code destCpInfo}), so that carrier's
 * events can join the journey. Polling only: {@link #verifyWebhook} refuses every delivery (Cainiao's
 * partner push is not public).
 *
 * <p>Immutable and thread-safe; build once with {@link #of(CainiaoSettings)}.
 */
public final class CainiaoTracking extends ReadingAdapter<CainiaoSettings> {

    /** The adapter name. */
    public static final String NAME = "cainiao";
    /** Last resort for a shipment whose body names no country: the lines start in China. */
    private static final CountryCode HOME = CountryCode.of("CN");

    private CainiaoTracking(CainiaoSettings settings) {
        super(NAME, settings.batch(), settings, HOME);
    }

    /** An adapter built from {@code settings}. */
    public static CainiaoTracking of(CainiaoSettings settings) {
        return new CainiaoTracking(settings);
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        HttpUrl url = settings().baseUrl().newBuilder().addPathSegments("global/detail.json")
                .addQueryParameter("mailNos", String.join(",", numbers))
                .addQueryParameter("lang", settings().language())
                .build();
        Request request = new Request.Builder().url(url).get().header("Accept", "application/json").build();
        HttpReply reply = http().call(request, (status, body) -> CarrierError.NONE);
        return resultsByNumber(numbers, CainiaoMapper.read(reply.body(), reply.status(), laneDefaults()),
                reply.status(), "Cainiao");
    }

    /** Reads any {@code detail.json} body: entries with a status or events become shipments, bare entries not-found problems. */
    @Override
    protected ParsedBody readBody(byte[] body) {
        return CainiaoMapper.read(body, 0, laneDefaults());
    }

    /** Cainiao is polled: there is no public push scheme to verify, so every delivery is refused. */
    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        throw new WebhookSignatureException(NAME, "Waybill polls Cainiao; it takes no pushes (the partner push is not public)");
    }
}
