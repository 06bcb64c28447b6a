package dev.waybill.mcp;

import dev.waybill.json.WaybillJson;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code waybill} MCP server: Waybill's tools served over standard input/output (one JSON-RPC
 * message a line; logs belong on standard error). The server answers until its input ends.
 */
public final class WaybillMcpServer {

    /** The server's name in the MCP handshake. */
    public static final String NAME = "waybill";

    /** The server's version in the MCP handshake. */
    public static final String VERSION = "0.1.0";

    private WaybillMcpServer() {
    }

    /**
     * Serves {@code tools} reading from {@code in} and writing to {@code out} until {@code in} ends
     * (the client closed it), then closes the server.
     *
     * @throws InterruptedException if the thread is interrupted while serving
     */
    public static void serve(WaybillTools tools, InputStream in, OutputStream out) throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        McpSyncServer server = stdio(tools, new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                return ended(super.read());
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return ended(super.read(buffer, offset, length));
            }

            private int ended(int read) {
                if (read < 0) {
                    ended.countDown();
                }
                return read;
            }
        }, out);
        try {
            ended.await();
        } finally {
            server.close();
        }
    }

    /** Serves {@code tools} on the process's standard input and output. */
    public static McpSyncServer stdio(WaybillTools tools) {
        return stdio(tools, System.in, System.out);
    }

    /** Serves {@code tools} reading requests from {@code in} and writing answers to {@code out}. */
    public static McpSyncServer stdio(WaybillTools tools, InputStream in, OutputStream out) {
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(WaybillJson.mapper().copy());
        StdioServerTransportProvider transport = new StdioServerTransportProvider(json, in, out);
        return McpServer.sync(transport)
                .serverInfo(NAME, VERSION)
                .jsonMapper(json)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .validateToolInputs(false)
                .tools(tools.specifications())
                .build();
    }
}
