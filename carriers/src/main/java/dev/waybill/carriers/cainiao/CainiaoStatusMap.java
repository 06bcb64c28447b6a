package dev.waybill.carriers.cainiao;

import dev.waybill.carriers.mapping.StatusTable;

/**
 * Cainiao's two vocabularies, kept as data next to this class: the event {@code actionCode}
 * ({@code status-codes.json}: {@code GWMS_*} warehouse, {@code SC_*} sorting, {@code CC_EX_*}/{@code CC_IM_*}
 * customs, {@code LH_*} linehaul, {@code GTMS_*} last mile) and the shipment-level {@code status}
 * ({@code shipment-statuses.json}).
 */
final class CainiaoStatusMap {

    static final StatusTable EVENTS = StatusTable.load(CainiaoTracking.NAME,
            CainiaoStatusMap.class.getResource("status-codes.json"));
    static final StatusTable SHIPMENTS = StatusTable.load(CainiaoTracking.NAME,
            CainiaoStatusMap.class.getResource("shipment-statuses.json"));

    private CainiaoStatusMap() {
    }
}
