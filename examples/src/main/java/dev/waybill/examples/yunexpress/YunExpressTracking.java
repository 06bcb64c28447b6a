package dev.waybill.examples.yunexpress;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import dev.waybill.carriers.adapter.HttpCarrierAdapter;
import dev.waybill.carriers.http.HttpReply;
import dev.waybill.carriers.mapping.CarrierJson;
import dev.waybill.shipment.Shipment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The YunExpress Open Platform adapter ({@value #NAME}): a client-credentials access token from
 * {@code POST /openapi/oauth2/token}, cached until shortly before it expires, then
 * {@code GET /v1/track-service/info/get?order_number=…} per number with the {@code token},
 * {@code date} and {@code sign} headers ({@link YunExpressSignature}). One number per call. A 401 on a
 * tracking call drops the cached token and tries once more with a new one.
 *
 * <p>Unverified points, read the best-supported way: the token answer may be bare or wrapped
 * ({@code accessToken}, {@code expiresIn} in seconds; one hour is assumed when absent), and the
 * tracking answer's schema follows open-source clients. YunExpress's push signature is not documented
 * in Waybill's sources, so {@link #verifyWebhook} rejects every delivery rather than pretend.
 *
 * <p>Immutable in configuration and thread-safe; build once with {@link #of(YunExpressSettings)}.
 */
public final class YunExpressTracking extends HttpCarrierAdapter<YunExpressSettings> {

    /**
     * The adapter name: not {@code yunexpress}, which is the production adapter's (the carriers module's,
     * on YunExpress's OMS API); this one is the guide to writing an adapter of one's own.
     */
    public static final String NAME = "yunexpress-example";
    /** Numbers per API call: one. */
    static final int BATCH_LIMIT = 1;
    /** The tracking path, which is also the signed {@code uri}. */
    static final String TRACK_URI = "/v1/track-service/info/get";
    /** Token lifetime assumed when the answer does not say (a Waybill default). */
    static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);
    /** A token is renewed this long before it expires. */
    static final Duration TOKEN_MARGIN = Duration.ofMinutes(1);

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final AtomicReference<AccessToken> token = new AtomicReference<>();

    /** A token and when it stops being used. */
    private record AccessToken(String value, Instant renewAt) {
    }

    private YunExpressTracking(YunExpressSettings settings) {
        super(NAME, BATCH_LIMIT, settings, YunExpressSettings.HOME);
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
        Request request = trackingRequest(number);
        HttpReply reply;
        try {
            reply = http().call(request, YunExpressMapper::error);
        } catch (CarrierAuthenticationException expired) {
            token.set(null);
            reply = http().call(trackingRequest(number), YunExpressMapper::error);
        }
        YunExpressResponse.Envelope envelope = YunExpressMapper.envelope(reply.body(), reply.status());
        if (!Boolean.TRUE.equals(envelope.success())) {
            return new TrackingResult.Failed(number, new CarrierRequestException(NAME, reply.status(), envelope.code(),
                    envelope.msg() == null ? "YunExpress refused the request" : http().redact(envelope.msg()), null));
        }
        if (envelope.result() == null || envelope.result().isEmpty() || envelope.result().get(0).trackInfo() == null) {
            return new TrackingResult.NotYetKnown(number, "YunExpress has no track for this number");
        }
        YunExpressResponse.Result result = envelope.result().get(0);
        List<YunExpressResponse.Event> events = result.trackInfo().trackEvents();
        if ((events == null || events.isEmpty()) && YunExpressStatusMap.NOT_YET.contains(result.packageStatus())) {
            return new TrackingResult.NotYetKnown(number, "YunExpress package status " + result.packageStatus());
        }
        return new TrackingResult.Found(number, YunExpressMapper.shipment(result.trackInfo(), number, laneDefaults()));
    }

    private Request trackingRequest(String number) {
        YunExpressSettings settings = settings();
        long date = settings.http().clock().millis();
        return new Request.Builder()
                .url(settings.baseUrl().newBuilder().addPathSegments(TRACK_URI.substring(1))
                        .addQueryParameter("order_number", number).build())
                .header("token", accessToken())
                .header("date", Long.toString(date))
                .header("sign", YunExpressSignature.sign("GET", TRACK_URI, null, date, settings.appSecret()))
                .header("Accept", "application/json")
                .get().build();
    }

    private String accessToken() {
        YunExpressSettings settings = settings();
        Instant now = settings.http().clock().instant();
        AccessToken current = token.get();
        if (current != null && now.isBefore(current.renewAt())) {
            return current.value();
        }
        var body = CarrierJson.object().put("grantType", "client_credentials").put("appId", settings.appId())
                .put("appSecret", settings.appSecret());
        if (settings.sourceKey() != null) {
            body.put("sourceKey", settings.sourceKey());
        }
        Request request = new Request.Builder()
                .url(settings.baseUrl().newBuilder().addPathSegments("openapi/oauth2/token").build())
                .post(RequestBody.create(CarrierJson.write(body), JSON)).build();
        HttpReply reply = http().call(request, YunExpressMapper::error);
        var root = CarrierJson.tree(NAME, reply.status(), reply.body());
        for (String wrapper : List.of("result", "data", "response")) {
            if (root.path(wrapper).has("accessToken")) {
                root = root.get(wrapper);
            }
        }
        YunExpressResponse.Token answer = CarrierJson.bind(NAME, reply.status(), root, YunExpressResponse.Token.class);
        if (answer.accessToken() == null || answer.accessToken().isBlank()) {
            throw new CarrierResponseException(NAME, reply.status(), null, "token answer without accessToken", null);
        }
        Duration lifetime = answer.expiresIn() == null ? DEFAULT_TOKEN_LIFETIME : Duration.ofSeconds(answer.expiresIn());
        token.set(new AccessToken(answer.accessToken(), now.plus(lifetime).minus(TOKEN_MARGIN)));
        return answer.accessToken();
    }

    @Override
    public List<Shipment> parse(byte[] body) {
        Objects.requireNonNull(body, "body");
        List<Shipment> shipments = new ArrayList<>();
        for (YunExpressResponse.TrackInfo info : YunExpressMapper.trackInfos(body, 0)) {
            shipments.add(YunExpressMapper.shipment(info, null, laneDefaults()));
        }
        return shipments;
    }

    /** Always rejects: YunExpress's push signature is not documented in Waybill's sources (see the class comment). */
    @Override
    public void verifyWebhook(byte[] rawBody, WebhookHeaders headers, String secret) {
        throw new WebhookSignatureException(NAME, "YunExpress push signatures are not documented in Waybill's "
                + "sources; verify the delivery another way and use parse");
    }
}
