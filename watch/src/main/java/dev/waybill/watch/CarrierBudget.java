package dev.waybill.watch;

import java.time.Duration;
import java.util.Map;

/**
 * What a carrier's API allows: HTTP requests per second and tracking numbers per call, and how many
 * requests one tracking call of its adapter makes. The poller never exceeds it: calls to one carrier
 * are spaced so that no second holds more than {@code requestsPerSecond} requests.
 *
 * @param requestsPerSecond HTTP requests per second, at least 1
 * @param numbersPerCall    tracking numbers per call, at least 1 (the adapter's own limit also holds)
 * @param requestsPerCall   HTTP requests one tracking call makes, at least 1 (17TRACK's adapter: 2,
 *                          {@code register} then {@code gettrackinfo})
 */
public record CarrierBudget(int requestsPerSecond, int numbersPerCall, int requestsPerCall) {

    /** A careful budget for a carrier whose limits are not listed: one call a second, one number each. */
    public static final CarrierBudget CAREFUL = new CarrierBudget(1, 1);

    /**
     * The documented limits known: 17TRACK v2.4, 3 requests/s and 40 numbers per call, its adapter
     * making two requests per call.
     */
    public static final Map<String, CarrierBudget> DOCUMENTED = Map.of("17track", new CarrierBudget(3, 40, 2));

    /** Validates the parts. */
    public CarrierBudget {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be at least 1: " + requestsPerSecond);
        }
        if (numbersPerCall < 1) {
            throw new IllegalArgumentException("numbersPerCall must be at least 1: " + numbersPerCall);
        }
        if (requestsPerCall < 1) {
            throw new IllegalArgumentException("requestsPerCall must be at least 1: " + requestsPerCall);
        }
    }

    /** A budget for an adapter that makes one request per tracking call. */
    public CarrierBudget(int requestsPerSecond, int numbersPerCall) {
        this(requestsPerSecond, numbersPerCall, 1);
    }

    /**
     * The least time between the starts of two tracking calls: {@code 1 / n} s for the {@code n} whole
     * calls whose requests fit in a second, rounded up to the nanosecond (so that no second ever holds
     * one call more); {@code requestsPerCall / requestsPerSecond} s when not even one call fits.
     */
    public Duration spacing() {
        int calls = requestsPerSecond / requestsPerCall;
        return calls >= 1 ? Duration.ofNanos((1_000_000_000L + calls - 1) / calls)
                : Duration.ofNanos((1_000_000_000L * requestsPerCall + requestsPerSecond - 1) / requestsPerSecond);
    }
}
