package dev.waybill.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.InputLimits;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Standard input/output for the MCP server, one JSON-RPC message a line. A line that is not JSON is
 * answered with the protocol's parse error ({@code -32700}), one that is JSON but no JSON-RPC message
 * with invalid request ({@code -32600}); neither reaches the SDK's transport, which would end the
 * session on it. Answers are written whole lines at a time, so the transport's and these never
 * interleave. The input's end counts down {@link #ended()}.
 */
public final class JsonRpcLines {

    private static final ObjectMapper MAPPER = new ObjectMapper(WaybillJson.factory(InputLimits.defaults()));

    private final InputStream in;
    private final OutputStream out;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Object lock = new Object();

    /** Lines read from {@code in}, answers written to {@code out}. */
    public JsonRpcLines(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** Counted down when the input ends. */
    public CountDownLatch ended() {
        return ended;
    }

    /** The input the transport reads: the well-formed JSON-RPC lines only. */
    public InputStream input() {
        return new InputStream() {
            private byte[] line = new byte[0];
            private int position;

            @Override
            public int read() throws IOException {
                if (!fill()) {
                    return -1;
                }
                return line[position++] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(length, line.length - position);
                System.arraycopy(line, position, buffer, offset, n);
                position += n;
                return n;
            }

            private boolean fill() throws IOException {
                while (position >= line.length) {
                    byte[] next = nextLine();
                    if (next == null) {
                        ended.countDown();
                        return false;
                    }
                    if (accepted(next)) {
                        line = next;
                        position = 0;
                    }
                }
                return true;
            }
        };
    }

    /** The output the transport writes: passed on a whole line at a time. */
    public OutputStream output() {
        return new OutputStream() {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

            @Override
            public void write(int b) throws IOException {
                pending.write(b);
                if (b == '\n') {
                    writeLine(pending.toByteArray());
                    pending.reset();
                }
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                for (int i = offset; i < offset + length; i++) {
                    write(buffer[i]);
                }
            }
        };
    }

    private byte[] nextLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private boolean accepted(byte[] line) throws IOException {
        String text = new String(line, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return false;
        }
        JsonNode message;
        try {
            message = MAPPER.readTree(text);
        } catch (IOException e) {
            answer(null, -32700, "Parse error");
            return false;
        }
        JsonNode id = message.isObject() ? message.get("id") : null;
        if (!message.isObject() || !"2.0".equals(message.path("jsonrpc").asText(null))
                || !(message.path("method").isTextual() || message.has("result") || message.has("error"))) {
            answer(id, -32600, "Invalid Request");
            return false;
        }
        return true;
    }

    private void answer(JsonNode id, int code, String text) throws IOException {
        ObjectNode error = MAPPER.createObjectNode();
        error.put("jsonrpc", "2.0");
        if (id == null || !(id.isTextual() || id.isNumber())) {
            error.putNull("id");
        } else {
            error.set("id", id);
        }
        error.putObject("error").put("code", code).put("message", text);
        writeLine((MAPPER.writeValueAsString(error) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void writeLine(byte[] line) throws IOException {
        synchronized (lock) {
            out.write(line);
            out.flush();
        }
    }
}
