/**
 * What every adapter needs to turn a carrier's body into a {@link dev.waybill.shipment.Shipment}:
 * {@link dev.waybill.carriers.mapping.StatusTable} (a carrier's code table with the {@code UNKNOWN}
 * fallback and its warning), {@link dev.waybill.carriers.mapping.ShipmentDraft} (resolves the lane,
 * offset-less times and the customs side), {@link dev.waybill.carriers.mapping.CarrierJson} (one
 * Jackson configuration, errors as {@link dev.waybill.carrier.CarrierResponseException}) and
 * {@link dev.waybill.carriers.mapping.Countries}. Nothing here knows a particular carrier.
 */
package dev.waybill.carriers.mapping;
