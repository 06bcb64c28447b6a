package dev.waybill.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.WaybillJson;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator.ValidationResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The output-schema check with each schema compiled once: it still applies the whole schema on every
 * call, to a tree, a map or a JSON text, and an equal or changed schema in another map is its own.
 */
class CompiledSchemaValidatorTest {

    private static final ObjectMapper MAPPER = WaybillJson.mapper();
    private static final Map<String, Object> ASSESS = Schemas.output("assess_shipment");

    private final CompiledSchemaValidator validator = new CompiledSchemaValidator();

    @Test
    void aVerdictLineAsAssessPrintsItConforms() throws Exception {
        ObjectNode line = (ObjectNode) MAPPER.readTree("""
                {"id": "SO-1004", "status": "DELAYED", "stage": "IMPORT_CUSTOMS", "exception": "CUSTOMS_HOLD",
                 "cause": "CUSTOMS", "eta": {"likely": "2026-11-24"}, "claimFrom": "CARRIER", "claim": null, "remedy": null}""");

        ValidationResponse answer = validator.validate(ASSESS, line);

        assertThat(answer.valid()).isTrue();
        assertThat(answer.errorMessage()).isNull();
    }

    @Test
    void everyCallAppliesTheSchemaSoABrokenResultIsRejectedAfterAGoodOneAndAGoodOneAfterIt() throws Exception {
        ObjectNode good = (ObjectNode) MAPPER.readTree("{\"id\": null, \"status\": \"ON_TRACK\", \"stage\": \"LINEHAUL\"}");
        ObjectNode numericStage = (ObjectNode) MAPPER.readTree("{\"status\": \"ON_TRACK\", \"stage\": 3}");
        ObjectNode noStage = (ObjectNode) MAPPER.readTree("{\"status\": \"ON_TRACK\"}");

        assertThat(validator.validate(ASSESS, good).valid()).isTrue();
        ValidationResponse wrongType = validator.validate(ASSESS, numericStage);
        ValidationResponse missing = validator.validate(ASSESS, noStage);
        assertThat(validator.validate(ASSESS, good).valid()).isTrue();

        assertThat(wrongType.valid()).isFalse();
        assertThat(wrongType.errorMessage()).contains("stage").contains("integer").contains("string");
        assertThat(missing.valid()).isFalse();
        assertThat(missing.errorMessage()).contains("required").contains("stage");
    }

    @Test
    void aMapOrAJsonTextIsJudgedAsTheSameJsonTree() throws Exception {
        String broken = "{\"status\": \"ON_TRACK\", \"stage\": [\"LINEHAUL\"], \"id\": 7}";
        ValidationResponse asTree = validator.validate(ASSESS, MAPPER.readTree(broken));
        ValidationResponse asMap = validator.validate(ASSESS, MAPPER.readValue(broken, Map.class));
        ValidationResponse asText = validator.validate(ASSESS, broken);

        assertThat(asTree.valid()).isFalse();
        assertThat(asMap).isEqualTo(asTree);
        assertThat(asText).isEqualTo(asTree);
        assertThat(validator.validate(ASSESS, "{not json").errorMessage()).startsWith("the structured content is no JSON");
    }

    @Test
    void aSchemaChangedInAnotherMapIsCompiledAfreshNotTakenForTheFirst() throws Exception {
        ObjectNode line = (ObjectNode) MAPPER.readTree("{\"status\": \"ON_TRACK\", \"stage\": \"LINEHAUL\"}");
        Map<String, Object> stricter = new LinkedHashMap<>(ASSESS);
        stricter.put("required", List.of("status", "stage", "remedy"));

        assertThat(validator.validate(ASSESS, line).valid()).isTrue();
        assertThat(validator.validate(new LinkedHashMap<>(ASSESS), line).valid()).isTrue();
        ValidationResponse answer = validator.validate(stricter, line);

        assertThat(answer.valid()).isFalse();
        assertThat(answer.errorMessage()).contains("remedy");
    }

    @Test
    void aSchemaDocumentThatIsNoJsonSchemaIsRefusedAsTheSdkRefusesIt() {
        assertThat(validator.validateSchema(ASSESS).valid()).isTrue();
        assertThat(validator.validateSchema(Map.of("type", 5)).valid()).isFalse();
    }
}
