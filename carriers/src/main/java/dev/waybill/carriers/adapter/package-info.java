/**
 * The template every HTTP adapter fills in, written once.
 * {@link dev.waybill.carriers.adapter.AdapterSettings} holds the base URL, default lane and
 * {@link dev.waybill.carriers.http.HttpSettings} with a {@code toString()} that shows no secret, and
 * {@link dev.waybill.carriers.adapter.ApiKeySettings} one API key on top, and
 * {@link dev.waybill.carriers.adapter.VersionedApiKeySettings} the API version in the path on top of
 * that, {@link dev.waybill.carriers.adapter.OAuth2Settings} an OAuth2 client id and secret instead of a key, each with a self-typed builder; {@link dev.waybill.carriers.adapter.HttpCarrierAdapter} holds the name, batch limit,
 * HTTP layer and default lane and runs {@code track} through
 * {@link dev.waybill.carriers.internal.BatchTracking}. A carrier's {@code XxxSettings} and
 * {@code XxxTracking} extend them and hold only what is their own.
 *
 * <p>With {@link dev.waybill.carriers.mapping} this package is the SPI for adapter authors (the bundled
 * adapters, {@code examples}' YunExpress adapter, a shop's own): exported and kept stable for them,
 * not needed by a caller that only tracks parcels through {@link dev.waybill.carrier.Carriers}.
 */
package dev.waybill.carriers.adapter;
