package dev.waybill.carriers.seventeentrack;

import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carriers.adapter.ReadingAdapter;
import dev.waybill.carriers.http.HttpReply;
import dev.waybill.carriers.mapping.CarrierJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The 17TRACK adapter ({@value #NAME}). Per batch of at most {@value #BATCH_LIMIT} numbers: {@code
 * register} (already registered is fine; a number 17TRACK cannot place with a carrier yet is
 * {@link TrackingResult.NotYetKnown}; another rejection fails that number only), then {@code
 * gettrackinfo} for the accepted ones. A number whose status is {@code NotFound} or that has no event
 * yet is {@link TrackingResult.NotYetKnown}. Registration spends 17TRACK quota once per number;
 * reads are free.
 *
 * <p>Immutable and thread-safe; build once with {@link #of(SeventeenTrackSettings)}.
 */
public final class SeventeenTrackTracking extends ReadingAdapter<SeventeenTrackSettings> {

    /** The adapter name. */
    public static final String NAME = "17track";
    /** Numbers per call, 17TRACK's documented maximum. */
    public static final int BATCH_LIMIT = 40;

    /** Rejections that mean "registered already": go on and read it. */
    static final Set<Integer> ALREADY_REGISTERED = Set.of(-18019901);
    /** Rejections that mean "no data yet": carrier not detected, not registered, no information yet. */
    static final Set<Integer> NOT_YET = Set.of(-18019903, -18019902, -18019909);

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private SeventeenTrackTracking(SeventeenTrackSettings settings) {
        super(NAME, BATCH_LIMIT, settings, SeventeenTrackSettings.HOME);
    }

    /** An adapter built from {@code settings}. */
    public static SeventeenTrackTracking of(SeventeenTrackSettings settings) {
        return new SeventeenTrackTracking(settings);
    }

    private SeventeenTrackResponse.Envelope post(String endpoint, List<String> numbers) {
        var body = CarrierJson.array();
        numbers.forEach(number -> body.addObject().put("number", number));
        SeventeenTrackSettings settings = settings();
        Request request = new Request.Builder()
                .url(settings.baseUrl().newBuilder().addPathSegment("track").addPathSegment(settings.apiVersion())
                        .addPathSegment(endpoint).build())
                .header("17token", settings.apiKey().orElseThrow())
                .post(RequestBody.create(CarrierJson.write(body), JSON))
                .build();
        HttpReply reply = http().call(request, SeventeenTrackMapper::error);
        return SeventeenTrackMapper.envelope(reply.body(), reply.status());
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        Map<String, String> asked = new HashMap<>();
        numbers.forEach(number -> asked.put(numberKey(number), number));
        Map<String, TrackingResult> results = new HashMap<>();

        SeventeenTrackResponse.Envelope registered = post("register", numbers);
        List<String> readable = new ArrayList<>(numbers);
        for (SeventeenTrackResponse.Rejected rejected : rejections(registered)) {
            String number = asked.get(numberKey(rejected.number()));
            Integer code = rejected.error() == null ? null : rejected.error().code();
            if (number == null || (code != null && ALREADY_REGISTERED.contains(code))) {
                continue;
            }
            readable.remove(number);
            results.put(number, rejection(number, rejected));
        }
        if (readable.isEmpty()) {
            return results;
        }
        SeventeenTrackResponse.Envelope info = post("gettrackinfo", readable);
        if (info.data() != null && info.data().accepted() != null) {
            for (SeventeenTrackResponse.Item accepted : info.data().accepted()) {
                SeventeenTrackResponse.Item item = SeventeenTrackMapper.item(accepted, 200);
                String number = asked.get(numberKey(item.number()));
                if (number != null) {
                    results.put(number, result(number, item));
                }
            }
        }
        for (SeventeenTrackResponse.Rejected rejected : rejections(info)) {
            String number = asked.get(numberKey(rejected.number()));
            if (number != null) {
                results.put(number, rejection(number, rejected));
            }
        }
        return results;
    }

    private static List<SeventeenTrackResponse.Rejected> rejections(SeventeenTrackResponse.Envelope envelope) {
        return envelope.data() == null || envelope.data().rejected() == null ? List.of()
                : envelope.data().rejected().stream().filter(r -> r != null && r.number() != null).toList();
    }

    private TrackingResult result(String number, SeventeenTrackResponse.Item item) {
        boolean notFound = item.trackInfo() != null && item.trackInfo().latestStatus() != null
                && "NotFound".equalsIgnoreCase(item.trackInfo().latestStatus().status());
        if (notFound || !SeventeenTrackMapper.hasEvents(item)) {
            return new TrackingResult.NotYetKnown(number, "17TRACK has no event yet");
        }
        return new TrackingResult.Found(number, SeventeenTrackMapper.shipment(item, laneDefaults()));
    }

    private static TrackingResult rejection(String number, SeventeenTrackResponse.Rejected rejected) {
        Integer code = rejected.error() == null ? null : rejected.error().code();
        String message = rejected.error() == null || rejected.error().message() == null ? "rejected"
                : rejected.error().message();
        if (code != null && NOT_YET.contains(code)) {
            return new TrackingResult.NotYetKnown(number, message);
        }
        return new TrackingResult.Failed(number, new CarrierRequestException(NAME, 200,
                code == null ? null : code.toString(), message, null));
    }

    /**
     * Reads any 17TRACK body: a {@code gettrackinfo} answer (its rejected numbers become
     * {@link ParsedBody.Problem.Kind#NOT_FOUND} problems), a {@code register} receipt or a push that
     * carries no {@code track_info} (a problem per number), or a push with tracking.
     */
    @Override
    protected ParsedBody readBody(byte[] body) {
        return SeventeenTrackMapper.parsed(body, laneDefaults());
    }

    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        SeventeenTrackWebhook.verify(rawBody, headers, secret);
    }
}
