package dev.waybill.streams;

import java.util.List;
import java.util.Objects;

/**
 * The topics of the watching topology ({@code spec/cli.md}, {@code waybill streams}): shipments in,
 * keyed by shipment id, and raw webhook deliveries in, keyed by carrier name; verdicts, transitions,
 * notices and rejected records out, keyed by shipment id; and the two topics that route a verified
 * webhook to the partition of its shipment (see the package documentation).
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipments   input: shipment id to a shipment in the {@code assess} format
 * @param webhooks    input, optional: carrier name to a raw webhook body, the delivery's HTTP headers as
 *                    the record's headers
 * @param verdicts    output, compacted: shipment id to its latest verdict line
 * @param transitions output: shipment id to one transition
 * @param notices     output: shipment id to one notice line, once per decision
 * @param rejected    output: the records that could not be read or verified, each with its reason
 * @param byNumber    routing, read and written by the topology: tracking number to the index entries of
 *                    the watched shipments and the verified webhook updates that name it
 * @param pushed      routing, read and written by the topology: shipment id to a webhook update routed
 *                    to it; must have the partition count of {@code shipments}
 */
public record Topics(String shipments, String webhooks, String verdicts, String transitions, String notices,
                     String rejected, String byNumber, String pushed) {

    /** Validates the names. */
    public Topics {
        for (String name : new String[] {shipments, webhooks, verdicts, transitions, notices, rejected, byNumber,
                pushed}) {
            Objects.requireNonNull(name, "topic");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a topic name is blank");
            }
        }
    }

    /**
     * {@code waybill.shipments}, {@code waybill.webhooks}, {@code waybill.verdicts}, ...,
     * {@code waybill.by-tracking-number}, {@code waybill.pushed}.
     */
    public static Topics defaults() {
        return new Topics("waybill.shipments", "waybill.webhooks", "waybill.verdicts", "waybill.transitions",
                "waybill.notices", "waybill.rejected", "waybill.by-tracking-number", "waybill.pushed");
    }

    /** The topics the topology writes for the shop, the compacted verdicts first. */
    public List<String> written() {
        return List.of(verdicts, transitions, notices, rejected);
    }

    /** The topics that route webhooks to their shipments, needed only when {@code webhooks} is read. */
    public List<String> routing() {
        return List.of(byNumber, pushed);
    }
}
