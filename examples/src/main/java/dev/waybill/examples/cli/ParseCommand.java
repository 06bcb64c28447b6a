package dev.waybill.examples.cli;

import dev.waybill.carrier.CarrierAdapter;
import java.util.List;

/**
 * {@code waybill parse --carrier NAME FILE|-}: reads raw tracking responses or webhook bodies of a
 * carrier API (one document, one per line, or a JSON array of them) and prints their shipments in the input format of
 * {@code assess}, events normalised and the carrier's own code kept in {@code detail}. A body the
 * adapter cannot read gets the contract's error line (exit 2); the others are still printed.
 */
final class ParseCommand implements Command {

    private final CarrierBodies bodies;

    ParseCommand(CarrierBodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String usage() {
        return "parse --carrier NAME FILE|-";
    }

    @Override
    public String description() {
        return "Reads raw responses or webhook bodies of a carrier API and prints their shipments in the input "
                + "format of assess, events normalised and the carrier's own code kept in detail.";
    }

    @Override
    public List<Flag> flags() {
        return List.of(CarrierBodies.CARRIER);
    }

    @Override
    public String fileHelp() {
        return "carrier bodies: one document, one per line, or a JSON array of them; - reads standard input";
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        CarrierAdapter adapter = bodies.adapter(arguments);
        byte[] input = RawInput.read(arguments.inputFile(), console.in());
        List<byte[]> documents = bodies.split(input);
        if (documents.size() == 1 && !bodies.elements(input).isEmpty() && !bodies.readable(adapter, input)) {
            documents = bodies.elements(input);
        }
        return bodies.print(adapter, documents, console);
    }
}
