/**
 * Waybill's entry point: the {@link dev.waybill.Waybill} facade a shop backend builds once, and the
 * {@link dev.waybill.Assessment} it returns for a shipment.
 */
package dev.waybill;
