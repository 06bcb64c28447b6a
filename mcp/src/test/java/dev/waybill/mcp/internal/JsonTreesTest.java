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

/** A call's arguments walked into a tree: the tree Jackson's {@code valueToTree} makes of them. */
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
