package dev.waybill.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.Shipment;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/** The arguments of one tool call, read field by field with errors that name the field. */
final class ToolArguments {

    private final ObjectNode node;

    private ToolArguments(ObjectNode node) {
        this.node = node;
    }

    static ToolArguments of(Map<String, Object> arguments) {
        return new ToolArguments(arguments == null ? JsonNodeFactory.instance.objectNode()
                : (ObjectNode) JsonTrees.view(arguments));
    }

    /** The text of {@code field}, absent when missing or null. */
    Optional<String> text(String field) throws ToolArgumentException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new ToolArgumentException(field, "expected a string, got " + value);
        }
        return Optional.of(value.asText());
    }

    String requiredText(String field) throws ToolArgumentException {
        return text(field).orElseThrow(() -> new ToolArgumentException(field, "missing"));
    }

    boolean flag(String field) throws ToolArgumentException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new ToolArgumentException(field, "expected true or false, got " + value);
        }
        return value.asBoolean();
    }

    /** {@code now} as a fixed clock in its own offset, as {@code --now} gives; {@code fallback} when absent. */
    Clock clock(Clock fallback) throws ToolArgumentException {
        Optional<String> now = text("now");
        if (now.isEmpty()) {
            return fallback;
        }
        try {
            OffsetDateTime at = WaybillJson.parseInstant(now.get(), "now");
            return Clock.fixed(at.toInstant(), at.getOffset());
        } catch (ContractJsonException e) {
            throw new ToolArgumentException("now", "not an ISO-8601 instant with an offset: '" + now.get() + "'");
        }
    }

    /** {@code shipment}, in the input format of {@code assess}; a bad field is named inside it. */
    Shipment shipment() throws ToolArgumentException {
        JsonNode value = node.get("shipment");
        if (value == null || value.isNull()) {
            throw new ToolArgumentException("shipment", "missing");
        }
        if (!value.isObject()) {
            throw new ToolArgumentException("shipment", "expected a shipment object, got " + value);
        }
        try {
            return WaybillJson.readShipment(value);
        } catch (ContractJsonException e) {
            throw new ToolArgumentException("shipment." + e.field(), e.problem());
        }
    }
}
