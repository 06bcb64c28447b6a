package dev.waybill.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Raw JSON-RPC lines on the server's standard input: malformed ones get the protocol's errors. */
class MalformedJsonRpcTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLineThatIsNotJsonIsAParseErrorAndTheServerAnswersTheNextRequest() throws Exception {
        PipedOutputStream client = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(client, 1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream();
        BufferedReader answers = new BufferedReader(new InputStreamReader(new PipedInputStream(serverOut, 1 << 20),
                StandardCharsets.UTF_8));
        Thread server = new Thread(() -> {
            try {
                WaybillMcpServer.serve(WaybillTools.of(StdioServerMain.waybill()), serverIn, serverOut);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();

        send(client, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
        Map<Object, JsonNode> byId = read(answers, 1);
        assertThat(byId.get(1).at("/result/serverInfo/name").asText()).isEqualTo("waybill");

        send(client, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        send(client, "this is not json");
        send(client, "{\"id\": 7, \"hello\": \"world\"}");
        send(client, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"return_eligibility\","
                + "\"arguments\":{\"country\":\"DE\",\"delivered\":\"2026-11-02\",\"on\":\"2026-11-10\"}}}");
        byId = read(answers, 3);

        assertThat(byId.get("null").at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(byId.get(7).at("/error/code").asInt()).isEqualTo(-32600);
        assertThat(byId.get(2).at("/result/isError").asBoolean()).isFalse();
        assertThat(byId.get(2).at("/result/structuredContent/eligible").asBoolean()).isTrue();

        client.close();
        server.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(server.isAlive()).isFalse();
    }

    private static void send(OutputStream client, String line) throws Exception {
        client.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        client.flush();
    }

    private static Map<Object, JsonNode> read(BufferedReader answers, int count) throws Exception {
        Map<Object, JsonNode> byId = new HashMap<>();
        while (byId.size() < count) {
            JsonNode answer = MAPPER.readTree(answers.readLine());
            JsonNode id = answer.get("id");
            byId.put(id == null || id.isNull() ? "null" : id.isNumber() ? (Object) id.asInt() : id.asText(), answer);
        }
        return byId;
    }
}
