package dev.waybill.watch;

/**
 * What merging one shipment into the store did.
 *
 * @param id         the shipment's id
 * @param added      events added
 * @param duplicates events already stored (same instant, code and location), ignored
 */
public record MergeResult(String id, int added, int duplicates) {
}
