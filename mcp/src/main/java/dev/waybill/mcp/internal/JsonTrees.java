package dev.waybill.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.WaybillJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The MCP SDK's plain Java JSON values (maps, lists, strings, numbers, booleans, null: a call's
 * arguments as its mapper reads them) as a Jackson tree, walked directly: the tree
 * {@code ObjectMapper.valueToTree} gives for these shapes, without looking up a serializer for every
 * value, writing it to a token buffer and reading it back. A number keeps its Java type. Anything else
 * (a record an in-JVM caller put in its arguments) goes through the mapper.
 *
 * <p>{@link #tree} copies the whole value into a tree; {@link #view} reads the same tree through the
 * maps and lists themselves, converting a value when it is read (a call's arguments, which the tool
 * reads field by field once).
 */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** For values that are no plain JSON; {@link WaybillJson#mapper()} builds a new one each time. */
    private static final ObjectMapper MAPPER = WaybillJson.mapper();

    private JsonTrees() {
    }

    /** {@code value} copied into a Jackson tree; a tree is taken as it is. */
    static JsonNode tree(Object value) {
        if (value instanceof String text) { // the commonest value first: a string is none of the interfaces below
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
        }
        return leaf(value);
    }

    /**
     * {@code value} as a read-only Jackson tree over the maps and lists themselves: equal to
     * {@link #tree}'s, each value converted when it is read, nothing copied. The tree must not be
     * changed, nor the maps and lists under it while it is read.
     */
    static JsonNode view(Object value) {
        if (value instanceof String text) {
            return NODES.textNode(text);
        } else if (value instanceof Map<?, ?> map) {
            return new ObjectNode(NODES, new MapView(map));
        } else if (value instanceof List<?> items && items instanceof RandomAccess) {
            return new ArrayNode(NODES, new ListView(items));
        } else if (value instanceof Collection<?>) {
            return tree(value);
        }
        return leaf(value);
    }

    private static JsonNode leaf(Object value) {
        if (value == null) {
            return NODES.nullNode();
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

    /** A map's fields as tree nodes, each converted when it is read. */
    private static final class MapView extends AbstractMap<String, JsonNode> {

        /** What {@link #get} finds for a field that is not there (a field may hold null). */
        private static final Object ABSENT = new Object();

        private final Map<?, ?> fields;

        MapView(Map<?, ?> fields) {
            this.fields = fields;
        }

        @Override
        public JsonNode get(Object key) {
            @SuppressWarnings("unchecked")
            Object value = ((Map<Object, Object>) fields).getOrDefault(key, ABSENT);
            return value == ABSENT ? null : view(value);
        }

        @Override
        public boolean containsKey(Object key) {
            return fields.containsKey(key);
        }

        @Override
        public int size() {
            return fields.size();
        }

        @Override
        public Set<Entry<String, JsonNode>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, JsonNode>> iterator() {
                    Iterator<? extends Entry<?, ?>> entries = fields.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<String, JsonNode> next() {
                            Entry<?, ?> entry = entries.next();
                            return new SimpleImmutableEntry<>(String.valueOf(entry.getKey()), view(entry.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return fields.size();
                }
            };
        }
    }

    /** A list's items as tree nodes, each converted when it is read. */
    private static final class ListView extends AbstractList<JsonNode> implements RandomAccess {

        private final List<?> items;

        ListView(List<?> items) {
            this.items = items;
        }

        @Override
        public JsonNode get(int index) {
            return view(items.get(index));
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
