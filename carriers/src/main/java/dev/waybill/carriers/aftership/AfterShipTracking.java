package dev.waybill.carriers.aftership;

import dev.waybill.carrier.CarrierException;
import dev.waybill.carrier.CarrierRequestException;
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
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The AfterShip Tracking adapter ({@value #NAME}). AfterShip is subscription-style: a batch reads
 * the trackings AfterShip holds with one {@code GET /trackings?tracking_numbers=A,B,…} (following
 * {@code next_cursor}), and creates each one it does not hold with {@code POST /trackings}; a new
 * tracking has no checkpoint yet and is {@link TrackingResult.NotYetKnown}. At most
 * {@value #BATCH_LIMIT} numbers per read (AfterShip's published ceiling for {@code tracking_numbers},
 * marked unverified in research; a conservative choice).
 *
 * <p>Immutable and thread-safe; build once with {@link #of(AfterShipSettings)}.
 */
public final class AfterShipTracking extends HttpCarrierAdapter<AfterShipSettings> {

    /** The adapter name. */
    public static final String NAME = "aftership";
    /** Numbers per list call. */
    public static final int BATCH_LIMIT = 50;
    /** Page size asked for; AfterShip's maximum is 200. */
    static final int PAGE_SIZE = 200;
    /** Pages followed per batch at most, a guard against a cursor that never ends. */
    static final int MAX_PAGES = 10;
    /** AfterShip's code for "tracking already exists". */
    static final String ALREADY_EXISTS = "4003";

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private AfterShipTracking(AfterShipSettings settings) {
        super(NAME, BATCH_LIMIT, settings, AfterShipSettings.HOME);
    }

    /** An adapter built from {@code settings}. */
    public static AfterShipTracking of(AfterShipSettings settings) {
        return new AfterShipTracking(settings);
    }

    private HttpUrl.Builder trackings() {
        return settings().baseUrl().newBuilder().addPathSegment("tracking").addPathSegment(settings().apiVersion())
                .addPathSegment("trackings");
    }

    private Request.Builder authorised() {
        return new Request.Builder().header("as-api-key", settings().apiKey().orElseThrow())
                .header("Accept", "application/json");
    }

    @Override
    protected Map<String, TrackingResult> trackBatch(List<String> numbers) {
        Map<String, AfterShipResponse.Tracking> held = new HashMap<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpUrl.Builder url = trackings().addQueryParameter("tracking_numbers", String.join(",", numbers))
                    .addQueryParameter("limit", Integer.toString(PAGE_SIZE));
            if (cursor != null) {
                url.addQueryParameter("cursor", cursor);
            }
            HttpReply reply = http().call(authorised().url(url.build()).get().build(), AfterShipMapper::error);
            AfterShipMapper.Page page = AfterShipMapper.page(reply.body(), reply.status());
            for (AfterShipResponse.Tracking tracking : page.trackings()) {
                held.putIfAbsent(numberKey(tracking.trackingNumber()), tracking);
            }
            cursor = Boolean.TRUE.equals(page.pagination().hasNextPage()) ? page.pagination().nextCursor() : null;
        } while (cursor != null && ++pages < MAX_PAGES);

        Map<String, TrackingResult> results = new HashMap<>();
        for (String number : numbers) {
            AfterShipResponse.Tracking tracking = held.get(numberKey(number));
            results.put(number, tracking != null ? result(number, tracking) : missing(number));
        }
        return results;
    }

    private TrackingResult missing(String number) {
        if (!settings().createMissing()) {
            return new TrackingResult.NotYetKnown(number, "AfterShip does not track this number");
        }
        try {
            var body = CarrierJson.object().put("tracking_number", number);
            Request request = authorised().url(trackings().build())
                    .post(RequestBody.create(CarrierJson.write(body), JSON)).build();
            HttpReply reply = http().call(request, AfterShipMapper::error);
            List<AfterShipResponse.Tracking> created = AfterShipMapper.trackings(reply.body(), reply.status());
            return created.isEmpty() ? new TrackingResult.NotYetKnown(number, "created at AfterShip")
                    : result(number, created.get(0));
        } catch (CarrierRequestException e) {
            if (e.carrierCode().filter(ALREADY_EXISTS::equals).isPresent()) {
                return new TrackingResult.NotYetKnown(number, "AfterShip already tracks this number");
            }
            return new TrackingResult.Failed(number, e);
        } catch (CarrierException e) {
            return new TrackingResult.Failed(number, e);
        }
    }

    private TrackingResult result(String number, AfterShipResponse.Tracking tracking) {
        if (tracking.checkpoints() == null || tracking.checkpoints().isEmpty()) {
            return new TrackingResult.NotYetKnown(number, "AfterShip has no checkpoint yet (tag "
                    + tracking.tag() + ")");
        }
        return new TrackingResult.Found(number, AfterShipMapper.shipment(tracking, laneDefaults()));
    }

    @Override
    public List<Shipment> parse(byte[] body) {
        Objects.requireNonNull(body, "body");
        List<Shipment> shipments = new ArrayList<>();
        for (AfterShipResponse.Tracking tracking : AfterShipMapper.trackings(body, 0)) {
            shipments.add(AfterShipMapper.shipment(tracking, laneDefaults()));
        }
        return shipments;
    }

    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        AfterShipWebhook.verify(rawBody, headers, secret);
    }
}
