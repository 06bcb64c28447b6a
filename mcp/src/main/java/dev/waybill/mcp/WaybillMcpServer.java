package dev.waybill.mcp;

import dev.waybill.json.WaybillJson;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import dev.waybill.mcp.internal.CompiledSchemaValidator;
import dev.waybill.mcp.internal.InJvmTransport;
import dev.waybill.mcp.internal.JsonRpcLines;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code waybill} MCP server: Waybill's tools served over standard input/output (one JSON-RPC
 * message a line; logs belong on standard error; the server answers until its input ends), or to
 * an MCP client in the same JVM ({@link #inJvm}).
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
     * (the client closed it), then closes the server. A line that is not JSON gets the protocol's parse
     * error ({@code -32700}), one that is no JSON-RPC message invalid request ({@code -32600}); the
     * server goes on answering.
     *
     * @throws InterruptedException if the thread is interrupted while serving
     */
    public static void serve(WaybillTools tools, InputStream in, OutputStream out) throws InterruptedException {
        JsonRpcLines lines = new JsonRpcLines(in, out);
        McpSyncServer server = stdio(tools, lines.input(), lines.output());
        try {
            lines.ended().await();
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
        JacksonMcpJsonMapper json = json();
        return server(tools, new StdioServerTransportProvider(json, in, out), json).build();
    }

    /**
     * An MCP client connected, and initialised, to a server of {@code tools} in this JVM: the official
     * SDK's client and server joined without bytes or threads, each tool running on the calling thread.
     * For a shop whose own agent runs in Java and speaks MCP. The server checks every structured result
     * against its tool's output schema before answering; a tool's {@code structuredContent} reaches the
     * client as the tool made it, the contract's JSON as a Jackson {@code ObjectNode} (a client over a
     * wire reads the same JSON as a map). Closing the client closes the server.
     */
    public static McpSyncClient inJvm(WaybillTools tools) {
        McpSyncClient client = McpClient.sync(inJvmTransport(tools))
                .clientInfo(new McpSchema.Implementation("waybill-in-jvm", VERSION))
                .build();
        client.initialize();
        return client;
    }

    /**
     * The client's side of the in-JVM transport to a new server of {@code tools}, the server {@link #inJvm}
     * builds (each tool running on the calling thread), for a client that is not the SDK's: connect it with
     * a handler of the server's messages, then send the SDK's JSON-RPC message objects ({@code initialize},
     * {@code notifications/initialized}, then calls); each answer reaches the handler before
     * {@code sendMessage} completes. One client per transport; closing it closes the server.
     */
    public static McpClientTransport inJvmTransport(WaybillTools tools) {
        InJvmTransport transport = new InJvmTransport(json());
        server(tools, transport.server(), transport.json()).immediateExecution(true).build();
        return transport.client();
    }

    private static McpServer.SyncSpecification<McpServer.SingleSessionSyncSpecification> server(WaybillTools tools, McpServerTransportProvider transport,
            McpJsonMapper json) {
        return McpServer.sync(transport)
                .serverInfo(NAME, VERSION)
                .jsonMapper(json)
                .jsonSchemaValidator(new CompiledSchemaValidator())
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .validateToolInputs(false)
                .tools(tools.jacksonSpecifications());
    }

    private static JacksonMcpJsonMapper json() {
        return new JacksonMcpJsonMapper(WaybillJson.mapper().copy());
    }
}
