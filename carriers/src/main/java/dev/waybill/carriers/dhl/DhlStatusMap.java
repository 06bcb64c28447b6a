package dev.waybill.carriers.dhl;

import dev.waybill.carriers.mapping.StatusTable;

/**
 * DHL's status vocabulary. {@code statusCode} is the only normalised field and has five documented
 * values ({@code pre-transit transit delivered failure unknown}); they are the table, kept as data in
 * {@code status-codes.json} next to this class. DHL has no code
 * for out for delivery, customs, pickup points, returns, damage or loss: those are read from the
 * free text ({@code status}, {@code statusDetailed}, {@code description}) by the
 * shared {@link dev.waybill.carriers.mapping.TextRules}, which {@link DhlMapper} hands the text to
 * (research: "derive those from status/description text"). The text rules are heuristics kept as
 * data; the code table is not.
 */
final class DhlStatusMap {

    static final StatusTable TABLE = StatusTable.load(DhlTracking.NAME,
            DhlStatusMap.class.getResource("status-codes.json"));

    private DhlStatusMap() {
    }
}
