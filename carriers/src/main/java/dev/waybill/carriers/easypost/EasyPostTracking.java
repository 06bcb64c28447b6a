package dev.waybill.carriers.easypost;

import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carriers.adapter.HttpCarrierAdapter;
import dev.waybill.carriers.http.HttpReply;
import dev.waybill.carriers.mapping.CarrierJson;
import dev.waybill.shipment.Shipment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The EasyPost Trackers adapter ({@value #NAME}). A batch of one creates a tracker with
 * {@code POST /v2/trackers} (EasyPost answers with the existing tracker for a code it already
 * tracks); a larger batch uses {@code POST /v2/trackers/batch}. EasyPost publishes no maximum for the
 * batch call; {@value #BATCH_LIMIT} per call is Waybill's default. A tracker whose status is
 * {@code unknown} and that has no detail yet is {@link TrackingResult.NotYetKnown}.
 *
 * <p>Immutable and thread-safe; build once with {@link #of(EasyPostSettings)}.
 */
public final class EasyPostTracking extends HttpCarrierAdapter<EasyPostSettings> {

    /** The adapter name. */
    public static final String NAME = "easypost";
    /** Numbers per batch call (a Waybill default, see the class comment). */
    public static final int BATCH_LIMIT = 100;

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private EasyPostTracking(EasyPostSettings settings) {
        super(NAME, BATCH_LIMIT, settings, EasyPostSettings.HOME);
    }

    /** An adapter built from {@code settings}. */
    public static EasyPostTracking of(EasyPostSettings settings) {
        return new EasyPostTracking(settings);
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        EasyPostSettings settings = settings();
        var body = CarrierJson.object();
        String path;
        if (numbers.size() == 1) {
            body.putObject("tracker").put("tracking_code", numbers.get(0));
            path = "trackers";
        } else {
            numbers.forEach(body.putArray("tracking_codes")::add);
            path = "trackers/batch";
        }
        Request request = new Request.Builder()
                .url(settings.baseUrl().newBuilder().addPathSegment(settings.apiVersion()).addPathSegments(path).build())
                .header("Authorization", Credentials.basic(settings.apiKey().orElseThrow(), ""))
                .header("Accept", "application/json")
                .post(RequestBody.create(CarrierJson.write(body), JSON))
                .build();
        HttpReply reply = http().call(request, EasyPostMapper::error);
        Map<String, String> asked = new HashMap<>();
        numbers.forEach(number -> asked.put(numberKey(number), number));
        Map<String, TrackingResult> results = new HashMap<>();
        for (EasyPostResponse.Tracker tracker : EasyPostMapper.trackers(reply.body(), reply.status())) {
            String number = asked.get(numberKey(tracker.trackingCode()));
            if (number != null) {
                results.put(number, result(number, tracker));
            }
        }
        return results;
    }

    private TrackingResult result(String number, EasyPostResponse.Tracker tracker) {
        boolean empty = tracker.trackingDetails() == null || tracker.trackingDetails().isEmpty();
        if (empty) {
            return new TrackingResult.NotYetKnown(number, "EasyPost tracker " + tracker.id() + " has no detail yet"
                    + " (status " + tracker.status() + ")");
        }
        return new TrackingResult.Found(number, EasyPostMapper.shipment(tracker, laneDefaults()));
    }

    @Override
    public List<Shipment> parse(byte[] body) {
        Objects.requireNonNull(body, "body");
        List<Shipment> shipments = new ArrayList<>();
        for (EasyPostResponse.Tracker tracker : EasyPostMapper.trackers(body, 0)) {
            shipments.add(EasyPostMapper.shipment(tracker, laneDefaults()));
        }
        return shipments;
    }

    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        EasyPostWebhook.verify(rawBody, headers, secret);
    }
}
