package dev.waybill.examples.yunexpress;

import static dev.waybill.carriers.mapping.StatusMapping.customs;
import static dev.waybill.carriers.mapping.StatusMapping.of;

import dev.waybill.carriers.mapping.StatusMapping;
import dev.waybill.carriers.mapping.StatusTable;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import java.util.Map;

/**
 * YunExpress track node codes. YunExpress's node table is not in Waybill's sources; these are the
 * codes seen in its Open Platform answers and pushes (research section 6 and open-source clients):
 * the order/first-mile/linehaul/customs/last-mile milestones and the exception nodes. Anything else
 * becomes {@code UNKNOWN} with a warning. {@code CUSTOMS_CLEARANCE} is read as "in clearance" (a
 * customs stage, not yet a release), placed on the export or import side by position.
 */
final class YunExpressStatusMap {

    static final StatusTable TABLE = StatusTable.of(YunExpressTracking.NAME, Map.ofEntries(
            Map.entry("ORDER_CREATION", of(EventCode.LABEL_CREATED)),
            Map.entry("FIRST_MILE_ARRIVE", of(EventCode.PICKED_UP)),
            Map.entry("IN_TRANSIT", of(EventCode.IN_TRANSIT)),
            Map.entry("INTERNATIONAL_SHIP", of(EventCode.DEPARTED_ORIGIN)),
            Map.entry("MAIN_LINE_ARRIVE", of(EventCode.ARRIVED_DESTINATION)),
            Map.entry("CUSTOMS_CLEARANCE", customs(true, null)),
            Map.entry("CUSTOMS_HOLD", customs(true, Reason.INSPECTION)),
            Map.entry("CUSTOMS_EXCEPTION", customs(true, null)),
            Map.entry("LAST_MILE_DELIVERY", of(EventCode.OUT_FOR_DELIVERY)),
            Map.entry("DELIVERY_FAILURE", of(EventCode.DELIVERY_FAILED)),
            Map.entry("DELIVERED", of(EventCode.DELIVERED)),
            Map.entry("PACKAGE_LOST", of(EventCode.LOST)),
            Map.entry("RETURNED", of(EventCode.RETURN_TO_SENDER))));

    /** {@code package_status} values: no data yet, only the electronic forecast. */
    static final java.util.Set<String> NOT_YET = java.util.Set.of("N", "F");

    private YunExpressStatusMap() {
    }
}
