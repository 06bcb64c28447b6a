/**
 * A complete adapter written outside the carriers module, the way a shop adds its own carrier:
 * YunExpress's Open Platform ({@code openapi.yunexpress.cn}), token-and-signature authenticated, under
 * the name {@code yunexpress-example} (the production {@code yunexpress} adapter is the carriers
 * module's, on YunExpress's OMS API, whose answers were found recorded; no Open Platform answer was).
 * {@link dev.waybill.examples.yunexpress.YunExpressTracking} follows the carriers module's layout
 * (settings, status table, DTOs, mapper) and is registered through
 * {@code META-INF/services/dev.waybill.carrier.CarrierAdapterProvider} by
 * {@link dev.waybill.examples.yunexpress.YunExpressProvider}.
 */
package dev.waybill.examples.yunexpress;
