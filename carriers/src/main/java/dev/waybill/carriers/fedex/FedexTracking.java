package dev.waybill.carriers.fedex;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carriers.adapter.ReadingAdapter;
import dev.waybill.carriers.http.HttpReply;
import dev.waybill.carriers.mapping.CarrierJson;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The FedEx Track API adapter ({@value #NAME}). Up to {@value #BATCH_LIMIT} numbers per
 * {@code POST /track/v1/trackingnumbers}, with an OAuth2 bearer token the HTTP layer fetches,
 * caches and refreshes, {@code x-locale} and a fresh {@code x-customer-transaction-id}. A number
 * FedEx does not know ({@code TRACKING.TRACKINGNUMBER.NOTFOUND}) is
 * {@link TrackingResult.NotYetKnown}, another per-number error fails that number only. FedEx counts
 * 1,400 transactions per 10 s per project and answers 429 beyond: the shared retry waits the
 * {@code Retry-After} where FedEx sends one, else backs off. Advanced Integrated Visibility pushes
 * are taken too: {@link #verifyWebhook} checks their {@code fdx-signature} ({@link FedexWebhook}), and
 * their body, {@code output.completeTrackResults} like a Track API answer (FedEx's
 * {@code TestWebhookOutputVO}), is read by {@link #read} the same way.
 *
 * <p>Immutable and thread-safe; build once with {@link #of(FedexSettings)}.
 */
public final class FedexTracking extends ReadingAdapter<FedexSettings> {

    /** The adapter name. */
    public static final String NAME = "fedex";
    /** Numbers per API call: FedEx's documented maximum, 30. */
    public static final int BATCH_LIMIT = 30;

    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");

    private FedexTracking(FedexSettings settings) {
        super(NAME, BATCH_LIMIT, settings, FedexSettings.HOME);
    }

    /** An adapter built from {@code settings}. */
    public static FedexTracking of(FedexSettings settings) {
        return new FedexTracking(settings);
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        ObjectNode body = CarrierJson.object().put("includeDetailedScans", true);
        ArrayNode info = body.putArray("trackingInfo");
        for (String number : numbers) {
            info.addObject().putObject("trackingNumberInfo").put("trackingNumber", number);
        }
        Request request = new Request.Builder()
                .url(settings().baseUrl().newBuilder().addPathSegments("track/v1/trackingnumbers").build())
                .post(RequestBody.create(body.toString(), APPLICATION_JSON))
                .header("x-locale", settings().locale())
                .header("x-customer-transaction-id", UUID.randomUUID().toString())
                .header("Accept", "application/json")
                .build();
        HttpReply reply = http().call(request, FedexMapper::error);
        return resultsByNumber(numbers, FedexMapper.read(reply.body(), reply.status(), laneDefaults()), reply.status(),
                "FedEx");
    }

    /**
     * Reads any Track API body or Advanced Integrated Visibility push: a shipment per known number, a
     * not-found problem per unknown one.
     */
    @Override
    protected ParsedBody readBody(byte[] body) {
        return FedexMapper.read(body, 0, laneDefaults());
    }

    /** An Advanced Integrated Visibility push is signed in header {@value FedexWebhook#HEADER} with the security token. */
    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        FedexWebhook.verify(rawBody, headers, secret);
    }
}
