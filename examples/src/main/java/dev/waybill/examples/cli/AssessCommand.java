package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Waybill;
import dev.waybill.json.WaybillJson;
import dev.waybill.policies.message.RemedyReasons;
import java.util.List;

/**
 * {@code waybill assess [--now INSTANT] [--profiles FILE] [--disruptions FILE] FILE|-}: one verdict
 * line per shipment, an error line per invalid record. Beyond the contract, {@code --ladder FILE}
 * replaces the compensation ladder and {@code --sdr-rate USD=1.31} states SDR caps in a currency.
 */
final class AssessCommand implements Command {

    /** The remedy's reason in the contract's English. */
    private static final RemedyReasons REASONS = RemedyReasons.defaults();

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
    public String description() {
        return "Reads shipments and prints one verdict line per shipment: status, stage, exception, cause, "
                + "ETA, whom to claim against, the claim and the remedy.";
    }

    @Override
    public List<Flag> flags() {
        return PolicyFlags.with(Flag.value("now", "INSTANT", "fixes the clock: an ISO-8601 instant with an offset (default: the system clock)"),
                Progress.FLAG);
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        String input = arguments.inputFile();
        Waybill waybill = PolicyFlags.waybill(arguments, arguments.clock(console.clock()));
        return new ShipmentLines(mapper, name(), arguments.has(Progress.FLAG.name())).write(input, console, "cannot assess this shipment",
                shipment -> WaybillJson.writeAssessment(waybill.assess(shipment), REASONS.english()));
    }
}
