package dev.waybill.mcp;

import dev.waybill.json.WaybillJson;
import dev.waybill.mcp.internal.CompiledSchemaValidator;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Waybill's tools served over Streamable HTTP at {@code http://127.0.0.1:PORT/mcp}, on the loopback
 * interface only (and requests from other hosts or origins are refused). Close it to stop.
 * <pre>{@code
 * try (WaybillMcpHttpServer server = WaybillMcpHttpServer.start(WaybillTools.of(waybill), 8765)) {
 *     server.join();
 * }
 * }</pre>
 */
public final class WaybillMcpHttpServer implements AutoCloseable {

    /** The path the MCP endpoint is served at. */
    public static final String ENDPOINT = "/mcp";

    private final Server jetty;
    private final McpSyncServer mcp;
    private final int port;

    private WaybillMcpHttpServer(Server jetty, McpSyncServer mcp, int port) {
        this.jetty = jetty;
        this.mcp = mcp;
        this.port = port;
    }

    /**
     * Starts serving {@code tools} on {@code 127.0.0.1:port}; port 0 picks a free one.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static WaybillMcpHttpServer start(WaybillTools tools, int port) {
        int bound = port == 0 ? freePort() : port;
        String loopback = "127.0.0.1:" + bound;
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(WaybillJson.mapper().copy());
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(json)
                .mcpEndpoint(ENDPOINT)
                .securityValidator(DefaultServerTransportSecurityValidator.builder()
                        .allowedHosts(List.of(loopback, "localhost:" + bound))
                        .allowedOrigins(List.of("http://" + loopback, "http://localhost:" + bound))
                        .build())
                .build();
        McpSyncServer mcp = McpServer.sync(transport)
                .serverInfo(WaybillMcpServer.NAME, WaybillMcpServer.VERSION)
                .jsonMapper(json)
                .jsonSchemaValidator(new CompiledSchemaValidator())
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .validateToolInputs(false)
                .tools(tools.jacksonSpecifications())
                .build();
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(bound);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder holder = new ServletHolder(transport);
        holder.setAsyncSupported(true);
        context.addServlet(holder, "/*");
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            mcp.close();
            throw new UncheckedIOException(new IOException("cannot serve MCP on " + loopback + ": " + e.getMessage(), e));
        }
        return new WaybillMcpHttpServer(jetty, mcp, bound);
    }

    /** The port served. */
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT/mcp}. */
    public String url() {
        return "http://127.0.0.1:" + port + ENDPOINT;
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() {
        mcp.close();
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the MCP server on port " + port, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
