package dev.waybill.carriers.fedex;

import dev.waybill.carriers.mapping.StatusTable;

/**
 * FedEx's status vocabulary: the scan {@code eventType} and {@code latestStatusDetail.code} (two
 * letters, FedEx's tracking status codes), kept as data in {@code status-codes.json} next to this
 * class. {@code derivedStatusCode} collapses them into a handful and is shown, not mapped. Exceptions
 * and delays say what happened only in {@code eventDescription}/{@code exceptionDescription}, which
 * {@link FedexMapper} hands to the shared {@link dev.waybill.carriers.mapping.TextRules}.
 */
final class FedexStatusMap {

    static final StatusTable TABLE = StatusTable.load(FedexTracking.NAME,
            FedexStatusMap.class.getResource("status-codes.json"));

    private FedexStatusMap() {
    }
}
