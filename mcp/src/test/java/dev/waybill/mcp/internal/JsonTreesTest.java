package dev.waybill.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.json.WaybillJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A call's arguments walked into a tree, or read through a view: the tree Jackson's {@code valueToTree} makes of them. */
class JsonTreesTest {

    private static final ObjectMapper MAPPER = WaybillJson.mapper();

    private record Parcel(String number, int pieces) {
    }

    @Test
    void argumentsAsTheSdksMapperReadsThemBecomeTheTreeValueToTreeMakes() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> arguments = MAPPER.readValue("""
                {"shipment": {"id": "SO-1004", "weightKg": 0.42, "pieces": 2, "big": 12345678901234,
                  "huge": 123456789012345678901234567890, "gift": false, "note": null,
                  "events": [{"at": "2026-11-10T10:15:00+01:00", "code": "IMPORT_HELD"}, [], {}]},
                 "now": "2026-11-16T09:00:00+01:00"}""", Map.class);

        JsonNode walked = JsonTrees.tree(arguments);

        assertThat(walked).isEqualTo(MAPPER.valueToTree(arguments));
        assertThat(walked.at("/shipment/weightKg").decimalValue()).isEqualByComparingTo("0.42");
        assertThat(walked.at("/shipment/big").isLong()).isTrue();
        assertThat(walked.at("/shipment/huge").isBigInteger()).isTrue();
        assertThat(walked.at("/shipment/note").isNull()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aViewReadsTheSameTreeWithoutCopyingAndSeesNoFieldThatIsNotThere() throws Exception {
        Map<String, Object> arguments = MAPPER.readValue("""
                {"shipment": {"id": "SO-1004", "weightKg": 0.42, "pieces": 2, "big": 12345678901234,
                  "gift": false, "note": null,
                  "events": [{"at": "2026-11-10T10:15:00+01:00", "code": "IMPORT_HELD"}, [], {}]},
                 "now": "2026-11-16T09:00:00+01:00"}""", Map.class);

        JsonNode view = JsonTrees.view(arguments);
        JsonNode copy = MAPPER.valueToTree(arguments);

        assertThat(view).isEqualTo(copy);
        assertThat(copy.equals(view)).as("equal both ways").isTrue();
        assertThat(view.toString()).isEqualTo(copy.toString());
        assertThat(view.at("/shipment/events/0/code").asText()).isEqualTo("IMPORT_HELD");
        assertThat(view.at("/shipment/events").size()).isEqualTo(3);
        assertThat(view.at("/shipment/big").isLong()).isTrue();
        assertThat(view.get("shipment").get("note").isNull()).isTrue();
        assertThat(view.get("shipment").get("colour")).isNull();
        assertThat(view.get("shipment").has("note")).isTrue();
        assertThat(view.get("shipment").has("colour")).isFalse();
        ((Map<String, Object>) arguments.get("shipment")).put("id", "SO-1005");
        assertThat(view.at("/shipment/id").asText()).as("read from the map, not a copy").isEqualTo("SO-1005");
    }

    @Test
    void aViewOfWhatIsNoListOrMapIsTheTreeOfIt() {
        JsonNode view = JsonTrees.view(Map.of("codes", new java.util.LinkedHashSet<>(List.of("PICKED_UP", "IN_TRANSIT")),
                "parcel", new Parcel("YT2611020001", 2)));

        assertThat(view.get("codes").isArray()).isTrue();
        assertThat(view.at("/codes/1").asText()).isEqualTo("IN_TRANSIT");
        assertThat(view.at("/parcel/pieces").intValue()).isEqualTo(2);
    }

    @Test
    void whatIsNoPlainJsonGoesThroughTheMapperAndATreeStaysItself() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("parcel", new Parcel("YT2611020001", 2));
        arguments.put("amount", new BigDecimal("24.50"));
        arguments.put("count", BigInteger.TEN);
        arguments.put("codes", Arrays.asList("PICKED_UP", null));
        arguments.put("ratio", 0.5f);
        JsonNode line = MAPPER.createObjectNode().put("status", "DELAYED");
        arguments.put("line", line);

        JsonNode walked = JsonTrees.tree(arguments);

        assertThat(walked).isEqualTo(MAPPER.valueToTree(arguments));
        assertThat(walked.at("/parcel/pieces").intValue()).isEqualTo(2);
        assertThat(walked.get("line")).isSameAs(line);
        assertThat(JsonTrees.tree(List.of()).isArray()).isTrue();
    }
}
