package dev.waybill.streams.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.Shipment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The values of the two routing topics and of the tracking-number index: an index entry ({@code
 * {"index": {id, carrier}}}) or its removal ({@code {"unindex": id}}) written by the watching, and a
 * verified webhook update ({@code {"pushed": {carrier, shipment, from}}}, the shipment in the {@code
 * assess} format, {@code from} where the delivery was on the webhooks topic).
 */
public final class RoutingJson {

    /** Where a record was read: its topic, partition and offset. */
    public record Origin(String topic, int partition, long offset) {
    }

    /**
     * A verified webhook's shipment on its way to the watched shipment it names.
     *
     * @param carrier  the adapter that verified and read it (the webhook record's key)
     * @param shipment what the carrier said: its tracking number, events and status
     * @param from     the delivery on the webhooks topic
     */
    public record Pushed(String carrier, Shipment shipment, Origin from) {
        /** Validates the parts. */
        public Pushed {
            Objects.requireNonNull(carrier, "carrier");
            Objects.requireNonNull(shipment, "shipment");
            Objects.requireNonNull(from, "from");
        }
    }

    /**
     * A watched shipment under a tracking number.
     *
     * @param id      the shipment's id
     * @param carrier its lane's carrier, null when it names none
     */
    public record Entry(String id, String carrier) {
    }

    /** A value of the by-number topic: exactly one of the three parts is set. */
    public record ByNumber(Entry index, String unindex, Pushed pushed) {
    }

    private final ObjectMapper mapper;

    /** Reads and writes with {@code mapper} (the contract's, {@code WaybillJson.mapper()}). */
    public RoutingJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code {"index": {id, carrier}}}. */
    public String index(Entry entry) {
        ObjectNode root = mapper.createObjectNode();
        root.set("index", entry(entry));
        return root.toString();
    }

    /** {@code {"unindex": id}}. */
    public String unindex(String id) {
        return mapper.createObjectNode().put("unindex", id).toString();
    }

    /** {@code {"pushed": {...}}}, the by-number topic's form. */
    public String pushedByNumber(Pushed pushed) {
        ObjectNode root = mapper.createObjectNode();
        root.set("pushed", pushedNode(pushed));
        return root.toString();
    }

    /** The pushed topic's form: the update alone. */
    public String pushed(Pushed pushed) {
        return pushedNode(pushed).toString();
    }

    /** A value of the by-number topic. */
    public ByNumber byNumber(String text) {
        JsonNode root = tree(text);
        if (root.has("index")) {
            return new ByNumber(entry(root.get("index")), null, null);
        }
        if (root.has("unindex")) {
            return new ByNumber(null, root.get("unindex").asText(), null);
        }
        return new ByNumber(null, null, pushed(root.get("pushed")));
    }

    /** A value of the pushed topic. */
    public Pushed pushed(String text) {
        return pushed(tree(text));
    }

    /** The index's entries for one tracking number, as the store keeps them. */
    public String entries(List<Entry> entries) {
        ArrayNode array = mapper.createArrayNode();
        entries.forEach(e -> array.add(entry(e)));
        return array.toString();
    }

    /** The entries {@link #entries(List)} wrote; empty for null. */
    public List<Entry> entries(String text) {
        List<Entry> entries = new ArrayList<>();
        if (text != null) {
            tree(text).forEach(node -> entries.add(entry(node)));
        }
        return entries;
    }

    private ObjectNode pushedNode(Pushed pushed) {
        ObjectNode node = mapper.createObjectNode();
        node.put("carrier", pushed.carrier());
        node.set("shipment", WaybillJson.writeShipment(pushed.shipment()));
        node.putObject("from").put("topic", pushed.from().topic()).put("partition", pushed.from().partition())
                .put("offset", pushed.from().offset());
        return node;
    }

    private static Pushed pushed(JsonNode node) {
        JsonNode from = node.get("from");
        try {
            return new Pushed(node.get("carrier").asText(), WaybillJson.readShipment(node.get("shipment")),
                    new Origin(from.get("topic").asText(), from.get("partition").asInt(), from.get("offset").asLong()));
        } catch (ContractJsonException e) {
            throw new IllegalStateException("a routed webhook update this version cannot read: " + e.getMessage(), e);
        }
    }

    private ObjectNode entry(Entry entry) {
        ObjectNode node = mapper.createObjectNode().put("id", entry.id());
        if (entry.carrier() != null) {
            node.put("carrier", entry.carrier());
        }
        return node;
    }

    private static Entry entry(JsonNode node) {
        JsonNode carrier = node.get("carrier");
        return new Entry(node.get("id").asText(), carrier == null ? null : carrier.asText());
    }

    private JsonNode tree(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a routing record this version cannot read: " + e.getOriginalMessage(), e);
        }
    }
}
