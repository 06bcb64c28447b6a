package dev.waybill.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.Assessment;
import dev.waybill.Waybill;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.WaybillJson;
import dev.waybill.mcp.WaybillMcpServer;
import dev.waybill.mcp.WaybillTools;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.Shipment;
import dev.waybill.mcp.internal.CompiledSchemaValidator;
import dev.waybill.mcp.internal.InJvmTransport;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.ProtocolVersions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import reactor.core.publisher.Mono;

/**
 * Benchmark: what the MCP server adds to an assessment. Each method walks the same 128 shipments
 * ({@link ShipmentMix}) with {@link #events} events each. {@link #facade} is the reference: the
 * shipment's contract JSON read ({@code readTree} and {@code WaybillJson.readShipment}) and
 * {@code Waybill.assess}. {@link #toolCallSdkClientInJvm} is a {@code callTool} of
 * {@code assess_shipment} by the official SDK's client, over {@link WaybillMcpServer#inJvm}'s
 * transport (the SDK's own messages handed across on the calling thread, no bytes, no thread hop).
 * {@link #toolCallServerInJvm} isolates Waybill's server: the same {@code tools/call} JSON-RPC request
 * that client sends, handed to the SDK's server session over the same in-JVM transport
 * ({@link WaybillMcpServer#inJvmTransport}) and its response taken back, with no SDK client session (the
 * client side of a real call is the agent's, often not Java): for information, the target is judged on
 * {@link #toolCallSdkClientInJvm}.
 * {@link #toolCallInJvm} is a whole {@code tools/call} as {@code waybill mcp} answers it: the
 * JSON-RPC request line handed to {@link WaybillMcpServer#serve} (the SDK's stdio transport behind
 * Waybill's line filter) over an in-JVM byte channel, and the answer line taken back, no client
 * SDK. {@link #toolHandler} calls the registered tool handler the way the server does, from the
 * arguments as the SDK's mapper hands them over, to tell the handler's cost from the transport's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class McpToolBenchmark {

    private static final int POOL = 128;
    private static final String NOW = "2026-11-20T09:00:00Z";

    /** Events per shipment. */
    @Param({"5", "20"})
    public int events;

    private final byte[][] json = new byte[POOL][];
    private final byte[][] requests = new byte[POOL][];
    private final byte[][] arguments = new byte[POOL][];
    private Waybill waybill;
    private ObjectMapper mapper;
    private SyncToolSpecification assessTool;
    private final Map<String, Object>[] argumentMaps = newMaps();
    private McpSyncClient client;
    private McpClientTransport serverOnly;
    private McpSyncClient floor;
    private McpSyncClient floorUnchecked;
    private JSONRPCMessage answer;
    private long requestId;
    private Channel channel;
    private Thread server;
    private int next;

    /** Builds the shipments' JSON and requests and starts the server once per fork. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        setUpInJvm();
        startStdio();
    }

    /** What every method but {@link #toolCallInJvm} needs: the shipments, the facade and the in-JVM client. */
    void setUpInJvm() throws Exception {
        ShipmentMix mix = ShipmentMix.seeded(20261120L);
        for (int i = 0; i < POOL; i++) {
            json[i] = ShipmentMix.json(mix.shipment(i, events));
            String args = "{\"shipment\":" + new String(json[i], StandardCharsets.UTF_8) + ",\"now\":\"" + NOW + "\"}";
            arguments[i] = args.getBytes(StandardCharsets.UTF_8);
            argumentMaps[i] = WaybillJson.mapper().readValue(arguments[i], new TypeReference<Map<String, Object>>() { });
            requests[i] = ("{\"jsonrpc\":\"2.0\",\"id\":" + (i + 10) + ",\"method\":\"tools/call\",\"params\":"
                    + "{\"name\":\"assess_shipment\",\"arguments\":" + args + "}}\n").getBytes(StandardCharsets.UTF_8);
        }
        waybill = DefaultPolicies.waybill().clock(Clock.fixed(ShipmentMix.NOW, ZoneOffset.UTC)).build();
        mapper = WaybillJson.mapper();
        WaybillTools tools = WaybillTools.of(waybill);
        assessTool = tools.jacksonSpecifications().stream().filter(s -> s.tool().name().equals("assess_shipment"))
                .findFirst().orElseThrow();
        client = WaybillMcpServer.inJvm(tools);
        for (int i = 0; i < POOL; i++) {
            CallToolResult answer = client.callTool(new CallToolRequest("assess_shipment", argumentMaps[i]));
            if (Boolean.TRUE.equals(answer.isError()) || answer.structuredContent() == null) {
                throw new IllegalStateException("shipment " + i + ": " + answer);
            }
        }
        connectServerOnly(tools);
        CallToolResult constant = client.callTool(new CallToolRequest("assess_shipment", argumentMaps[0]));
        floor = constantServer(assessTool.tool(), constant);
        floorUnchecked = constantServer(McpSchema.Tool.builder().name("assess_shipment")
                .inputSchema(assessTool.tool().inputSchema()).build(), constant);
    }

    /**
     * An SDK client joined to an SDK server over the same in-JVM transport as {@link WaybillMcpServer#inJvm},
     * whose one tool answers {@code answer} without looking at its arguments: what a call costs with no
     * tool work at all (the SDK's client and server sessions, the transport, and, when {@code tool} has an
     * output schema, the server's check of the answer against it).
     */
    private static McpSyncClient constantServer(McpSchema.Tool tool, CallToolResult answer) {
        InJvmTransport transport = new InJvmTransport(new JacksonMcpJsonMapper(WaybillJson.mapper().copy()));
        McpServer.sync(transport.server()).serverInfo("constant", "1").jsonMapper(transport.json())
                .jsonSchemaValidator(new CompiledSchemaValidator())
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .validateToolInputs(false).immediateExecution(true)
                .tools(new SyncToolSpecification(tool, (exchange, request) -> answer)).build();
        McpSyncClient constant = McpClient.sync(transport.client())
                .clientInfo(new McpSchema.Implementation("constant", "1")).build();
        constant.initialize();
        return constant;
    }

    /** The in-JVM transport to a server of {@code tools}, initialised by hand, for {@link #toolCallServerInJvm}. */
    private void connectServerOnly(WaybillTools tools) {
        serverOnly = WaybillMcpServer.inJvmTransport(tools);
        serverOnly.connect(messages -> messages.doOnNext(message -> answer = message).then(Mono.empty())).block();
        serverOnly.sendMessage(new JSONRPCRequest(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_INITIALIZE, "init",
                new McpSchema.InitializeRequest(ProtocolVersions.MCP_2025_06_18,
                        McpSchema.ClientCapabilities.builder().build(), new McpSchema.Implementation("jmh", "1"))))
                .block();
        if (!(answer instanceof JSONRPCResponse initialised) || initialised.error() != null) {
            throw new IllegalStateException("initialize: " + answer);
        }
        serverOnly.sendMessage(new McpSchema.JSONRPCNotification(McpSchema.JSONRPC_VERSION,
                McpSchema.METHOD_NOTIFICATION_INITIALIZED, null)).block();
        for (int i = 0; i < POOL; i++) {
            CallToolResult result = (CallToolResult) toolCallServerInJvm().result();
            if (Boolean.TRUE.equals(result.isError()) || result.structuredContent() == null) {
                throw new IllegalStateException("shipment " + i + ": " + result);
            }
        }
    }

    /** The server over the in-JVM byte channel, for {@link #toolCallInJvm}. */
    private void startStdio() throws InterruptedException {
        WaybillTools tools = WaybillTools.of(waybill);
        channel = new Channel();
        server = new Thread(() -> {
            try {
                WaybillMcpServer.serve(tools, channel.in, channel.out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "waybill-mcp-benchmark");
        server.setDaemon(true);
        server.start();
        String initialised = channel.call(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"jmh\",\"version\":\"1\"}}}\n")
                .getBytes(StandardCharsets.UTF_8));
        if (!initialised.contains("\"result\"")) {
            throw new IllegalStateException("initialize: " + initialised);
        }
        channel.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < POOL; i++) {
            String answer = channel.call(requests[i]);
            if (!answer.contains("\"isError\":false") || !answer.contains("\"id\":" + (i + 10))) {
                throw new IllegalStateException("shipment " + i + ": " + answer);
            }
        }
    }

    /** Ends the server's input, which closes it. */
    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        client.closeGracefully();
        floor.closeGracefully();
        floorUnchecked.closeGracefully();
        serverOnly.closeGracefully().block();
        if (channel != null) {
            channel.close();
            server.join(5_000);
        }
    }

    /** The reference: the shipment's JSON read and the facade's assessment of it. */
    @Benchmark
    public Assessment facade() throws IOException, ContractJsonException {
        Shipment shipment = WaybillJson.readShipment(mapper.readTree(json[next++ & (POOL - 1)]));
        return waybill.assess(shipment, ShipmentMix.NOW);
    }

    /** One {@code tools/call} of {@code assess_shipment} through the server over the in-JVM channel. */
    @Benchmark
    public int toolCallInJvm() throws InterruptedException {
        return channel.call(requests[next++ & (POOL - 1)]).length();
    }

    /** One {@code callTool} of {@code assess_shipment} by the SDK's client, over the in-JVM transport. */
    @Benchmark
    public CallToolResult toolCallSdkClientInJvm() {
        return client.callTool(new CallToolRequest("assess_shipment", argumentMaps[next++ & (POOL - 1)]));
    }

    /**
     * The floor of {@link #toolCallSdkClientInJvm}: the same call to a server whose tool answers a constant
     * (the answer of a real call), its output schema checked as on Waybill's server.
     */
    @Benchmark
    public CallToolResult sdkFloorChecked() {
        return floor.callTool(new CallToolRequest("assess_shipment", argumentMaps[next++ & (POOL - 1)]));
    }

    /** {@link #sdkFloorChecked} with a tool that declares no output schema, so nothing checks the answer. */
    @Benchmark
    public CallToolResult sdkFloor() {
        return floorUnchecked.callTool(new CallToolRequest("assess_shipment", argumentMaps[next++ & (POOL - 1)]));
    }

    /**
     * One {@code tools/call} of {@code assess_shipment} as the SDK's client sends it, handed to the server's
     * session over the in-JVM transport with no client session, and its response (answered on this thread
     * before the send completes).
     */
    @Benchmark
    public JSONRPCResponse toolCallServerInJvm() {
        answer = null;
        long id = ++requestId;
        serverOnly.sendMessage(new JSONRPCRequest(McpSchema.JSONRPC_VERSION, McpSchema.METHOD_TOOLS_CALL, id,
                new CallToolRequest("assess_shipment", argumentMaps[next++ & (POOL - 1)]))).block();
        if (!(answer instanceof JSONRPCResponse response) || !Long.valueOf(id).equals(response.id())
                || response.error() != null) {
            throw new IllegalStateException("tools/call " + id + ": " + answer);
        }
        return response;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] newMaps() {
        return new Map[POOL];
    }

    /** The registered handler, called as the server calls it, from the arguments the SDK's mapper reads. */
    @Benchmark
    public CallToolResult toolHandler() throws IOException {
        Map<String, Object> args = mapper.readValue(arguments[next++ & (POOL - 1)],
                new TypeReference<Map<String, Object>>() { });
        return assessTool.callHandler().apply(null, new CallToolRequest("assess_shipment", args));
    }

    /** Lines to the server through a queue, its output cut into lines onto another. */
    private static final class Channel {

        private static final byte[] END = new byte[0];

        private final BlockingQueue<byte[]> toServer = new LinkedBlockingQueue<>();
        private final BlockingQueue<String> fromServer = new LinkedBlockingQueue<>();

        final InputStream in = new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private final byte[] one = new byte[1];

            @Override
            public int read() throws IOException {
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (chunk == END) {
                    return -1;
                }
                if (position == chunk.length) {
                    try {
                        chunk = toServer.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                    position = 0;
                    if (chunk == END) {
                        return -1;
                    }
                }
                int n = Math.min(len, chunk.length - position);
                System.arraycopy(chunk, position, b, off, n);
                position += n;
                return n;
            }

            @Override
            public int available() {
                return chunk == END ? 0 : chunk.length - position;
            }
        };

        final OutputStream out = new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    fromServer.add(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                int start = off;
                for (int i = off; i < off + len; i++) {
                    if (b[i] == '\n') {
                        line.write(b, start, i - start);
                        fromServer.add(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(b, start, off + len - start);
            }
        };

        void send(byte[] request) {
            toServer.add(request);
        }

        String call(byte[] request) throws InterruptedException {
            toServer.add(request);
            String answer = fromServer.poll(60, TimeUnit.SECONDS);
            if (answer == null) {
                throw new IllegalStateException("no answer in 60 s");
            }
            return answer;
        }

        void close() {
            toServer.add(END);
        }
    }
}
