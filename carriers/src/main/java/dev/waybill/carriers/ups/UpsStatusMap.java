package dev.waybill.carriers.ups;

import dev.waybill.carriers.mapping.StatusTable;

/**
 * UPS's status vocabulary: the activity {@code status.type} (a one- or two-letter code, documented in
 * the Track API's OpenAPI description), kept as data in {@code status-codes.json} next to this class.
 * {@code I} covers everything in transit, out for delivery included, and {@code X} every exception
 * (a missed delivery, a weather delay, a customs release): what happened is only in
 * {@code description}, which {@link UpsMapper} hands to the shared
 * {@link dev.waybill.carriers.mapping.TextRules}.
 */
final class UpsStatusMap {

    static final StatusTable TABLE = StatusTable.load(UpsTracking.NAME,
            UpsStatusMap.class.getResource("status-codes.json"));

    private UpsStatusMap() {
    }
}
