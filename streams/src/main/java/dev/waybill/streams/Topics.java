package dev.waybill.streams;

import java.util.List;
import java.util.Objects;

/**
 * The topics of the watching topology ({@code spec/cli.md}, {@code waybill streams}): shipments in,
 * keyed by shipment id; verdicts, transitions, notices and rejected records out, keyed the same way.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipments   input: shipment id to a shipment in the {@code assess} format
 * @param verdicts    output, compacted: shipment id to its latest verdict line
 * @param transitions output: shipment id to one transition
 * @param notices     output: shipment id to one notice line, once per decision
 * @param rejected    output: the records that could not be read or verified, each with its reason
 */
public record Topics(String shipments, String verdicts, String transitions, String notices,
                     String rejected) {

    /** Validates the names. */
    public Topics {
        for (String name : new String[] {shipments, verdicts, transitions, notices, rejected}) {
            Objects.requireNonNull(name, "topic");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a topic name is blank");
            }
        }
    }

    /** {@code waybill.shipments}, {@code waybill.verdicts}, {@code waybill.transitions}, ... */
    public static Topics defaults() {
        return new Topics("waybill.shipments", "waybill.verdicts", "waybill.transitions",
                "waybill.notices", "waybill.rejected");
    }

    /** The topics the topology writes, the compacted verdicts first. */
    public List<String> written() {
        return List.of(verdicts, transitions, notices, rejected);
    }
}
