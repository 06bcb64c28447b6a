package dev.waybill.carriers.yanwen;

import dev.waybill.carriers.mapping.StatusTable;

/**
 * Yanwen's {@code tracking_status} vocabulary, kept as data next to this class
 * ({@code status-codes.json}): {@code OR} order, {@code PU} pick-up, {@code SC} sorting, {@code LH}
 * line-haul, {@code EC}/{@code IC} export and import customs, {@code LM} last mile. The same table reads
 * an event's code and the shipment's latest code.
 */
final class YanwenStatusMap {

    static final StatusTable EVENTS = StatusTable.load(YanwenTracking.NAME,
            YanwenStatusMap.class.getResource("status-codes.json"));

    private YanwenStatusMap() {
    }
}
