/**
 * Yanwen tracking: {@link dev.waybill.carriers.yanwen.YanwenTracking} calls
 * {@code GET api/tracking?nums=A,B} with the account's token in {@code Authorization} and reads its
 * {@code result} entries, the last-mile number and carrier included ({@link dev.waybill.shipment.HandOver}).
 * Polling only. Built from {@link dev.waybill.carriers.yanwen.YanwenSettings}; found on the class path
 * through {@link dev.waybill.carriers.yanwen.YanwenProvider}.
 */
package dev.waybill.carriers.yanwen;
