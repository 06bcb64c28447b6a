package dev.waybill.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * One in-process run of the {@code waybill} command: its exit status and exactly the bytes it
 * wrote to standard output and standard error.
 *
 * @param status the exit status
 * @param stdout what went to standard output
 * @param stderr what went to standard error, decoded as UTF-8
 */
record CommandRun(int status, byte[] stdout, String stderr) {

    /** The clock of every run unless a test gives its own: Saturday 2026-04-25, noon UTC. */
    static final Clock SATURDAY_NOON = Clock.fixed(Instant.parse("2026-04-25T12:00:00Z"), ZoneOffset.UTC);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Runs {@code waybill args...} with empty standard input on the test clock. */
    static CommandRun waybill(String... args) {
        return waybillWithInput(new byte[0], SATURDAY_NOON, args);
    }

    /** Runs {@code waybill args...} with {@code stdin} (UTF-8) as standard input on the test clock. */
    static CommandRun waybillWithInput(String stdin, String... args) {
        return waybillWithInput(stdin.getBytes(StandardCharsets.UTF_8), SATURDAY_NOON, args);
    }

    /** Runs {@code waybill args...} with {@code stdin} as standard input on {@code clock}. */
    static CommandRun waybillWithInput(byte[] stdin, Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Console console = new Console(new ByteArrayInputStream(stdin), outStream, errStream, clock);
            status = new WaybillCommand().run(Arrays.asList(args), console);
        }
        return new CommandRun(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard output decoded as UTF-8. */
    String out() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Standard output split into lines; every line, the last one too, must end with a line break. */
    List<String> lines() {
        String text = out();
        if (text.isEmpty()) {
            return List.of();
        }
        assertThat(text).as("JSON Lines end every record with a line break").endsWith("\n");
        return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }

    /** Every line of standard output, parsed; each must be one JSON object. */
    List<JsonNode> records() {
        return lines().stream().map(line -> {
            try {
                JsonNode node = MAPPER.readTree(line);
                assertThat(node.isObject()).as("a JSON object per line: %s", line).isTrue();
                return node;
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("not one JSON value on a line: " + line, e);
            }
        }).toList();
    }

    /** The one record of a one-record run. */
    JsonNode only() {
        List<JsonNode> records = records();
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    /** Standard error split into lines. */
    List<String> errLines() {
        return stderr.isEmpty() ? List.of() : List.of(stderr.split("\\R"));
    }
}
