package dev.waybill.carriers.yunexpress;

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
 * The YunExpress adapter ({@value #NAME}) on its OMS API: {@code GET api/Tracking/GetTrackAllInfo?OrderNumber=…}
 * (the whole journey, both legs), one number per call (a waybill, customer order or tracking number),
 * with {@code Authorization: Basic base64(customerCode&apiSecret)} ({@link YunExpressCredentials}). An answer
 * whose {@code Code} is not {@code 0000} is a failure with YunExpress's code and message; an answer
 * without events is {@link TrackingResult.NotYetKnown}. A parcel given a last-mile number carries the
 * {@link dev.waybill.shipment.HandOver} ({@code TrackingNumber}, {@code ProviderName}), so that carrier's
 * events can join the journey.
 *
 * <p>YunExpress's newer Open Platform ({@code openapi.yunexpress.cn}: an OAuth2 token, HMAC-signed
 * {@code GET /v1/track-service/info/get}) is not supported here: no recorded answer of it was found in
 * public material, while the OMS answer was (see the test resources' SOURCES.md). The example adapter
 * {@code yunexpress-example} of the examples module speaks it, as a guide to writing an adapter.
 * Polling only: {@link #verifyWebhook} refuses every delivery.
 *
 * <p>Immutable and thread-safe; build once with {@link #of(YunExpressSettings)}.
 */
public final class YunExpressTracking extends ReadingAdapter<YunExpressSettings> {

    /** The adapter name. */
    public static final String NAME = "yunexpress";
    /** Numbers per call: the API takes one {@code OrderNumber}. */
    static final int BATCH_LIMIT = 1;
    /** Last resort for a shipment whose body names no origin: YunExpress's lines start in China. */
    private static final CountryCode HOME = CountryCode.of("CN");

    private YunExpressTracking(YunExpressSettings settings) {
        super(NAME, BATCH_LIMIT, settings, HOME);
    }

    /** An adapter built from {@code settings}. */
    public static YunExpressTracking of(YunExpressSettings settings) {
        return new YunExpressTracking(settings);
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        return oneByOne(numbers, this::trackOne);
    }

    private TrackingResult trackOne(String number) {
        HttpUrl url = settings().baseUrl().newBuilder().addPathSegments("api/Tracking/GetTrackAllInfo")
                .addQueryParameter("OrderNumber", number).build();
        Request request = new Request.Builder().url(url).get()
                .header("Authorization", YunExpressCredentials.header(settings().customerCode().orElseThrow(),
                        settings().apiSecret().orElseThrow()))
                .header("Accept", "application/json")
                .build();
        HttpReply reply = http().call(request, (status, body) -> CarrierError.NONE);
        return resultOf(number, YunExpressMapper.read(reply.body(), reply.status(), number, laneDefaults()),
                reply.status(), "YunExpress");
    }

    /** Reads any {@code GetTrackAllInfo} or {@code GetTrackInfo} body: an {@code Item} with events becomes a shipment. */
    @Override
    protected ParsedBody readBody(byte[] body) {
        return YunExpressMapper.read(body, 0, null, laneDefaults());
    }

    /** YunExpress is polled: Waybill knows no signature scheme of its pushes, so every delivery is refused. */
    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        throw new WebhookSignatureException(NAME, "Waybill polls YunExpress; it takes no pushes");
    }
}
