package dev.waybill.mcp.internal;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * One MCP client and one MCP server in the same JVM, joined without bytes or threads: a message
 * one side sends is handed, as the SDK's own object, to the other side's session on the sending
 * thread, and a payload that already is what the other side reads it as is not converted again. The
 * server side is {@link #server()} (give it to {@code McpServer.sync(...)}, with {@link #json()} as its
 * JSON mapper), the client side {@link #client()} (give it to {@code McpClient.sync(...)}); one client
 * per transport.
 */
public final class InJvmTransport {

    private final McpJsonMapper json;
    private final McpJsonMapper handOver = new HandOver();
    private final ServerSide server = new ServerSide();
    private final ClientSide client = new ClientSide();
    private volatile McpServerSession.Factory sessions;
    private volatile McpServerSession session;
    private volatile Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> toClient;

    /** A transport whose sides read each other's payloads with {@code json}. */
    public InJvmTransport(McpJsonMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * The JSON mapper for the server on this transport: it reads and writes as the transport's mapper,
     * but a value that already is of the type asked for is handed over as it is, as the transport hands
     * over payloads (the server's session reads a request's parameters with its mapper, not the
     * transport: a call's {@code CallToolRequest} would otherwise be written out and read back).
     */
    public McpJsonMapper json() {
        return handOver;
    }

    /** The server's side. */
    public McpServerTransportProvider server() {
        return server;
    }

    /** The client's side. */
    public McpClientTransport client() {
        return client;
    }

    /**
     * The other side's payload as {@code type}: the object itself where it already is one (the SDK's
     * own immutable records, handed across as they are), else converted as a wire transport would read it.
     */
    @SuppressWarnings("unchecked")
    private <T> T unmarshal(Object data, TypeRef<T> type) {
        if (type.getType() instanceof Class<?> target && target.isInstance(data)) {
            return (T) data;
        }
        return json.convertValue(data, type);
    }

    /** The transport's mapper, handing over what needs no conversion ({@link #json()}). */
    private final class HandOver implements McpJsonMapper {

        @Override
        public <T> T readValue(String content, Class<T> type) throws IOException {
            return json.readValue(content, type);
        }

        @Override
        public <T> T readValue(byte[] content, Class<T> type) throws IOException {
            return json.readValue(content, type);
        }

        @Override
        public <T> T readValue(String content, TypeRef<T> type) throws IOException {
            return json.readValue(content, type);
        }

        @Override
        public <T> T readValue(byte[] content, TypeRef<T> type) throws IOException {
            return json.readValue(content, type);
        }

        @Override
        public <T> T convertValue(Object value, Class<T> type) {
            return type.isInstance(value) ? type.cast(value) : json.convertValue(value, type);
        }

        @Override
        public <T> T convertValue(Object value, TypeRef<T> type) {
            return unmarshal(value, type);
        }

        @Override
        public String writeValueAsString(Object value) throws IOException {
            return json.writeValueAsString(value);
        }

        @Override
        public byte[] writeValueAsBytes(Object value) throws IOException {
            return json.writeValueAsBytes(value);
        }
    }

    private McpServerSession session() {
        McpServerSession current = session;
        if (current == null) {
            throw new IllegalStateException("the MCP client is not connected to the in-JVM server");
        }
        return current;
    }

    private final class ServerSide implements McpServerTransportProvider {

        @Override
        public void setSessionFactory(McpServerSession.Factory factory) {
            sessions = factory;
        }

        @Override
        public Mono<Void> notifyClients(String method, Object params) {
            McpServerSession current = session;
            return current == null ? Mono.empty() : current.sendNotification(method, params);
        }

        @Override
        public Mono<Void> closeGracefully() {
            McpServerSession current = session;
            return current == null ? Mono.empty() : current.closeGracefully();
        }
    }

    /** What the server's session writes to: straight into the client's handler. */
    private final class ToClient implements McpServerTransport {

        @Override
        public Mono<Void> sendMessage(JSONRPCMessage message) {
            return Mono.defer(() -> toClient.apply(Mono.just(message)).then());
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
            return InJvmTransport.this.unmarshal(data, type);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.empty();
        }
    }

    private final class ClientSide implements McpClientTransport {

        @Override
        public Mono<Void> connect(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
            return Mono.fromRunnable(() -> {
                McpServerSession.Factory factory = sessions;
                if (factory == null) {
                    throw new IllegalStateException("no MCP server is built on this in-JVM transport");
                }
                if (session != null) {
                    throw new IllegalStateException("an MCP client is already connected to this in-JVM server");
                }
                toClient = Objects.requireNonNull(handler, "handler");
                session = factory.create(new ToClient());
            });
        }

        @Override
        public Mono<Void> sendMessage(JSONRPCMessage message) {
            return Mono.defer(() -> session().handle(message));
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
            return InJvmTransport.this.unmarshal(data, type);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.defer(() -> {
                McpServerSession current = session;
                return current == null ? Mono.empty() : current.closeGracefully();
            });
        }
    }
}
