package dev.waybill.carriers.fourpx;

import dev.waybill.carriers.mapping.StatusTable;

/**
 * 4PX's event vocabulary, the {@code tkCode} ({@code FPX_<category>_<event>}: {@code L} picking in the
 * origin country, {@code O} order, {@code C} warehouse, {@code M} air or sea, {@code I} import
 * clearance, {@code D} destination, {@code S} signed), kept as data in {@code status-codes.json} next
 * to this class; an unlisted code is read from its {@code tkDesc}.
 */
final class FourPxStatusMap {

    static final StatusTable EVENTS = StatusTable.load(FourPxTracking.NAME,
            FourPxStatusMap.class.getResource("status-codes.json"));

    private FourPxStatusMap() {
    }
}
