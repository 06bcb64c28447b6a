package dev.waybill.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Realistic input records for {@code waybill assess}, judged at {@link CommandRun#SATURDAY_NOON}.
 * Events are deliberately out of order, and some are repeated, as carriers send them.
 */
final class Shipments {

    /** CN to US, YunExpress postal air, left Shenzhen on the 22nd: on track in the linehaul, silent 3 days. */
    static final String CN_US_IN_LINEHAUL = """
            {"id": "SO-1001", "origin": "CN", "destination": "US", "carrier": "yunexpress", \
            "trackingNumber": "YT2611020001", "mode": "AIR", "promisedBy": "2026-05-08", \
            "value": {"amount": "39.90", "currency": "USD"}, "weightKg": 0.42, "language": "en-US", "events": [\
            {"at": "2026-04-22T10:00:00+08:00", "code": "DEPARTED_ORIGIN", "location": "Shenzhen"}, \
            {"at": "2026-04-20T09:00:00+08:00", "code": "LABEL_CREATED"}, \
            {"at": "2026-04-21T18:00:00+08:00", "code": "EXPORT_CLEARED", "country": "CN"}, \
            {"at": "2026-04-20T16:30:00+08:00", "code": "PICKED_UP", "location": "Shenzhen"}]}""";

    /** CN to DE, DHL Express, delivered in Berlin on the 24th, four days before the promise. */
    static final String CN_DE_DELIVERED = """
            {"id": "SO-1002", "origin": "CN", "destination": "DE", "carrier": "dhl", "mode": "AIR", \
            "promisedBy": "2026-04-28", "value": {"amount": "129.00", "currency": "EUR"}, "events": [\
            {"at": "2026-04-24T11:20:00+02:00", "code": "DELIVERED", "location": "Berlin"}, \
            {"at": "2026-04-17T09:00:00+08:00", "code": "PICKED_UP", "location": "Dongguan"}, \
            {"at": "2026-04-23T08:00:00+02:00", "code": "OUT_FOR_DELIVERY", "location": "Berlin"}, \
            {"at": "2026-04-18T22:00:00+08:00", "code": "DEPARTED_ORIGIN", "location": "Hong Kong"}, \
            {"at": "2026-04-20T06:00:00+02:00", "code": "ARRIVED_DESTINATION", "location": "Leipzig"}, \
            {"at": "2026-04-21T15:00:00+02:00", "code": "IMPORT_CLEARED", "country": "DE"}]}""";

    /** Domestic US, USPS: the driver could not find the address on the 23rd. */
    static final String US_DOMESTIC_FAILED = """
            {"id": "SO-1003", "origin": "US", "destination": "US", "carrier": "usps", "events": [\
            {"at": "2026-04-21T09:00:00-05:00", "code": "PICKED_UP", "location": "Dallas TX"}, \
            {"at": "2026-04-23T07:10:00-07:00", "code": "DELIVERY_FAILED", "reason": "ADDRESS", "location": "Phoenix AZ"}, \
            {"at": "2026-04-22T03:00:00-06:00", "code": "HUB_SCAN", "location": "Denver CO"}]}""";

    /** CN to FR, Cainiao: held by French customs for documents since the 23rd; the pickup scan came twice. */
    static final String CN_FR_CUSTOMS_HOLD = """
            {"id": "SO-1004", "origin": "CN", "destination": "FR", "carrier": "cainiao", "promisedBy": "2026-05-06", \
            "value": {"amount": "24.50", "currency": "EUR"}, "language": "fr-FR", "events": [\
            {"at": "2026-04-23T10:15:00+02:00", "code": "IMPORT_HELD", "reason": "DOCUMENTS", "location": "Roissy CDG", "country": "FR"}, \
            {"at": "2026-04-14T15:00:00+08:00", "code": "PICKED_UP", "location": "Yiwu"}, \
            {"at": "2026-04-21T23:40:00+02:00", "code": "ARRIVED_DESTINATION", "location": "Roissy CDG", "country": "FR"}, \
            {"at": "2026-04-15T20:00:00+08:00", "code": "EXPORT_CLEARED", "country": "CN"}, \
            {"at": "2026-04-14T15:00:00+08:00", "code": "PICKED_UP", "location": "Yiwu"}, \
            {"at": "2026-04-17T02:00:00+08:00", "code": "DEPARTED_ORIGIN", "location": "Hangzhou"}]}""";

    /** CN to DE, YunExpress postal air, in the linehaul since the 23rd, no promise. */
    static final String CN_DE_YUNEXPRESS_IN_LINEHAUL = """
            {"id": "SO-1005", "origin": "CN", "destination": "DE", "carrier": "yunexpress", "events": [\
            {"at": "2026-04-23T01:00:00+08:00", "code": "DEPARTED_ORIGIN", "location": "Shenzhen"}, \
            {"at": "2026-04-21T14:00:00+08:00", "code": "PICKED_UP", "location": "Shenzhen"}, \
            {"at": "2026-04-22T12:00:00+08:00", "code": "EXPORT_CLEARED", "country": "CN"}]}""";

    private Shipments() {
    }

    /** The records as JSON Lines, one per line. */
    static String jsonLines(String... records) {
        return String.join("\n", records) + "\n";
    }

    /** The records as one pretty JSON array spread over several lines. */
    static String jsonArray(String... records) {
        return "[\n  " + String.join(",\n  ", records) + "\n]\n";
    }

    /** Writes {@code text} to {@code name} in {@code dir}. */
    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
