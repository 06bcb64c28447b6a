package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.Shipment;
import java.util.function.Function;

/**
 * What {@code assess} and {@code message} do with their input: read each record as a shipment and
 * write one answer line for it, or the contract's error line for a record that is malformed, invalid
 * or that the SDK fails on (a defect must not take the other records down); then answer the exit
 * status.
 */
final class ShipmentLines {

    private final ObjectMapper mapper;
    private final String command;

    /** Lines of {@code command} ({@code assess}, {@code message}), the name its progress shows. */
    ShipmentLines(ObjectMapper mapper, String command) {
        this.mapper = mapper;
        this.command = command;
    }

    /**
     * Writes {@code answer} of every shipment of {@code input} ({@code -} is standard input).
     *
     * @param failure what the error line says before the exception when {@code answer} throws,
     *                for example {@code "cannot assess this shipment"}
     * @return {@link ExitStatus#OK}, or {@link ExitStatus#INVALID_RECORDS} when any line was an error
     * @throws UsageException if the input cannot be opened or read
     */
    int write(String input, Console console, String failure, Function<Shipment, JsonNode> answer)
            throws UsageException {
        int[] invalid = {0};
        try (Progress progress = Progress.of(console, command);
             JsonOutput out = new JsonOutput(mapper, console.out())) {
            new InputRecords(mapper).read(input, console.in(), new InputRecords.Handler() {
                @Override
                public void record(int index, JsonNode node) {
                    progress.step();
                    try {
                        Shipment shipment = WaybillJson.readShipment(node);
                        out.write(answer.apply(shipment));
                    } catch (ContractJsonException e) {
                        invalid[0]++;
                        out.write(out.errorLine(index, WaybillJson.idOf(node), e.error()));
                    } catch (RuntimeException e) {
                        invalid[0]++;
                        out.write(out.errorLine(index, WaybillJson.idOf(node), failure + ": " + e));
                    }
                }

                @Override
                public void malformed(int index, String problem) {
                    progress.step();
                    invalid[0]++;
                    out.write(out.errorLine(index, null, problem));
                }
            });
        }
        return invalid[0] == 0 ? ExitStatus.OK : ExitStatus.INVALID_RECORDS;
    }
}
