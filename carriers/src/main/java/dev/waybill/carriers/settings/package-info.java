/**
 * What every adapter's settings share, written once: {@link dev.waybill.carriers.settings.AdapterSettings}
 * (base URL, default lane, {@link dev.waybill.carriers.http.HttpSettings}, a {@code toString()} that
 * shows no secret) and {@link dev.waybill.carriers.settings.ApiKeySettings} (one API key on top), each
 * with a self-typed builder. A carrier's {@code XxxSettings} extends one of them and holds only what
 * is its own: its production URL and last-resort country, its API version or request hints.
 */
package dev.waybill.carriers.settings;
