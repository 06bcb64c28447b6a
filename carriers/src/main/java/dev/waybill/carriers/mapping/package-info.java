/**
 * What every adapter needs to turn a carrier's body into a {@link dev.waybill.shipment.Shipment}:
 * {@link dev.waybill.carriers.mapping.StatusTable} (a carrier's code table with the {@code UNKNOWN}
 * fallback and its warning), {@link dev.waybill.carriers.mapping.ShipmentDraft} (resolves the lane,
 * offset-less times and the customs side), {@link dev.waybill.carriers.mapping.BodyReader} (binds a
 * body straight into an adapter's DTO records in one pass), {@link dev.waybill.carriers.mapping.StreamingBody}
 * (reads a small body by hand, field by field, as that binding reads it, where binding costs more than
 * parsing), {@link dev.waybill.carriers.mapping.CarrierJson}
 * (the one Jackson configuration behind it, and a tree for bodies an adapter must inspect first; both
 * fail as {@link dev.waybill.carrier.CarrierResponseException} with the JSON path),
 * {@link dev.waybill.carriers.mapping.Countries} (country codes), {@link dev.waybill.carriers.mapping.CarrierNames}
 * (a carrier named at a hand-over to its adapter name), {@link dev.waybill.carriers.mapping.Places}
 * (place text such as "LEIPZIG - GERMANY" or "MEMPHIS, TN" to a country and a gazetteer city's zone) and
 * {@link dev.waybill.carriers.mapping.TextRules} (reads a code from an event's free text where a carrier
 * gives none, by rules kept as JSON per language). Nothing here knows a particular carrier.
 *
 * <p>With {@link dev.waybill.carriers.adapter} this package is the SPI for adapter authors: exported
 * and kept stable for them, not needed by a caller that only tracks parcels.
 */
package dev.waybill.carriers.mapping;
