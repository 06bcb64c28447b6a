/**
 * The carrier SPI: a {@link dev.waybill.carrier.CarrierAdapter} tracks numbers at a carrier or
 * aggregator API and turns its responses and webhook bodies into {@link dev.waybill.shipment.Shipment}s;
 * {@link dev.waybill.carrier.Carriers} holds the adapters a shop uses, registered by hand or found
 * through {@link dev.waybill.carrier.CarrierAdapterProvider} and {@link java.util.ServiceLoader}.
 *
 * <p>Outcomes per tracking number are values ({@link dev.waybill.carrier.TrackingResult}); failures of
 * the carrier are one unchecked tree rooted at {@link dev.waybill.carrier.CarrierException}, whose
 * messages name the carrier and the HTTP status and never carry a key or buyer data. Nothing in this
 * package is specific to one carrier, does I/O or logs.
 */
package dev.waybill.carrier;
