package dev.waybill.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.WaybillJson;
import dev.waybill.policies.message.RemedyReasons;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server as an MCP client in the same JVM sees it ({@link WaybillMcpServer#inJvm}): the official
 * SDK's client through the calls of {@link McpClientContract}, and the tool's structured result handed
 * over as the tree the tool made.
 */
class InJvmClientTest extends McpClientContract {

    private static McpSyncClient client;

    @BeforeAll
    static void connect() {
        client = WaybillMcpServer.inJvm(WaybillTools.of(StdioServerMain.waybill()));
    }

    @AfterAll
    static void close() {
        client.closeGracefully();
    }

    @Override
    McpSyncClient client() {
        return client;
    }

    @Test
    void assessShipmentHandsOverTheVerdictLineItselfWhichWritesTheLineAssessPrints() throws Exception {
        CallToolResult result = client.callTool(new CallToolRequest("assess_shipment",
                Map.of("shipment", json(Fixtures.HELD), "now", Fixtures.NOW)));

        ObjectNode line = WaybillJson.writeAssessment(facadeAtNow().assess(StdioServerMain.read(Fixtures.HELD)),
                RemedyReasons.defaults().english());
        assertThat(result.structuredContent()).isInstanceOf(ObjectNode.class).isEqualTo(line);
        assertThat(WaybillJson.mapper().writeValueAsString(result.structuredContent())).isEqualTo(line.toString());
    }
}
