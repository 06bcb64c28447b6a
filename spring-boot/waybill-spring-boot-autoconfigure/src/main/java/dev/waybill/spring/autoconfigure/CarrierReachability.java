package dev.waybill.spring.autoconfigure;

import dev.waybill.carrier.CarrierConnectionException;
import dev.waybill.carrier.CarrierServerException;
import dev.waybill.carrier.TrackingResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether each carrier answered the watcher's last call: {@code reachable} after an answer (found,
 * not yet known, or an error the API itself returned), {@code unreachable} after a call that could
 * not connect or met a server error, with when and why. The health component shows it; a carrier that
 * is down does not make the application {@code DOWN}, since its parcels wait for their next look.
 */
public final class CarrierReachability {

    private record Call(Instant at, boolean reached, String problem) {
    }

    private final Map<String, Call> last = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    /** Dates each call by {@code clock}. */
    public CarrierReachability(Clock clock) {
        this.clock = clock;
    }

    /** Records how a call to {@code carrier} went, from its results. */
    void record(String carrier, List<TrackingResult> results) {
        for (TrackingResult result : results) {
            if (!(result instanceof TrackingResult.Failed)) {
                last.put(carrier, new Call(clock.instant(), true, null));
                return;
            }
        }
        for (TrackingResult result : results) {
            if (result instanceof TrackingResult.Failed failed
                    && (failed.error() instanceof CarrierConnectionException
                    || failed.error() instanceof CarrierServerException)) {
                last.put(carrier, new Call(clock.instant(), false, failed.error().getMessage()));
                failures.merge(carrier, 1, Integer::sum);
                return;
            }
        }
        if (!results.isEmpty()) {
            last.put(carrier, new Call(clock.instant(), true, null));
        }
    }

    /** How many calls to {@code carrier} could not reach it so far. */
    int failures(String carrier) {
        return failures.getOrDefault(carrier, 0);
    }

    /** Whether the last call to {@code carrier} could not reach it. */
    public boolean unreachable(String carrier) {
        Call call = last.get(carrier);
        return call != null && !call.reached();
    }

    /** Each carrier called so far: {@code reachable at T} or {@code unreachable at T: why}. */
    public Map<String, String> describe() {
        Map<String, String> described = new TreeMap<>();
        last.forEach((carrier, call) -> described.put(carrier, call.reached() ? "reachable at " + call.at()
                : "unreachable at " + call.at() + ": " + call.problem()));
        return described;
    }
}
