package dev.waybill.carriers.adapter;

import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.carrier.TrackingResult;
import dev.waybill.carriers.internal.BatchTracking;
import dev.waybill.carriers.http.CarrierCalls;
import dev.waybill.carriers.internal.CarrierHttp;
import dev.waybill.carriers.internal.OAuth2Tokens;
import dev.waybill.carriers.mapping.LaneDefaults;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Shipment;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every HTTP adapter does the same way: it holds its name, batch limit and settings, one
 * {@link CarrierHttp} that blanks the settings' secrets, and the default lane; {@link #track(List)}
 * refuses without the credentials tracking needs, then runs {@link BatchTracking} over
 * {@link #trackBatch(List)}. A carrier supplies {@link #trackBatch(List)}, {@link #parse(byte[])} and
 * {@link #verifyWebhook}, and a static {@code create(XxxSettings)}; one whose bodies name the numbers
 * they do not know extends {@link ReadingAdapter} and supplies {@code readBody} instead of {@code parse}.
 *
 * <p>Immutable and thread-safe, provided the subclass is.
 *
 * @param <S> the carrier's settings
 */
public abstract class HttpCarrierAdapter<S extends AdapterSettings> implements CarrierAdapter {

    private final String name;
    private final int batchLimit;
    private final S settings;
    private final CarrierHttp http;
    private final LaneDefaults laneDefaults;

    /**
     * An adapter named {@code name} that sends at most {@code batchLimit} numbers per call.
     *
     * @param home the carrier's last resort for a shipment whose body names no country
     */
    protected HttpCarrierAdapter(String name, int batchLimit, S settings, CountryCode home) {
        this.name = Objects.requireNonNull(name, "name");
        this.batchLimit = batchLimit;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = settings instanceof OAuth2Settings oauth
                ? CarrierHttp.create(name, settings.http(), settings.secrets(), OAuth2Tokens.of(oauth.tokenUrl(),
                        oauth.clientId().orElse(null), oauth.clientSecret().orElse(null),
                        oauth.clientAuthentication(), settings.http().clock()))
                : CarrierHttp.create(name, settings.http(), settings.secrets());
        this.laneDefaults = new LaneDefaults(settings.defaultOrigin(), settings.defaultDestination(), home);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int batchLimit() {
        return batchLimit;
    }

    @Override
    public final List<TrackingResult> track(List<String> trackingNumbers) {
        settings.requireCredentials(getClass().getSimpleName());
        return BatchTracking.track(trackingNumbers, batchLimit, http, this::trackBatch);
    }

    /**
     * One API call (or sequence of calls) for at most {@link #batchLimit()} distinct numbers,
     * answering results by number; see {@link BatchTracking#track} for what happens to a failure or a
     * number left out.
     */
    protected abstract Map<String, TrackingResult> trackBatch(List<String> numbers);

    /** Answers {@link #trackBatch(List)} for an API that takes one number per call. */
    protected static Map<String, TrackingResult> oneByOne(List<String> numbers,
                                                          Function<String, TrackingResult> trackOne) {
        Map<String, TrackingResult> results = new HashMap<>();
        for (String number : numbers) {
            results.put(number, trackOne.apply(number));
        }
        return results;
    }

    /**
     * The results of one call for several numbers: each number asked gets the first shipment the body
     * holds for it, else its problem ({@code NOT_FOUND} is {@link TrackingResult.NotYetKnown}, any other a
     * {@link TrackingResult.Failed} request error with the carrier's code); a number the body does not
     * mention is left out, for {@link BatchTracking} to report.
     *
     * @param status the HTTP status of the reply
     * @param label  how the carrier is named in a result's words ({@code "FedEx"})
     */
    protected final Map<String, TrackingResult> resultsByNumber(List<String> numbers, ParsedBody parsed, int status,
                                                                String label) {
        Map<String, String> asked = new HashMap<>();
        numbers.forEach(number -> asked.put(numberKey(number), number));
        Map<String, TrackingResult> results = new HashMap<>();
        for (Shipment shipment : parsed.shipments()) {
            String number = asked.get(numberKey(shipment.trackingNumber().orElse(null)));
            if (number != null) {
                results.putIfAbsent(number, new TrackingResult.Found(number, shipment));
            }
        }
        for (ParsedBody.Problem problem : parsed.problems()) {
            String number = asked.get(numberKey(problem.trackingNumber()));
            if (number == null) {
                continue;
            }
            results.putIfAbsent(number, problem.kind() == ParsedBody.Problem.Kind.NOT_FOUND
                    ? new TrackingResult.NotYetKnown(number, label + ": " + problem.describe())
                    : new TrackingResult.Failed(number, new CarrierRequestException(name, status, problem.code(),
                    http.redact(problem.describe()), null)));
        }
        return results;
    }

    /**
     * The result for {@code number} of a call that asked for it alone: the shipment with that number
     * (else the body's first), else {@link TrackingResult.NotYetKnown} for a not-found problem, else
     * a failure with the first problem, its words cleared of secrets.
     *
     * @param status the HTTP status the body came with
     * @param label  the carrier as messages name it ({@code "UPS"})
     */
    protected final TrackingResult resultOf(String number, ParsedBody parsed, int status, String label) {
        for (Shipment shipment : parsed.shipments()) {
            if (numberKey(number).equals(numberKey(shipment.trackingNumber().orElse(null)))) {
                return new TrackingResult.Found(number, shipment);
            }
        }
        if (!parsed.shipments().isEmpty()) {
            return new TrackingResult.Found(number, parsed.shipments().get(0));
        }
        for (ParsedBody.Problem problem : parsed.problems()) {
            if (problem.kind() == ParsedBody.Problem.Kind.NOT_FOUND) {
                return new TrackingResult.NotYetKnown(number, label + ": " + problem.describe());
            }
        }
        ParsedBody.Problem first = parsed.problems().get(0);
        return new TrackingResult.Failed(number, new CarrierRequestException(name, status, first.code(),
                http.redact(first.describe()), null));
    }

    /**
     * How a number the carrier echoes is matched to the number asked: stripped and upper-cased,
     * {@code ""} for none.
     */
    protected static String numberKey(String number) {
        return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    }

    /** The settings the adapter was built from. */
    protected final S settings() {
        return settings;
    }

    /** The HTTP layer, named after the adapter. */
    protected final CarrierCalls http() {
        return http;
    }

    /** Where a shipment goes when a body does not say: the settings' default lane, then the carrier's home. */
    protected final LaneDefaults laneDefaults() {
        return laneDefaults;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + settings + "}";
    }
}
