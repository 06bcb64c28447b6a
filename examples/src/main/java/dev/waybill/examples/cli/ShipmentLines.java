package dev.waybill.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.Shipment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code assess}, {@code message} and {@code ingest} do with their input: read each record as a
 * shipment and write one answer line for it, or the contract's error line for a record that is
 * malformed, invalid or that the SDK fails on (a defect must not take the other records down); then
 * answer the exit status. The input is streamed: at most one batch of records is held at a time, and
 * the lines come out in input order.
 */
final class ShipmentLines {

    private final ObjectMapper mapper;
    private final String command;
    private final boolean progress;

    /** Lines of {@code command}, the name its progress shows; {@code progress} when {@code --progress} was given. */
    ShipmentLines(ObjectMapper mapper, String command, boolean progress) {
        this.mapper = mapper;
        this.command = command;
        this.progress = progress;
    }

    /** Lines of {@code command} that show progress only on a terminal. */
    ShipmentLines(ObjectMapper mapper, String command) {
        this(mapper, command, false);
    }

    /**
     * Writes {@code answer} of every shipment of {@code input} ({@code -} is standard input), each as
     * soon as it is read.
     *
     * @param failure what the error line says before the exception when {@code answer} throws,
     *                for example {@code "cannot assess this shipment"}
     * @return {@link ExitStatus#OK}, or {@link ExitStatus#INVALID_RECORDS} when any line was an error
     * @throws UsageException if the input cannot be opened or read
     */
    int write(String input, Console console, String failure, Function<Shipment, JsonNode> answer)
            throws UsageException {
        return write(input, console, failure, 1, batch -> List.of(answer.apply(batch.get(0))));
    }

    /**
     * Writes the answers of the shipments of {@code input}, handing them to {@code answers} in batches
     * of at most {@code batchSize} records (the last one smaller). A batch that fails is answered
     * again one shipment at a time, so that only the shipment that fails gets an error line.
     *
     * @param answers one answer per shipment of the batch, in its order
     */
    int write(String input, Console console, String failure, int batchSize,
              Function<List<Shipment>, List<JsonNode>> answers) throws UsageException {
        int[] invalid = {0};
        try (Progress shown = Progress.of(console, command, progress);
             JsonOutput out = new JsonOutput(mapper, console.out())) {
            Batch batch = new Batch(out, failure, batchSize, answers, invalid);
            new InputRecords(mapper).read(input, console.in(), new InputRecords.Handler() {
                @Override
                public void record(int index, JsonNode node) {
                    shown.step();
                    try {
                        batch.add(new Pending(index, null, WaybillJson.readShipment(node), null));
                    } catch (ContractJsonException e) {
                        batch.add(new Pending(index, WaybillJson.idOf(node), null, e.error()));
                    } catch (RuntimeException e) {
                        batch.add(new Pending(index, WaybillJson.idOf(node), null, failure + ": " + e));
                    }
                }

                @Override
                public void malformed(int index, String problem) {
                    shown.step();
                    batch.add(new Pending(index, null, null, problem));
                }
            });
            batch.flush();
        }
        return invalid[0] == 0 ? ExitStatus.OK : ExitStatus.INVALID_RECORDS;
    }

    /** A record read and not yet written: a shipment to answer, or the error its line will carry. */
    private record Pending(int index, String id, Shipment shipment, String error) {
    }

    /** The records read since the last lines were written. */
    private static final class Batch {
        private final JsonOutput out;
        private final String failure;
        private final int size;
        private final Function<List<Shipment>, List<JsonNode>> answers;
        private final int[] invalid;
        private final List<Pending> pending = new ArrayList<>();

        Batch(JsonOutput out, String failure, int size, Function<List<Shipment>, List<JsonNode>> answers,
              int[] invalid) {
            this.out = out;
            this.failure = failure;
            this.size = size;
            this.answers = answers;
            this.invalid = invalid;
        }

        /** Holds {@code record} until the batch is full, then writes the batch. */
        void add(Pending record) {
            pending.add(record);
            if (pending.size() >= size) {
                flush();
            }
        }

        /** Answers the pending shipments and writes every pending line in input order. */
        void flush() {
            List<Shipment> shipments = new ArrayList<>();
            for (Pending record : pending) {
                if (record.shipment() != null) {
                    shipments.add(record.shipment());
                }
            }
            List<Answer> answered = shipments.isEmpty() ? List.of() : answer(shipments);
            int next = 0;
            for (Pending record : pending) {
                if (record.shipment() == null) {
                    invalid[0]++;
                    out.write(out.errorLine(record.index(), record.id(), record.error()));
                    continue;
                }
                Answer answer = answered.get(next++);
                if (answer.failure() == null) {
                    out.write(answer.line());
                } else {
                    invalid[0]++;
                    out.write(out.errorLine(record.index(), record.shipment().id(), failure + ": " + answer.failure()));
                }
            }
            pending.clear();
        }

        /** The batch's answers; when the batch fails, each shipment's own, one at a time. */
        private List<Answer> answer(List<Shipment> shipments) {
            if (shipments.size() > 1) {
                try {
                    return answers.apply(shipments).stream().map(line -> new Answer(line, null)).toList();
                } catch (RuntimeException e) {
                    // below: one at a time, so that the good ones are kept
                }
            }
            List<Answer> answered = new ArrayList<>();
            for (Shipment shipment : shipments) {
                try {
                    answered.add(new Answer(answers.apply(List.of(shipment)).get(0), null));
                } catch (RuntimeException e) {
                    answered.add(new Answer(null, e));
                }
            }
            return answered;
        }
    }

    /** A shipment's line, or the failure that stands in its place. */
    private record Answer(JsonNode line, RuntimeException failure) {
    }
}
