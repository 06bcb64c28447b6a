package dev.waybill.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the input of benchmark 5: {@code COUNT} shipments of the {@link ShipmentMix} (seed
 * 20261120, 4 to 30 events each) as JSON Lines, the format {@code waybill assess} and {@code jq}
 * both read.
 *
 * <pre>{@code
 * java -cp ... dev.waybill.benchmarks.GenerateInput benchmarks/target/shipments-100k.jsonl 100000
 * }</pre>
 */
public final class GenerateInput {

    private GenerateInput() {
    }

    /** Writes {@code args[1]} shipments to the file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateInput FILE COUNT");
            System.exit(1);
        }
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        ShipmentMix mix = ShipmentMix.seeded(20261120L);
        JsonFactory factory = new JsonFactory();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                ShipmentMix.writeJson(mix.shipment(i, 4 + i % 27), out, factory);
                out.write('\n');
            }
        }
    }
}
