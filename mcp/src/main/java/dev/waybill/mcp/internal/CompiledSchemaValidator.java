package dev.waybill.mcp.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.waybill.json.WaybillJson;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MCP SDK's check of a tool's structured result against its output schema, with each schema
 * compiled once: the same JSON Schema 2020-12 validation (networknt) as the SDK's
 * {@link DefaultJsonSchemaValidator}, every keyword of the schema applied to the whole result on every
 * call, without the default's per-call work that is not validation (the schema map's hash turned into a
 * text key, and the valid result written out as JSON text). A result that already is a JSON tree (as
 * Waybill's tools answer) is validated as it is; a text is read as JSON and anything else converted, as
 * the default does.
 *
 * <p>A valid answer carries no JSON text ({@code jsonStructuredOutput} is null): the SDK only reads it
 * to make a text content for a result that has none, and every Waybill tool answers its own summary.
 * Schema documents themselves are checked against the 2020-12 meta-schema as the default does, when a
 * server registers its tools. A schema map is found again by identity first (a server passes a tool's
 * own map on every call), then by content; a schema map must not change once checked against. Thread-safe.
 */
public final class CompiledSchemaValidator implements JsonSchemaValidator {

    /** One mapper for every call: {@link WaybillJson#mapper()} builds a new one, with empty caches, each time. */
    private static final ObjectMapper MAPPER = WaybillJson.mapper();

    /** Schema documents are checked against the 2020-12 meta-schema, compiled once for every server. */
    private static final DefaultJsonSchemaValidator DOCUMENTS = new DefaultJsonSchemaValidator();

    /** At most this many maps are held by identity, so a caller that builds a new map each time grows nothing. */
    private static final int MAPS_HELD = 64;

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012());
    /** Keyed by the schema's content, so an equal schema in a new map (a client's second listing) hits too. */
    private final Map<Map<String, Object>, Schema> compiled = new ConcurrentHashMap<>();
    /**
     * The same, keyed by the schema map itself: a server hands every call of a tool the same map, whose
     * content would otherwise be hashed, every nested map and list of it, on every call.
     */
    private final Map<Same, Schema> byMap = new ConcurrentHashMap<>();

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(structuredContent, "structuredContent");
        List<Error> errors;
        try {
            errors = compiled(schema).validate(tree(structuredContent));
        } catch (JsonProcessingException e) {
            return ValidationResponse.asInvalid("the structured content is no JSON: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            return ValidationResponse.asInvalid("Unexpected validation error: " + e.getMessage());
        }
        return errors.isEmpty() ? ValidationResponse.asValid(null)
                : ValidationResponse.asInvalid("Validation failed: JSON schema validation errors: " + errors);
    }

    @Override
    public ValidationResponse validateSchema(Map<String, Object> schema) {
        return DOCUMENTS.validateSchema(schema);
    }

    /** The result as a tree: a tree as it is, a text as the JSON it holds (as the default reads it). */
    private static JsonNode tree(Object structuredContent) throws JsonProcessingException {
        return structuredContent instanceof String text ? MAPPER.readTree(text) : JsonTrees.tree(structuredContent);
    }

    private Schema compiled(Map<String, Object> schema) {
        Same same = new Same(schema);
        Schema known = byMap.get(same);
        if (known == null) {
            known = compiled.computeIfAbsent(schema, key -> registry.getSchema(JsonTrees.tree(key)));
            if (byMap.size() < MAPS_HELD) {
                byMap.putIfAbsent(same, known);
            }
        }
        return known;
    }

    /** A schema map as a key by identity: equal only to itself. */
    private record Same(Map<String, Object> schema) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }
}
