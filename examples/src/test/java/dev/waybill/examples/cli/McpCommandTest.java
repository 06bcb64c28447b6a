package dev.waybill.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code waybill mcp} as an MCP client sees it: the command in a child JVM over standard
 * input/output, driven by the official MCP Java SDK's client; each tool's structured result is the
 * line the matching command prints for the same input.
 */
class McpCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NOW = "2026-04-25T12:00:00Z";

    private static McpSyncClient client;

    @BeforeAll
    static void startServer() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ServerParameters server = ServerParameters.builder(java)
                .args("-cp", classPath, WaybillCommand.class.getName(), "mcp", "--sandbox").build();
        client = McpClient.sync(new StdioClientTransport(server, new JacksonMcpJsonMapper(new ObjectMapper())))
                .requestTimeout(Duration.ofSeconds(60)).initializationTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
    }

    @AfterAll
    static void stopServer() {
        client.closeGracefully();
    }

    @Test
    void closedInputEndsTheServerWithStatusZeroAndNothingOnStandardOutput() {
        CommandRun run = CommandRun.waybill("mcp");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.stderr()).contains("serving assess_shipment");
    }

    @Test
    void assessShipmentIsTheLineAssessPrints() throws Exception {
        JsonNode printed = CommandRun.waybillWithInput(Shipments.CN_US_IN_LINEHAUL, "assess", "--now", NOW, "-").only();
        CallToolResult result = call("assess_shipment",
                Map.of("shipment", MAPPER.readValue(Shipments.CN_US_IN_LINEHAUL, Map.class), "now", NOW));
        assertThat(result.isError()).isFalse();
        assertThat(MAPPER.valueToTree(result.structuredContent()).toString()).isEqualTo(printed.toString());
    }

    @Test
    void composeReplyIsTheLineMessagePrintsForAnInquiry() throws Exception {
        JsonNode printed = CommandRun.waybillWithInput(Shipments.CN_FR_CUSTOMS_HOLD, "message", "--now", NOW,
                "--lang", "fr", "--channel", "chat", "--shop", "Maison Lune", "--inquiry", "-").only();
        CallToolResult result = call("compose_reply", Map.of("shipment",
                MAPPER.readValue(Shipments.CN_FR_CUSTOMS_HOLD, Map.class), "lang", "fr", "channel", "chat",
                "shop", "Maison Lune", "inquiry", "Bonjour, où est mon colis ?", "now", NOW));
        assertThat(result.isError()).isFalse();
        assertThat(MAPPER.valueToTree(result.structuredContent()).toString()).isEqualTo(printed.toString());
    }

    @Test
    void returnEligibilityIsTheLineReturnsPrints() {
        JsonNode printed = CommandRun.waybill("returns", "--country", "FR", "--delivered", "2026-04-10", "--on",
                "2026-04-21", "--category", "SEALED_HYGIENE", "--opened").only();
        CallToolResult result = call("return_eligibility", Map.of("country", "FR", "delivered", "2026-04-10",
                "on", "2026-04-21", "category", "SEALED_HYGIENE", "opened", true));
        assertThat(result.isError()).isFalse();
        assertThat(MAPPER.valueToTree(result.structuredContent()).toString()).isEqualTo(printed.toString());
    }

    @Test
    void anInvalidArgumentHasTheCommandsWording() {
        String printed = CommandRun.waybill("returns", "--country", "FR", "--delivered", "10/04/2026", "--on",
                "2026-04-21").stderr();
        CallToolResult result = call("return_eligibility", Map.of("country", "FR", "delivered", "10/04/2026",
                "on", "2026-04-21"));
        assertThat(result.isError()).isTrue();
        String text = ((McpSchema.TextContent) result.content().get(0)).text();
        assertThat(text).isEqualTo("delivered: not an ISO date (2026-11-16): '10/04/2026'");
        assertThat(printed).contains(text.substring("delivered".length()));
    }

    @Test
    void trackParcelAnswersTheJourneyAndItsVerdictFromTheSandboxCarrierServer() {
        CallToolResult result = call("track_parcel", Map.of("carrier", "dhl", "trackingNumber", "WB1002DE",
                "now", NOW));
        assertThat(result.isError()).isFalse();
        JsonNode answer = MAPPER.valueToTree(result.structuredContent());
        assertThat(answer.at("/shipment/trackingNumber").asText()).isEqualTo("WB1002DE");
        assertThat(answer.at("/shipment/events").size()).isPositive();
        assertThat(answer.at("/verdict/status").asText()).isNotBlank();
        assertThat(((McpSchema.TextContent) result.content().get(0)).text()).startsWith("dhl WB1002DE: ");
    }

    @Test
    void trackParcelOfANumberTheSandboxDoesNotKnowIsAnError() {
        CallToolResult unknown = call("track_parcel", Map.of("carrier", "dhl", "trackingNumber", "0000000000"));
        assertThat(unknown.isError()).isTrue();
        assertThat(((McpSchema.TextContent) unknown.content().get(0)).text()).startsWith("trackingNumber: ");
    }

    @Test
    void httpServesTheSameToolsOnLoopback(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", classPath, WaybillCommand.class.getName(), "mcp", "--http",
                String.valueOf(port)).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        try {
            String serving = null;
            for (int i = 0; i < 600 && serving == null && process.isAlive(); i++) {
                Thread.sleep(100);
                serving = Files.readAllLines(dir.resolve("log"), StandardCharsets.UTF_8).stream()
                        .filter(line -> line.startsWith("waybill mcp: serving")).findFirst().orElse(null);
            }
            assertThat(serving).endsWith("at http://127.0.0.1:" + port + "/mcp");
            McpSyncClient http = McpClient.sync(HttpClientStreamableHttpTransport
                            .builder("http://127.0.0.1:" + port).endpoint("/mcp")
                            .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper())).build())
                    .requestTimeout(Duration.ofSeconds(60)).build();
            http.initialize();
            assertThat(http.getServerInfo().name()).isEqualTo("waybill");
            JsonNode printed = CommandRun.waybill("returns", "--country", "DE", "--delivered", "2026-04-10", "--on",
                    "2026-04-21").only();
            CallToolResult result = http.callTool(new CallToolRequest("return_eligibility",
                    Map.of("country", "DE", "delivered", "2026-04-10", "on", "2026-04-21")));
            assertThat(MAPPER.valueToTree(result.structuredContent()).toString()).isEqualTo(printed.toString());
            http.closeGracefully();
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    @Test
    void httpWithoutAPortIsAUsageError() {
        CommandRun run = CommandRun.waybill("mcp", "--http", "eighty");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).contains("--http: not a port (1-65535): 'eighty'");
    }

    private static CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new CallToolRequest(tool, arguments));
    }
}
