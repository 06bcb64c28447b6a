package dev.waybill.mcp;

import dev.waybill.json.WaybillJson;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The server as an MCP client sees it over Streamable HTTP on loopback, driven by the official MCP
 * Java SDK's client: the calls of {@link McpClientContract}.
 */
class HttpClientTest extends McpClientContract {

    private static McpSyncClient client;
    private static WaybillMcpHttpServer server;

    @BeforeAll
    static void startServer() {
        server = WaybillMcpHttpServer.start(WaybillTools.of(StdioServerMain.waybill()), 0);
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(WaybillJson.mapper().copy());
        client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
                        .endpoint(WaybillMcpHttpServer.ENDPOINT).jsonMapper(json).build())
                .requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
    }

    @AfterAll
    static void stopServer() {
        client.closeGracefully();
        server.close();
    }

    @Override
    McpSyncClient client() {
        return client;
    }
}
