package dev.waybill.carriers.fourpx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The 4PX adapter ({@value #NAME}): {@code POST track/v2/front/listTrackV3} with
 * {@code {queryCodes, language, translateLanguage}}, the numbers of a batch in one call, no key. The
 * endpoint is 4PX's tracking page's, unofficial; it may answer 429 with {@code Retry-After}. A number
 * still pending (no tracks) is {@link TrackingResult.NotYetKnown}. {@code serverCode}, the number the
 * parcel travels under in the last mile, is the {@link dev.waybill.shipment.HandOver} (4PX does not
 * name that carrier). Polling only: {@link #verifyWebhook} refuses every delivery.
 *
 * <p>Immutable and thread-safe; build once with {@link #of(FourPxSettings)}.
 */
public final class FourPxTracking extends ReadingAdapter<FourPxSettings> {

    /** The adapter name. */
    public static final String NAME = "4px";
    private static final CountryCode HOME = CountryCode.of("CN");
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json; charset=utf-8");

    private FourPxTracking(FourPxSettings settings) {
        super(NAME, settings.batch(), settings, HOME);
    }

    /** An adapter built from {@code settings}. */
    public static FourPxTracking of(FourPxSettings settings) {
        return new FourPxTracking(settings);
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode codes = body.putArray("queryCodes");
        numbers.forEach(codes::add);
        body.put("language", settings().language()).put("translateLanguage", "");
        Request request = new Request.Builder()
                .url(settings().baseUrl().newBuilder().addPathSegments("track/v2/front/listTrackV3").build())
                .post(RequestBody.create(body.toString(), APPLICATION_JSON))
                .header("Accept", "application/json")
                .build();
        HttpReply reply = http().call(request, (status, answer) -> CarrierError.NONE);
        return resultsByNumber(numbers, FourPxMapper.read(reply.body(), reply.status(), laneDefaults()),
                reply.status(), "4PX");
    }

    /** Reads any {@code listTrackV3} body: entries with tracks become shipments, pending entries not-found problems. */
    @Override
    protected ParsedBody readBody(byte[] body) {
        return FourPxMapper.read(body, 0, laneDefaults());
    }

    /** 4PX is polled: there is no public push scheme to verify, so every delivery is refused. */
    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        throw new WebhookSignatureException(NAME, "Waybill polls 4PX; it takes no pushes");
    }
}
