package dev.waybill.carriers.usps;

import dev.waybill.carriers.mapping.StatusTable;

/**
 * USPS's status vocabularies, kept as data next to this class: the scan {@code eventCode} (Pub 199
 * Appendix G-4, domestic tracking scan events) in {@code event-codes.json}, and the shipment's
 * {@code statusCategory} in {@code status-categories.json}. Movement scans say little; what happened
 * is in {@code eventType}, which {@link UspsMapper} hands to the shared
 * {@link dev.waybill.carriers.mapping.TextRules}.
 */
final class UspsStatusMap {

    static final StatusTable EVENTS = StatusTable.load(UspsTracking.NAME,
            UspsStatusMap.class.getResource("event-codes.json"));
    static final StatusTable CATEGORIES = StatusTable.load(UspsTracking.NAME,
            UspsStatusMap.class.getResource("status-categories.json"));

    private UspsStatusMap() {
    }
}
