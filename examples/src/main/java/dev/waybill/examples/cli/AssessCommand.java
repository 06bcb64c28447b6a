package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Waybill;
import dev.waybill.json.WaybillJson;
import java.util.Set;

/**
 * {@code waybill assess [--now INSTANT] [--profiles FILE] [--disruptions FILE] FILE|-}: one verdict
 * line per shipment, an error line per invalid record. Beyond the contract, {@code --ladder FILE}
 * replaces the compensation ladder and {@code --sdr-rate USD=1.31} states SDR caps in a currency.
 */
final class AssessCommand implements Command {

    private final ObjectMapper mapper;

    AssessCommand(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "assess";
    }

    @Override
    public String usage() {
        return "assess [--now INSTANT] [--profiles FILE] [--disruptions FILE] [--peak-calendar FILE] [--ladder FILE]"
                + " [--sdr-rate CUR=RATE]"
                + " FILE|-";
    }

    @Override
    public Set<String> valueFlags() {
        return PolicyFlags.with("now");
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        String input = arguments.inputFile();
        Waybill waybill = PolicyFlags.waybill(arguments, arguments.clock(console.clock()));
        return new ShipmentLines(mapper).write(input, console, "cannot assess this shipment",
                shipment -> WaybillJson.writeAssessment(waybill.assess(shipment)));
    }
}
