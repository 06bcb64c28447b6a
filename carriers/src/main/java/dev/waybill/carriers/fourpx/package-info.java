/**
 * 4PX: {@link dev.waybill.carriers.fourpx.FourPxTracking} calls the public
 * {@code POST track/v2/front/listTrackV3} of 4PX's tracking page (no key; unofficial: 4PX's open
 * platform is for its customers and its tracking schema is not public) and reads its {@code data}
 * entries, the last-mile number ({@code serverCode}) included as the
 * {@link dev.waybill.shipment.HandOver}. Polling only. Built from
 * {@link dev.waybill.carriers.fourpx.FourPxSettings}; found on the class path through
 * {@link dev.waybill.carriers.fourpx.FourPxProvider} under the name {@code 4px}.
 */
package dev.waybill.carriers.fourpx;
