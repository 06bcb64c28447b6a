package dev.waybill.examples.recipes;

import dev.waybill.json.WaybillJson;
import dev.waybill.mcp.WaybillTools;
import dev.waybill.policies.DefaultPolicies;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * Recipe: a shop's own MCP server (its own name, its own tools) that also offers Waybill's four tools,
 * registered with one call. Serves on standard input/output until the client closes it.
 */
public final class EmbedMcpTools {

    private EmbedMcpTools() {
    }

    /** Starts the shop's server with Waybill's tools on it. */
    public static void main(String[] args) throws InterruptedException {
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(WaybillJson.mapper().copy());
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(json))
                .serverInfo("lumen-home-support", "1.0")
                .jsonMapper(json)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .build();
        // ... the shop's own tools: server.addTool(...)
        WaybillTools.register(server, DefaultPolicies.waybill().build());
        Thread.currentThread().join();
    }
}
