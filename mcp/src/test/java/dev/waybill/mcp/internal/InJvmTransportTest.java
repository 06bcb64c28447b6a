package dev.waybill.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.WaybillJson;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The in-JVM transport's hand-over: the SDK's own objects pass across unconverted, anything else is
 * converted as over a wire, and the server still checks every structured result against its tool's
 * output schema with {@link CompiledSchemaValidator}.
 */
class InJvmTransportTest {

    private final InJvmTransport transport = new InJvmTransport(new JacksonMcpJsonMapper(WaybillJson.mapper()));

    @Test
    void theServersMapperHandsOverARequestAsItIsAndConvertsAMapAsAWireWould() {
        McpJsonMapper json = transport.json();
        CallToolRequest request = new CallToolRequest("assess_shipment", Map.of("now", "2026-11-16T09:00:00+01:00"));

        CallToolRequest handedOver = json.convertValue(request, new TypeRef<CallToolRequest>() { });
        CallToolRequest converted = json.convertValue(Map.of("name", "assess_shipment",
                "arguments", Map.of("now", "2026-11-16T09:00:00+01:00")), new TypeRef<CallToolRequest>() { });

        assertThat(handedOver).isSameAs(request);
        assertThat(converted).isNotSameAs(request);
        assertThat(converted.name()).isEqualTo("assess_shipment");
        assertThat(converted.arguments()).isEqualTo(request.arguments());
        assertThat(json.convertValue(Map.of("name", "x"), McpSchema.Implementation.class).name()).isEqualTo("x");
    }

    @Test
    void aResultThatBreaksItsOutputSchemaIsAnErrorOnEveryCallAndAConformingOneIsNot() {
        McpSyncClient client = connect(arguments -> {
            ObjectNode line = JsonNodeFactory.instance.objectNode().put("status", "DELAYED");
            if (Boolean.TRUE.equals(arguments.get("broken"))) {
                line.put("stage", 3);
            } else {
                line.put("stage", "LAST_MILE");
            }
            return line;
        });
        try {
            CallToolResult first = client.callTool(new CallToolRequest("verdict", Map.of("broken", true)));
            CallToolResult good = client.callTool(new CallToolRequest("verdict", Map.of("broken", false)));
            CallToolResult again = client.callTool(new CallToolRequest("verdict", Map.of("broken", true)));

            for (CallToolResult broken : List.of(first, again)) {
                assertThat(broken.isError()).isTrue();
                assertThat(((McpSchema.TextContent) broken.content().get(0)).text())
                        .contains("verdict").contains("output validation failed").contains("stage");
            }
            assertThat(good.isError()).isFalse();
            assertThat(good.structuredContent()).isEqualTo(JsonNodeFactory.instance.objectNode()
                    .put("status", "DELAYED").put("stage", "LAST_MILE"));
        } finally {
            client.closeGracefully();
        }
    }

    private interface Tool {
        ObjectNode answer(Map<String, Object> arguments);
    }

    private McpSyncClient connect(Tool tool) {
        McpSchema.Tool verdict = McpSchema.Tool.builder().name("verdict").description("a verdict line")
                .inputSchema(Map.of("type", "object")).outputSchema(Schemas.output("assess_shipment")).build();
        SyncToolSpecification specification = SyncToolSpecification.builder().tool(verdict)
                .callHandler((exchange, request) -> CallToolResult.builder()
                        .structuredContent(tool.answer(request.arguments())).addTextContent("a verdict")
                        .isError(false).build())
                .build();
        McpServer.sync(transport.server()).serverInfo("test", "1").jsonMapper(transport.json())
                .jsonSchemaValidator(new CompiledSchemaValidator())
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .immediateExecution(true).tools(List.of(specification)).build();
        McpSyncClient client = McpClient.sync(transport.client()).build();
        client.initialize();
        return client;
    }
}
