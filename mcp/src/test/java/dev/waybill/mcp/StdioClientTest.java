package dev.waybill.mcp;

import dev.waybill.json.WaybillJson;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The server as an MCP client sees it over standard input/output: a child JVM running
 * {@link StdioServerMain}, driven by the official MCP Java SDK's client through
 * the calls of {@link McpClientContract}.
 */
class StdioClientTest extends McpClientContract {

    private static McpSyncClient client;

    @BeforeAll
    static void startServer() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ServerParameters server = ServerParameters.builder(java)
                .args("-cp", classPath, StdioServerMain.class.getName()).build();
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(WaybillJson.mapper().copy());
        client = McpClient.sync(new StdioClientTransport(server, json)).requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
    }

    @AfterAll
    static void stopServer() {
        client.closeGracefully();
    }

    @Override
    McpSyncClient client() {
        return client;
    }
}
