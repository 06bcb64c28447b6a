/**
 * YunExpress tracking: {@link dev.waybill.carriers.yunexpress.YunExpressTracking} calls the OMS API's
 * {@code GET api/Tracking/GetTrackAllInfo?OrderNumber=…} with the account's Basic credential and reads its
 * {@code Item}, the last-mile number and carrier included ({@link dev.waybill.shipment.HandOver}). The
 * Open Platform is not supported. Polling only. Built from
 * {@link dev.waybill.carriers.yunexpress.YunExpressSettings}; found on the class path through
 * {@link dev.waybill.carriers.yunexpress.YunExpressProvider}.
 */
package dev.waybill.carriers.yunexpress;
