package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.WaybillJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.shipment.Shipment;
import java.util.List;
import java.util.function.Consumer;

/**
 * The history files of {@code learn}, {@code backtest} and {@code report}: every shipment of every
 * FILE ({@code -} is standard input) handed over in order; an invalid record is named on standard
 * error (its index in its file, its id, the problem) and counted, never fatal.
 */
final class HistoryFiles {

    /** How the history commands label their positional arguments in {@code --help} ({@code [FILE...]}). */
    static final String FILES = "FILE";   // picocli adds "..." for a list
    /** What a history command's positional arguments are, for {@code --help}. */
    static final String FILES_HELP = "the history: JSON arrays or JSON Lines of shipments; - reads standard input";
    /** The {@code --coverage} flag of {@code learn} and {@code backtest}. */
    static final Flag COVERAGE = Flag.value("coverage", "P",
            "the share of deliveries [earliest, latest] should hold (default 0.8)");

    private final ObjectMapper mapper;
    private final String command;
    private final boolean progress;

    /** The history files of {@code command}; {@code progress} when {@code --progress} was given. */
    HistoryFiles(ObjectMapper mapper, String command, boolean progress) {
        this.mapper = mapper;
        this.command = command;
        this.progress = progress;
    }

    /**
     * Reads {@code files}, handing each valid shipment to {@code sink}, one at a time: nothing of a
     * shipment is kept once {@code sink} has it.
     *
     * @return how many records were invalid
     * @throws UsageException if no file is given or one cannot be read
     */
    int read(List<String> files, Console console, Consumer<Shipment> sink) throws UsageException {
        return read(files, console, sink, command, true);
    }

    /**
     * Reads {@code files} a second time, as {@link #read} did, without naming the invalid records
     * again; standard input ({@code -}) can be read again from its {@link StdinCopy}.
     */
    void readAgain(List<String> files, Console console, Consumer<Shipment> sink) throws UsageException {
        read(files, console, sink, command + " (second pass)", false);
    }

    private int read(List<String> files, Console console, Consumer<Shipment> sink, String label, boolean name)
            throws UsageException {
        if (files.isEmpty()) {
            throw new UsageException("missing input FILE... (use - for standard input)");
        }
        int[] invalid = {0};
        try (Progress shown = Progress.of(console, label, progress)) {
            for (String file : files) {
                new InputRecords(mapper).read(file, console.in(), new InputRecords.Handler() {
                    @Override
                    public void record(int index, JsonNode node) {
                        shown.step();
                        try {
                            sink.accept(WaybillJson.readShipment(node));
                        } catch (ContractJsonException e) {
                            invalid(index, WaybillJson.idOf(node), e.error());
                        } catch (RuntimeException e) {
                            // a defect on one record must not take the others down
                            invalid(index, WaybillJson.idOf(node), "cannot use this shipment: " + e);
                        }
                    }

                    @Override
                    public void malformed(int index, String problem) {
                        shown.step();
                        invalid(index, null, problem);
                    }

                    private void invalid(int index, String id, String problem) {
                        invalid[0]++;
                        if (name) {
                            console.err().println(file + ": record " + index + (id == null ? "" : " (" + id + ")")
                                    + " skipped: " + problem);
                        }
                    }
                });
            }
        }
        return invalid[0];
    }

    /** The coverage flag's value, default 0.8. */
    static double coverage(Arguments arguments) throws UsageException {
        String text = arguments.value("coverage").orElse("0.8");
        try {
            double coverage = Double.parseDouble(text);
            if (coverage > 0 && coverage < 1) {
                return coverage;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException("--coverage: expected a share between 0 and 1, for example 0.8, got '" + text + "'");
    }
}
