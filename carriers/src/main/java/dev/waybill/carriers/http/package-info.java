/**
 * What an adapter hands the shared HTTP layer and gets back: {@link dev.waybill.carriers.http.HttpSettings}
 * (the caller's or a default {@code OkHttpClient}, timeouts, attempts, batch concurrency),
 * {@link dev.waybill.carriers.http.HttpReply} (a status and the raw bytes),
 * {@link dev.waybill.carriers.http.CarrierError} (the code and message an adapter reads from an error
 * body) and {@link dev.waybill.carriers.http.Sleeper} (the waits between attempts, zero in tests).
 * The layer itself (one resilience4j {@code Retry} built from
 * {@link dev.waybill.carrier.CarrierException#isRetryable()}, statuses onto the
 * {@link dev.waybill.carrier.CarrierException} tree, {@code Retry-After}, bounded batch concurrency,
 * logs without keys) is internal, reached through {@link dev.waybill.carriers.adapter.HttpCarrierAdapter}.
 */
package dev.waybill.carriers.http;
