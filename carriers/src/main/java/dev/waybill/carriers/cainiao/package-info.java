/**
 * Cainiao global tracking: {@link dev.waybill.carriers.cainiao.CainiaoTracking} calls the public
 * {@code GET global/detail.json?mailNos=A,B&lang=en-US} (no key; unofficial, throttled by Alibaba) and
 * reads its {@code module} entries, the last-mile carrier and number a parcel was handed to included
 * ({@link dev.waybill.shipment.HandOver}). Polling only. Built from
 * {@link dev.waybill.carriers.cainiao.CainiaoSettings}; found on the class path through
 * {@link dev.waybill.carriers.cainiao.CainiaoProvider}.
 */
package dev.waybill.carriers.cainiao;
