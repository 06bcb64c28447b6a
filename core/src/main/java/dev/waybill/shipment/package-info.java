/**
 * The shipment model every engine reads: a {@link dev.waybill.shipment.Shipment} on a
 * {@link dev.waybill.shipment.Lane}, its canonical timeline of
 * {@link dev.waybill.shipment.TrackingEvent}s, what the buyer reported, and the small value types
 * ({@link dev.waybill.shipment.CountryCode}, {@link dev.waybill.shipment.Money}) they are made of.
 *
 * <p>All types are immutable and thread-safe. Factories validate and throw
 * {@link java.lang.IllegalArgumentException} quoting the bad value.
 */
package dev.waybill.shipment;
