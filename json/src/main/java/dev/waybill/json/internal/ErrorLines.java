package dev.waybill.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.ErrorLine;

/** The contract's error line, {@code {"index", "id", "error"}}, in both directions. */
public final class ErrorLines {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ErrorLines() {
    }

    /** {@code line} as JSON; {@code id} is written as null when absent. */
    public static ObjectNode write(ErrorLine line) {
        ObjectNode node = NODES.objectNode();
        node.put("index", line.index());
        if (line.id().isEmpty()) {
            node.putNull("id");
        } else {
            node.put("id", line.id().get());
        }
        node.put("error", line.error());
        return node;
    }

    /**
     * Reads an error line.
     *
     * @throws ContractJsonException naming {@code index}, {@code id} or {@code error} when it is missing or wrong
     */
    public static ErrorLine read(JsonNode node) throws ContractJsonException {
        if (node == null || !node.isObject()) {
            throw new ContractJsonException("record", "expected a JSON object");
        }
        JsonNode index = node.get("index");
        if (index == null || index.isNull()) {
            throw new ContractJsonException("index", "missing");
        }
        if (!index.canConvertToInt() || !index.isIntegralNumber() || index.intValue() < 0) {
            throw new ContractJsonException("index", "expected an integer >= 0, got " + index);
        }
        JsonNode id = node.get("id");
        if (id != null && !id.isNull() && !id.isTextual()) {
            throw new ContractJsonException("id", "expected a string or null, got " + id);
        }
        JsonNode error = node.get("error");
        if (error == null || error.isNull()) {
            throw new ContractJsonException("error", "missing");
        }
        if (!error.isTextual() || error.asText().isBlank()) {
            throw new ContractJsonException("error", "expected a non-empty string, got " + error);
        }
        return new ErrorLine(index.intValue(), id == null || id.isNull() ? null : id.asText(), error.asText());
    }
}
