package dev.waybill.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.WaybillJson;
import dev.waybill.policies.message.RemedyReasons;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.ProtocolVersions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The server as an MCP client in the same JVM sees it ({@link WaybillMcpServer#inJvm}): the official
 * SDK's client through the calls of {@link McpClientContract}, and the tool's structured result handed
 * over as the tree the tool made; and the same server to a client of its own over
 * {@link WaybillMcpServer#inJvmTransport}.
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

    @Test
    void aClientOfItsOwnSendsTheSdksMessagesOverTheTransportAndGetsTheSameAnswerBeforeTheSendCompletes() {
        McpClientTransport transport = WaybillMcpServer.inJvmTransport(WaybillTools.of(StdioServerMain.waybill()));
        List<JSONRPCMessage> answers = new ArrayList<>();
        transport.connect(messages -> messages.doOnNext(answers::add).then(Mono.empty())).block();
        try {
            transport.sendMessage(new JSONRPCRequest(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_INITIALIZE, "init",
                    new McpSchema.InitializeRequest(ProtocolVersions.MCP_2025_06_18,
                            McpSchema.ClientCapabilities.builder().build(), new McpSchema.Implementation("own", "1"))))
                    .block();
            transport.sendMessage(new McpSchema.JSONRPCNotification(McpSchema.JSONRPC_VERSION,
                    McpSchema.METHOD_NOTIFICATION_INITIALIZED, null)).block();
            transport.sendMessage(new JSONRPCRequest(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_TOOLS_CALL, 7L,
                    new CallToolRequest("assess_shipment", Map.of("shipment", json(Fixtures.HELD), "now", Fixtures.NOW))))
                    .block();

            assertThat(answers).hasSize(2);
            JSONRPCResponse initialised = (JSONRPCResponse) answers.get(0);
            assertThat(initialised.id()).isEqualTo("init");
            assertThat(((McpSchema.InitializeResult) initialised.result()).serverInfo().name())
                    .isEqualTo(WaybillMcpServer.NAME);
            JSONRPCResponse called = (JSONRPCResponse) answers.get(1);
            assertThat(called.id()).isEqualTo(7L);
            assertThat(called.error()).isNull();
            CallToolResult result = (CallToolResult) called.result();
            assertThat(result.isError()).isFalse();
            assertThat(result.structuredContent()).isEqualTo(WaybillJson.writeAssessment(
                    facadeAtNow().assess(StdioServerMain.read(Fixtures.HELD)), RemedyReasons.defaults().english()));
        } finally {
            transport.closeGracefully().block();
        }
    }
}
