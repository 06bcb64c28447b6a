package dev.waybill.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * A large history in the {@code assess} format, written as JSON Lines for the memory tests: the
 * lanes of the real samples in {@code examples/data} (YunExpress China to the US, DHL China to
 * Germany, Cainiao China to France, Correios inside Brazil, USPS inside the US), labels spread over
 * 2025, four events each (label, pickup, departure or hub scan, delivery), one parcel in ten still on
 * its way. The times are drawn at random (seeded): this history is about volume, not about verdicts.
 * What was written is counted, so that a command's aggregate can be checked against it.
 *
 * @param shipments    shipments written, ids {@code gen-0} to {@code gen-(shipments-1)}
 * @param events       events written
 * @param delivered    shipments with a delivery
 * @param deliveredFrom shipments with a delivery whose label is on or after {@link #SPLIT}
 * @param abroadFrom   those of them that crossed a border (a linehaul stage)
 * @param bytes        the file's size
 */
record GeneratedHistory(long shipments, long events, long delivered, long deliveredFrom, long abroadFrom,
                        long bytes) {

    /** The split date the counts are taken at: the middle of the history. */
    static final LocalDate SPLIT = LocalDate.of(2025, 7, 1);

    private record Lane(String origin, String destination, String mode, String carrier, ZoneOffset from,
                        ZoneOffset to, String transit) {
    }

    private static final Lane[] LANES = {
        new Lane("CN", "US", "AIR", "yunexpress", ZoneOffset.ofHours(8), ZoneOffset.ofHours(-5), "DEPARTED_ORIGIN"),
        new Lane("CN", "DE", "AIR", "dhl", ZoneOffset.ofHours(8), ZoneOffset.ofHours(1), "DEPARTED_ORIGIN"),
        new Lane("CN", "FR", "AIR", "cainiao", ZoneOffset.ofHours(8), ZoneOffset.ofHours(1), "DEPARTED_ORIGIN"),
        new Lane("BR", "BR", "ROAD", "correios", ZoneOffset.ofHours(-3), ZoneOffset.ofHours(-3), "HUB_SCAN"),
        new Lane("US", "US", "ROAD", "usps", ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-8), "HUB_SCAN"),
    };

    /** Writes {@code count} shipments to {@code file} and answers what was written. */
    static GeneratedHistory write(Path file, int count) throws IOException {
        Random random = new Random(18);
        OffsetDateTime start = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        long events = 0;
        long delivered = 0;
        long deliveredFrom = 0;
        long abroadFrom = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Lane lane = LANES[i % LANES.length];
                OffsetDateTime label = start.plusMinutes(random.nextInt(365 * 24 * 60))
                        .withOffsetSameInstant(lane.from());
                OffsetDateTime pickup = label.plusHours(2 + random.nextInt(60));
                OffsetDateTime moved = pickup.plusHours(6 + random.nextInt(72));
                boolean isDelivered = i % 10 != 3;
                StringBuilder line = new StringBuilder(400).append("{\"id\": \"gen-").append(i)
                        .append("\", \"origin\": \"").append(lane.origin()).append("\", \"destination\": \"")
                        .append(lane.destination()).append("\", \"carrier\": \"").append(lane.carrier())
                        .append("\", \"mode\": \"").append(lane.mode()).append("\", \"promisedBy\": \"")
                        .append(label.toLocalDate().plusDays(15 + random.nextInt(10)))
                        .append("\", \"events\": [");
                event(line, label, "LABEL_CREATED").append(", ");
                event(line, pickup, "PICKED_UP").append(", ");
                event(line, moved, lane.transit());
                events += 3;
                if (isDelivered) {
                    OffsetDateTime at = moved.plusHours(24 + random.nextInt(14 * 24)).withOffsetSameInstant(lane.to());
                    event(line.append(", "), at, "DELIVERED");
                    events++;
                    delivered++;
                    if (!label.toLocalDate().isBefore(SPLIT)) {
                        deliveredFrom++;
                        abroadFrom += lane.origin().equals(lane.destination()) ? 0 : 1;
                    }
                }
                out.append(line).append("]}\n");
            }
        }
        return new GeneratedHistory(count, events, delivered, deliveredFrom, abroadFrom, Files.size(file));
    }

    private static StringBuilder event(StringBuilder line, OffsetDateTime at, String code) {
        return line.append("{\"at\": \"").append(at).append("\", \"code\": \"").append(code).append("\"}");
    }
}
