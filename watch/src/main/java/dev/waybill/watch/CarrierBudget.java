package dev.waybill.watch;

import java.util.Map;

/**
 * What a carrier's API allows: requests per second and tracking numbers per call. The poller
 * never exceeds it: calls to one carrier are spaced at least {@code 1 / requestsPerSecond} apart.
 *
 * @param requestsPerSecond calls per second, at least 1
 * @param numbersPerCall    tracking numbers per call, at least 1 (the adapter's own limit also holds)
 */
public record CarrierBudget(int requestsPerSecond, int numbersPerCall) {

    /** A careful budget for a carrier whose limits are not listed: one call a second, one number each. */
    public static final CarrierBudget CAREFUL = new CarrierBudget(1, 1);

    /** The documented limits known: 17TRACK v2.4, 3 requests/s and 40 numbers per call. */
    public static final Map<String, CarrierBudget> DOCUMENTED = Map.of("17track", new CarrierBudget(3, 40));

    /** Validates the parts. */
    public CarrierBudget {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be at least 1: " + requestsPerSecond);
        }
        if (numbersPerCall < 1) {
            throw new IllegalArgumentException("numbersPerCall must be at least 1: " + numbersPerCall);
        }
    }
}
