/**
 * PostNL Shipping Status: {@link dev.waybill.carriers.postnl.PostNlTracking} calls
 * {@code GET /shipment/v2/status/barcode/{barcode}?detail=true} with the {@code apikey} header, one
 * barcode per call, and reads the {@code CompleteStatus}/{@code CurrentStatus} schema (and the
 * {@code updatedshipments} list). Polling only. Built from
 * {@link dev.waybill.carriers.postnl.PostNlSettings}; found on the class path through
 * {@link dev.waybill.carriers.postnl.PostNlProvider}.
 */
package dev.waybill.carriers.postnl;
