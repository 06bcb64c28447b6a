package dev.waybill.carriers.http;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import okhttp3.Request;

/**
 * The HTTP layer as an adapter sees it through {@link dev.waybill.carriers.adapter.HttpCarrierAdapter#http()}:
 * calls under the adapter's retry policy, bounded batch concurrency, and secrets blanked out of text.
 * The implementation is internal to this module. Implementations are immutable and thread-safe.
 */
public interface CarrierCalls {

    /** The adapter name this layer reports in errors. */
    String carrier();

    /**
     * Sends {@code request} under the retry policy and answers the 2xx reply.
     *
     * @param errors reads the carrier's code and message from an error body
     * @throws dev.waybill.carrier.CarrierException for a non-2xx status or no response, after the
     *         retries allowed
     */
    HttpReply call(Request request, CarrierError.Reader errors);

    /**
     * Like {@link #call(Request, CarrierError.Reader)}, but answers instead of throwing for the
     * non-2xx statuses {@code accepted} takes (DHL's 404 "no result found" is an outcome, not a failure).
     */
    HttpReply call(Request request, CarrierError.Reader errors, IntPredicate accepted);

    /**
     * Runs {@code tasks} with at most {@link HttpSettings#maxConcurrency()} in flight and answers their
     * results in task order.
     */
    <T> List<T> inParallel(List<? extends Supplier<T>> tasks);

    /** {@code text} with every secret of the adapter blanked out; null stays null. */
    String redact(String text);
}
