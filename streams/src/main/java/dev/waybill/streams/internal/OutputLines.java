package dev.waybill.streams.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.watch.rules.Transition;

/** The lines of the transitions and rejected topics. */
public final class OutputLines {

    private final ObjectMapper mapper;

    /** Writes with {@code mapper}. */
    public OutputLines(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code {shipment, at, field, from, to, cause}}, as {@code waybill watch} records a transition. */
    public String transition(Transition t) {
        ObjectNode line = mapper.createObjectNode();
        line.put("shipment", t.shipment());
        line.put("at", t.at().toString());
        line.put("field", t.field().name());
        line.put("from", t.from().orElse(null));
        line.put("to", t.to().orElse(null));
        line.put("cause", t.cause().name());
        return line.toString();
    }

    /**
     * {@code {topic, partition, offset, id, error}}: a record that could not be taken, where it was, the
     * shipment id it named (null when none), and what is wrong with it in the contract's words.
     */
    public String rejected(String topic, int partition, long offset, String id, String error) {
        ObjectNode line = mapper.createObjectNode();
        line.put("topic", topic);
        line.put("partition", partition);
        line.put("offset", offset);
        line.put("id", id);
        line.put("error", error);
        return line.toString();
    }
}
