package dev.waybill.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.WaybillJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The MCP SDK's plain Java JSON values (maps, lists, strings, numbers, booleans, null: a call's
 * arguments as its mapper reads them) as a Jackson tree, walked directly: the tree
 * {@code ObjectMapper.valueToTree} gives for these shapes, without looking up a serializer for every
 * value, writing it to a token buffer and reading it back. A number keeps its Java type. Anything else
 * (a record an in-JVM caller put in its arguments) goes through the mapper.
 */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** For values that are no plain JSON; {@link WaybillJson#mapper()} builds a new one each time. */
    private static final ObjectMapper MAPPER = WaybillJson.mapper();

    private JsonTrees() {
    }

    /** {@code value} as a Jackson tree; a tree is taken as it is. */
    static JsonNode tree(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof String text) {
            return NODES.textNode(text);
        } else if (value instanceof Map<?, ?> map) {
            // sized for its fields, so adding them never grows the table
            ObjectNode object = new ObjectNode(NODES, new LinkedHashMap<>(capacity(map.size())));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                object.set(String.valueOf(entry.getKey()), tree(entry.getValue()));
            }
            return object;
        } else if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode(items.size());
            for (Object item : items) {
                array.add(tree(item));
            }
            return array;
        } else if (value instanceof JsonNode node) {
            return node;
        } else if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        } else if (value instanceof Integer number) {
            return NODES.numberNode(number);
        } else if (value instanceof Long number) {
            return NODES.numberNode(number);
        } else if (value instanceof Double number) {
            return NODES.numberNode(number);
        } else if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        } else if (value instanceof BigInteger number) {
            return NODES.numberNode(number);
        }
        return MAPPER.valueToTree(value);
    }

    /** The capacity a hash map needs to hold {@code size} entries at its default load factor without resizing. */
    private static int capacity(int size) {
        return size < 3 ? size + 1 : (int) (size / 0.75f) + 1;
    }
}
