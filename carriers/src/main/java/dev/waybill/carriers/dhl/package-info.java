/**
 * DHL Shipment Tracking – Unified (UTAPI): {@link dev.waybill.carriers.dhl.DhlTracking} calls
 * {@code GET /track/shipments?trackingNumber=…} with the {@code DHL-API-Key} header, one number per
 * call, and reads the {@code TrackingShipments} schema (OpenAPI 1.5.x) and push bodies of the same
 * shape. Built from {@link dev.waybill.carriers.dhl.DhlSettings}; found on the class path through
 * {@link dev.waybill.carriers.dhl.DhlProvider}.
 */
package dev.waybill.carriers.dhl;
