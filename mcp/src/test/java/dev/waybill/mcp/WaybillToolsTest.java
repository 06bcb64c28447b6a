package dev.waybill.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.WaybillJson;
import dev.waybill.policies.message.RemedyReasons;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two sets of specifications: for any server the structured content is plain maps, for a Jackson 2
 * server the tool's own tree; both are the line {@code waybill assess} prints.
 */
class WaybillToolsTest {

    private static final WaybillTools TOOLS = WaybillTools.of(StdioServerMain.waybill());

    @Test
    void anyServerGetsMapsAndAJacksonServerTheTreeOfTheSameLine() {
        Map<String, Object> arguments = Map.of("shipment", McpClientContract.json(Fixtures.HELD), "now", Fixtures.NOW);
        ObjectNode line = WaybillJson.writeAssessment(
                McpClientContract.facadeAtNow().assess(StdioServerMain.read(Fixtures.HELD)), RemedyReasons.defaults().english());

        CallToolResult plain = assess(TOOLS.specifications(), arguments);
        CallToolResult tree = assess(TOOLS.jacksonSpecifications(), arguments);

        assertThat(plain.structuredContent()).isInstanceOf(Map.class);
        assertThat(WaybillJson.mapper().<ObjectNode>valueToTree(plain.structuredContent())).isEqualTo(line);
        assertThat(tree.structuredContent()).isInstanceOf(ObjectNode.class).isEqualTo(line);
        assertThat(tree.content()).isEqualTo(plain.content());
        assertThat(TOOLS.jacksonSpecifications()).extracting(s -> s.tool())
                .isEqualTo(TOOLS.specifications().stream().map(SyncToolSpecification::tool).toList());
    }

    private static CallToolResult assess(List<SyncToolSpecification> specifications, Map<String, Object> arguments) {
        SyncToolSpecification assess = specifications.stream().filter(s -> s.tool().name().equals("assess_shipment"))
                .findFirst().orElseThrow();
        return assess.callHandler().apply(null, new CallToolRequest("assess_shipment", arguments));
    }
}
