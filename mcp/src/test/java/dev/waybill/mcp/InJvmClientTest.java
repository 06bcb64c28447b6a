package dev.waybill.mcp;

import io.modelcontextprotocol.client.McpSyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The server as an MCP client in the same JVM sees it ({@link WaybillMcpServer#inJvm}): the official
 * SDK's client through the calls of {@link McpClientContract}.
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
}
