package dev.waybill.carriers.yunexpress;

import dev.waybill.carriers.mapping.StatusTable;

/**
 * YunExpress's three vocabularies, kept as data next to this class: the shipment-level
 * {@code PackageState} ({@code package-states.json}: 0 unknown to 7 returned), an event's numeric
 * {@code TrackingStatus} ({@code tracking-statuses.json}) and its {@code TrackNodeCode}
 * ({@code node-codes.json}: the track node table the API's documentation refers to, which wins over the
 * number where an event carries one).
 */
final class YunExpressStatusMap {

    static final StatusTable PACKAGE_STATES = StatusTable.load(YunExpressTracking.NAME,
            YunExpressStatusMap.class.getResource("package-states.json"));
    static final StatusTable TRACKING_STATUSES = StatusTable.load(YunExpressTracking.NAME,
            YunExpressStatusMap.class.getResource("tracking-statuses.json"));
    static final StatusTable NODES = StatusTable.load(YunExpressTracking.NAME,
            YunExpressStatusMap.class.getResource("node-codes.json"));

    private YunExpressStatusMap() {
    }
}
