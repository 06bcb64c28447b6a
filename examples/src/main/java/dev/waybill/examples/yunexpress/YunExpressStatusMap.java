package dev.waybill.examples.yunexpress;

import dev.waybill.carriers.mapping.StatusTable;

/**
 * YunExpress track node codes. YunExpress's node table is not in Waybill's sources; these are the
 * codes seen in its Open Platform answers and pushes (research section 6 and open-source clients):
 * the order/first-mile/linehaul/customs/last-mile milestones and the exception nodes, kept as data in
 * {@code status-codes.json} next to this class (loaded with {@link StatusTable#load}). Anything else
 * becomes {@code UNKNOWN} with a warning. {@code CUSTOMS_CLEARANCE} is read as "in clearance" (a
 * customs stage, not yet a release), placed on the export or import side by position.
 */
final class YunExpressStatusMap {

    static final StatusTable TABLE = StatusTable.load(YunExpressTracking.NAME,
            YunExpressStatusMap.class.getResource("status-codes.json"));

    /** {@code package_status} values: no data yet, only the electronic forecast. */
    static final java.util.Set<String> NOT_YET = java.util.Set.of("N", "F");

    private YunExpressStatusMap() {
    }
}
