/**
 * The adapters' machinery, not for use outside this module: {@code CarrierHttp} (one resilience4j
 * retry per adapter, statuses to the {@code CarrierException} tree, secrets blanked),
 * {@code OAuth2Tokens} (an OAuth2 client-credentials token fetched once, cached, shared
 * and refreshed on a 401), {@code BatchTracking} (splitting by the batch limit, bounded concurrency, a failed call failing
 * only its numbers) and the reading of {@code Retry-After}. Adapters reach them through
 * {@link dev.waybill.carriers.adapter.HttpCarrierAdapter}.
 */
package dev.waybill.carriers.internal;
