package dev.waybill.mcp;

import dev.waybill.shipment.Shipment;

/** Realistic shipments for the tool tests, judged at {@link #NOW}. */
final class Fixtures {

    static final String NOW = "2026-11-16T09:00:00+01:00";

    static final String TRACKED_NUMBER = "YT2611020001";

    /** CN to FR, Cainiao: held by French customs for documents since the 10th. */
    static final String HELD = """
            {"id": "SO-1004", "origin": "CN", "destination": "FR", "carrier": "cainiao", "promisedBy": "2026-11-20", \
            "value": {"amount": "24.50", "currency": "EUR"}, "language": "fr-FR", "events": [\
            {"at": "2026-11-10T10:15:00+01:00", "code": "IMPORT_HELD", "reason": "DOCUMENTS", "location": "Roissy CDG", "country": "FR"}, \
            {"at": "2026-11-02T15:00:00+08:00", "code": "PICKED_UP", "location": "Yiwu"}, \
            {"at": "2026-11-08T23:40:00+01:00", "code": "ARRIVED_DESTINATION", "location": "Roissy CDG", "country": "FR"}, \
            {"at": "2026-11-03T20:00:00+08:00", "code": "EXPORT_CLEARED", "country": "CN"}, \
            {"at": "2026-11-05T02:00:00+08:00", "code": "DEPARTED_ORIGIN", "location": "Hangzhou"}]}""";

    /** CN to US, YunExpress postal air, left Shenzhen on the 12th: in the linehaul. */
    static final String IN_LINEHAUL = """
            {"id": "SO-1001", "origin": "CN", "destination": "US", "carrier": "recorded", \
            "trackingNumber": "YT2611020001", "mode": "AIR", "promisedBy": "2026-11-28", \
            "value": {"amount": "39.90", "currency": "USD"}, "weightKg": 0.42, "language": "en-US", "events": [\
            {"at": "2026-11-12T10:00:00+08:00", "code": "DEPARTED_ORIGIN", "location": "Shenzhen"}, \
            {"at": "2026-11-10T09:00:00+08:00", "code": "LABEL_CREATED"}, \
            {"at": "2026-11-11T18:00:00+08:00", "code": "EXPORT_CLEARED", "country": "CN"}, \
            {"at": "2026-11-10T16:30:00+08:00", "code": "PICKED_UP", "location": "Shenzhen"}]}""";

    private Fixtures() {
    }

    static Shipment trackedShipment() {
        return StdioServerMain.read(IN_LINEHAUL);
    }
}
