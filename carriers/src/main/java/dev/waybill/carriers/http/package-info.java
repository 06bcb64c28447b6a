/**
 * The one small HTTP layer every adapter shares: {@link dev.waybill.carriers.http.CarrierHttp} runs a
 * request through the caller's (or a default) {@code OkHttpClient} under one resilience4j
 * {@code Retry} built from {@link dev.waybill.carrier.CarrierException#isRetryable()}, maps HTTP
 * statuses onto the {@link dev.waybill.carrier.CarrierException} tree, honours {@code Retry-After},
 * bounds the concurrency of batch calls and logs at debug level with keys and query strings left out.
 * {@link dev.waybill.carriers.http.HttpSettings} holds the knobs.
 */
package dev.waybill.carriers.http;
