package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierException;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.shipment.Shipment;
import dev.waybill.watch.MergeResult;
import dev.waybill.watch.ShipmentStore;
import dev.waybill.watch.StoreException;
import java.time.Instant;
import java.util.List;

/**
 * {@code waybill ingest --db DB [--carrier NAME] FILE|-}: merges shipments into the store, one
 * {@code {id, added, duplicates}} line each; a bad record gets its error line and the good ones are
 * stored (exit 2). With {@code --carrier}, the input is raw carrier bodies as {@code parse} reads them.
 */
final class IngestCommand implements Command {

    /**
     * Shipments merged in one transaction: big enough that a large import does not commit each
     * shipment alone, small enough that a batch held in memory stays small.
     */
    static final int BATCH = 500;

    private final ObjectMapper mapper;
    private final CarrierBodies bodies;

    IngestCommand(ObjectMapper mapper, CarrierBodies bodies) {
        this.mapper = mapper;
        this.bodies = bodies;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String usage() {
        return "ingest --db DB [--carrier NAME] [--now INSTANT] FILE|-";
    }

    @Override
    public String description() {
        return "Adds shipments to the store DB (a JDBC URL, or a bare path for an H2 file created when absent); "
                + "a shipment already stored is merged: new events added, duplicates ignored.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("db", "DB", "the store: jdbc:h2:file:..., jdbc:postgresql://..., or a path (an H2 file)"),
                Flag.value("carrier", "NAME", "read raw carrier bodies as parse reads them, instead of shipments"),
                Flag.value("now", "INSTANT", "when the shipments are stored (default: the system clock)"),
                Progress.FLAG);
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        String input = arguments.inputFile();
        Instant now = arguments.clock(console.clock()).instant();
        CarrierAdapter adapter = arguments.value("carrier").isPresent() ? bodies.adapter(arguments) : null;
        try (ShipmentStore store = WatchStoreFlags.open(arguments)) {
            if (adapter == null) {
                return new ShipmentLines(mapper, name(), arguments.has(Progress.FLAG.name())).write(input, console,
                        "cannot store this shipment", BATCH,
                        batch -> store.mergeAll(batch, now).stream().<JsonNode>map(this::line).toList());
            }
            return ingestBodies(adapter, RawInput.read(input, console.in()), store, now, console);
        } catch (StoreException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private int ingestBodies(CarrierAdapter adapter, byte[] input, ShipmentStore store, Instant now, Console console) {
        boolean allRead = true;
        List<byte[]> documents = bodies.split(input);
        if (documents.size() == 1 && !bodies.elements(input).isEmpty() && !bodies.readable(adapter, input)) {
            documents = bodies.elements(input);
        }
        try (JsonOutput out = new JsonOutput(mapper, console.out())) {
            for (int i = 0; i < documents.size(); i++) {
                ParsedBody read;
                try {
                    read = adapter.read(documents.get(i));
                } catch (CarrierException | IllegalArgumentException e) {
                    out.write(out.errorLine(i, null, e.getMessage()));
                    allRead = false;
                    continue;
                }
                for (Shipment shipment : read.shipments()) {
                    out.write(line(store.merge(shipment, now)));
                }
                for (ParsedBody.Problem problem : read.problems()) {
                    out.write(out.errorLine(i, problem.trackingNumber(), problem.describe()));
                    allRead = false;
                }
            }
        }
        return allRead ? ExitStatus.OK : ExitStatus.INVALID_RECORDS;
    }

    private ObjectNode line(MergeResult result) {
        ObjectNode line = mapper.createObjectNode();
        line.put("id", result.id());
        line.put("added", result.added());
        line.put("duplicates", result.duplicates());
        return line;
    }
}
