package dev.waybill.carriers.internal;

import dev.waybill.carrier.CarrierException;
import dev.waybill.carrier.TrackingResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The batch discipline every adapter's {@code track(List)} follows: distinct numbers, split into
 * calls of at most the API's limit, calls run with bounded concurrency, a failed call turned into
 * {@link TrackingResult.Failed} for the numbers it carried (never for the others), a number the
 * answer leaves out turned into {@link TrackingResult.NotYetKnown}, results in the order given.
 */
public final class BatchTracking {

    private BatchTracking() {
    }

    /**
     * Tracks {@code numbers} in calls of at most {@code batchLimit}.
     *
     * @param call one API call (or sequence of calls) for one batch, answering results by number;
     *             may throw {@link CarrierException}, which fails that batch only
     * @throws IllegalArgumentException if a number is null or blank
     */
    public static List<TrackingResult> track(List<String> numbers, int batchLimit, CarrierHttp http,
                                             Function<List<String>, Map<String, TrackingResult>> call) {
        Objects.requireNonNull(numbers, "numbers");
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String number : numbers) {
            if (number == null || number.isBlank()) {
                throw new IllegalArgumentException("a tracking number is null or blank: " + numbers);
            }
            distinct.add(number.strip());
        }
        List<String> all = new ArrayList<>(distinct);
        List<Supplier<Map<String, TrackingResult>>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += batchLimit) {
            List<String> batch = List.copyOf(all.subList(from, Math.min(all.size(), from + batchLimit)));
            batches.add(() -> runOne(batch, call));
        }
        Map<String, TrackingResult> byNumber = new HashMap<>();
        http.inParallel(batches).forEach(byNumber::putAll);
        List<TrackingResult> results = new ArrayList<>(numbers.size());
        for (String number : numbers) {
            results.add(byNumber.get(number.strip()));
        }
        return List.copyOf(results);
    }

    private static Map<String, TrackingResult> runOne(List<String> batch,
                                                      Function<List<String>, Map<String, TrackingResult>> call) {
        Map<String, TrackingResult> results = new HashMap<>();
        try {
            results.putAll(call.apply(batch));
        } catch (CarrierException e) {
            batch.forEach(number -> results.put(number, new TrackingResult.Failed(number, e)));
        }
        batch.forEach(number -> results.putIfAbsent(number,
                new TrackingResult.NotYetKnown(number, "not in the carrier's answer")));
        return results;
    }
}
