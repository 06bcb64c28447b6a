package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Waybill;
import dev.waybill.delay.VerdictEngine;
import dev.waybill.liability.SdrRate;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.remedy.CompensationPolicies;
import dev.waybill.policies.transit.TransitPolicies;
import dev.waybill.shipment.Shipment;
import java.nio.file.Path;
import java.time.Clock;
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
        return "assess [--now INSTANT] [--profiles FILE] [--disruptions FILE] [--ladder FILE] [--sdr-rate CUR=RATE]"
                + " FILE|-";
    }

    @Override
    public Set<String> valueFlags() {
        return Set.of("now", "profiles", "disruptions", "ladder", "sdr-rate");
    }

    @Override
    public int run(Arguments arguments, Console console) throws UsageException {
        String input = arguments.inputFile();
        Waybill waybill = waybill(arguments, arguments.clock(console.clock()));
        int[] invalid = {0};
        try (JsonOutput out = new JsonOutput(mapper, console.out())) {
            new InputRecords(mapper).read(input, console.in(), new InputRecords.Handler() {
                @Override
                public void record(int index, JsonNode node) {
                    try {
                        Shipment shipment = ShipmentJson.read(node);
                        out.write(AssessmentJson.write(waybill.assess(shipment)));
                    } catch (InvalidRecordException e) {
                        invalid[0]++;
                        out.write(out.errorLine(index, ShipmentJson.idOf(node), e.getMessage()));
                    } catch (RuntimeException e) {
                        // a defect must not take the other records down: report it on this record's line
                        invalid[0]++;
                        out.write(out.errorLine(index, ShipmentJson.idOf(node), "cannot assess this shipment: " + e));
                    }
                }

                @Override
                public void malformed(int index, String problem) {
                    invalid[0]++;
                    out.write(out.errorLine(index, null, problem));
                }
            });
        }
        return invalid[0] == 0 ? ExitStatus.OK : ExitStatus.INVALID_RECORDS;
    }

    /** The facade with the bundled defaults and the shop's files given by flags. */
    static Waybill waybill(Arguments arguments, Clock clock) throws UsageException {
        VerdictEngine.Builder verdicts = DefaultPolicies.verdictEngine();
        Waybill.Builder waybill = DefaultPolicies.waybill().clock(clock);
        try {
            if (arguments.value("profiles").isPresent()) {
                verdicts.profiles(TransitPolicies.withProfiles(TransitPolicies.defaultProfiles(),
                        readable(arguments.value("profiles").get(), "--profiles")));
            }
            if (arguments.value("disruptions").isPresent()) {
                verdicts.disruptions(TransitPolicies.readDisruptions(
                        readable(arguments.value("disruptions").get(), "--disruptions")));
            }
            if (arguments.value("ladder").isPresent()) {
                waybill.compensation(CompensationPolicies.withLadder(readable(arguments.value("ladder").get(),
                        "--ladder")));
            }
        } catch (PolicyFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (arguments.value("sdr-rate").isPresent()) {
            waybill.sdrRate(sdrRate(arguments.value("sdr-rate").get()));
        }
        return waybill.verdicts(verdicts.build()).build();
    }

    /** {@code USD=1.31}: what one SDR is worth in a currency today. */
    private static SdrRate sdrRate(String text) throws UsageException {
        String[] parts = text.split("=", 2);
        try {
            if (parts.length == 2) {
                return SdrRate.of(parts[0], parts[1]);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--sdr-rate: " + e.getMessage());
        }
        throw new UsageException("--sdr-rate: expected CURRENCY=RATE, for example USD=1.31, got '" + text + "'");
    }

    private static Path readable(String file, String flag) throws UsageException {
        Path path = Path.of(file);
        if (!java.nio.file.Files.isReadable(path) || java.nio.file.Files.isDirectory(path)) {
            throw new UsageException(flag + ": cannot read " + file);
        }
        return path;
    }
}
