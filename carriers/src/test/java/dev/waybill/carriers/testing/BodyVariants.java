package dev.waybill.carriers.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A real body bent every way a carrier or a network could bend it, for a hand-written reader to be read
 * against the binding it replaces: cut at every byte, each byte dropped, every value replaced by each
 * value of another type (and values past the read limits), each field missing or repeated, an unknown field first and last, a list
 * replaced by its first element, and seeded random byte edits. Deterministic.
 */
public final class BodyVariants {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Values of every JSON type, and texts the binding coerces or refuses. */
    private static final List<String> OTHERS = List.of("null", "\"\"", "\"  \"", "\" 12 \"", "\"x\"", "\"a'b\\\"c\"",
            "\"null\"", "\"+5\"", "\"1.0\"", "\"99999999999\"", "\"-2147483648\"", "\"\\u0663\"", "7", "-1.9", "1e20",
            "99999999999", "1.5e3", "true", "false", "{}", "{\"a\":[1,{\"b\":2}]}", "[]", "[null]", "[\"x\"]", "[{}]",
            "[[]]", "[1]", "\"" + "y".repeat(45) + "\"", "\"'quoted'\"", "\" a'b \"",
            // past the read limits of InputLimits: a number of 101 digits, as text too; nesting 65 deep; a string of 2^20 + 1
            "1".repeat(101), "\"" + "1".repeat(101) + "\"", "\"" + "y".repeat(101) + "\"", "[".repeat(65) + "]".repeat(65),
            "\"" + "z".repeat((1 << 20) + 1) + "\"");
    private static final String UNKNOWN = "\"zz\":{\"a\":[1,{\"b\":\"c\"}],\"d\":null}";
    private static final String MARKER = "\"@@edit@@\"";

    private BodyVariants() {
    }

    /** Every variant of {@code body}, a JSON object, with {@code random} seeded byte edits at the end. */
    public static List<byte[]> of(byte[] body, int random) {
        List<byte[]> variants = new ArrayList<>();
        for (int end = 0; end <= body.length; end++) {
            variants.add(Arrays.copyOf(body, end));
        }
        for (int at = 0; at < body.length; at++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(body, 0, at);
            out.write(body, at + 1, body.length - at - 1);
            variants.add(out.toByteArray());
        }
        JsonNode root = tree(new String(body, StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>();
        edits(root, root, texts);
        texts.forEach(text -> variants.add(text.getBytes(StandardCharsets.UTF_8)));
        Random seeded = new Random(15);
        for (int i = 0; i < random; i++) {
            byte[] edited = body.clone();
            for (int edit = seeded.nextInt(4); edit >= 0; edit--) {
                edited[seeded.nextInt(edited.length)] = (byte) seeded.nextInt(256);
            }
            variants.add(edited);
        }
        return variants;
    }

    /** The texts of {@code root} with one edit in {@code node} or below it. */
    private static void edits(JsonNode root, JsonNode node, List<String> texts) {
        if (node instanceof ObjectNode object) {
            String text = object.toString();
            texts.add(edited(root, object, copy -> "{" + UNKNOWN + (copy.isEmpty() ? "" : ",") + text.substring(1)));
            texts.add(edited(root, object, copy -> text.substring(0, text.length() - 1) + (copy.isEmpty() ? "" : ",")
                    + UNKNOWN + "}"));
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                String field = TextNode.valueOf(name) + ":" + value;
                for (String other : OTHERS) {
                    texts.add(edited(root, object, copy -> {
                        copy.set(name, tree(other));
                        return copy.toString();
                    }));
                }
                texts.add(edited(root, object, copy -> {
                    copy.remove(name);
                    return copy.toString();
                }));
                texts.add(edited(root, object, copy -> "{" + field + "," + text.substring(1)));
                texts.add(edited(root, object, copy -> text.substring(0, text.length() - 1) + "," + field + "}"));
                if (value instanceof ArrayNode list && !list.isEmpty()) {
                    texts.add(edited(root, object, copy -> {
                        copy.set(name, list.get(0));
                        return copy.toString();
                    }));
                }
                edits(root, value, texts);
            }
        } else if (node instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                int at = i;
                for (String other : OTHERS) {
                    texts.add(edited(root, list, copy -> {
                        copy.set(at, tree(other));
                        return copy.toString();
                    }));
                }
                edits(root, list.get(i), texts);
            }
        }
    }

    /** The text of {@code root} with {@code container} replaced by the JSON text {@code edit} makes of a copy of it. */
    @SuppressWarnings("unchecked")
    private static <C extends JsonNode> String edited(JsonNode root, C container, Function<C, String> edit) {
        return marked(root, container).toString().replace(MARKER, edit.apply((C) container.deepCopy()));
    }

    /** A copy of {@code node} with {@code target} (by identity) replaced by the marker. */
    private static JsonNode marked(JsonNode node, JsonNode target) {
        if (node == target) {
            return tree(MARKER);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), marked(field.getValue(), target));
            }
            return copy;
        }
        if (node instanceof ArrayNode list) {
            ArrayNode copy = JSON.createArrayNode();
            list.forEach(element -> copy.add(marked(element, target)));
            return copy;
        }
        return node;
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(text, e);
        }
    }
}
