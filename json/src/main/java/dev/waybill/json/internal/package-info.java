/**
 * The codecs behind {@link dev.waybill.json.WaybillJson} and {@link dev.waybill.json.WaybillJsonModule}.
 * Not API: use the facade or the module.
 */
package dev.waybill.json.internal;
