package dev.waybill.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code waybill message} end to end, in-process, through the real verdict engine. */
class MessageCommandTest {

    private static final String HELD = "{\"id\":\"LP-1042\",\"origin\":\"CN\",\"destination\":\"FR\","
            + "\"trackingNumber\":\"LP00123456789CN\",\"promisedBy\":\"2026-11-14\",\"events\":["
            + "{\"at\":\"2026-11-02T08:00:00+08:00\",\"code\":\"PICKED_UP\"},"
            + "{\"at\":\"2026-11-06T09:00:00+01:00\",\"code\":\"IMPORT_HELD\",\"reason\":\"DOCUMENTS\"}]}";
    private static final String FRESH = "{\"id\":\"LP-3003\",\"origin\":\"CN\",\"destination\":\"DE\",\"events\":["
            + "{\"at\":\"2026-11-15T08:00:00+08:00\",\"code\":\"PICKED_UP\"}]}";
    private static final String BROKEN = "{\"id\":\"LP-9\",\"origin\":\"CN\",\"events\":[]}";

    private record Run(int status, List<JsonNode> lines, String err) {
    }

    private static Run run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-11-16T08:00:00Z"), ZoneOffset.UTC));
        List<String> all = new ArrayList<>(List.of("message"));
        all.addAll(List.of(args));
        int status = new WaybillCommand().run(all, console);
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(mapper.readTree(line));
            }
        }
        return new Run(status, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyLanguageAndChannelGivesTheContractFieldsWithoutPlaceholders() throws Exception {
        for (String language : List.of("en", "zh-CN", "ja", "ko", "de", "fr", "es", "pt-BR", "ar", "vi", "th", "id")) {
            for (String channel : List.of("email", "sms", "chat")) {
                Run run = run(HELD + "\n", "--now", "2026-11-16T09:00:00+01:00", "--lang", language, "--channel", channel,
                        "--shop", "Lumen Lamps", "--tracking-url", "https://lumen.example/t/1", "-");
                JsonNode line = run.lines().get(0);
                assertThat(run.status()).isZero();
                assertThat(line.get("id").asText()).isEqualTo("LP-1042");
                assertThat(line.get("language").asText()).isEqualTo(language);
                assertThat(line.get("channel").asText()).isEqualTo(channel);
                assertThat(line.get("subject").isNull()).isEqualTo(!channel.equals("email"));
                assertThat(line.get("body").asText()).contains("https://lumen.example/t/1").doesNotContain("{", "}");
                assertThat(line.get("escalate").isBoolean()).isTrue();
            }
        }
    }

    @Test
    void aParcelWithNothingToSayHasANullBodyUnlessTheBuyerAsked() throws Exception {
        Run proactive = run(FRESH, "--now", "2026-11-16T09:00:00+01:00", "--lang", "de", "-");
        Run inquiry = run(FRESH, "--now", "2026-11-16T09:00:00+01:00", "--lang", "de", "--inquiry", "-");

        assertThat(proactive.lines().get(0).get("body").isNull()).isTrue();
        assertThat(proactive.lines().get(0).get("subject").isNull()).isTrue();
        assertThat(inquiry.lines().get(0).get("body").asText()).contains("Sie");
    }

    @Test
    void anInvalidRecordGetsTheContractErrorLineAndExitStatusTwo() throws Exception {
        Run run = run(HELD + "\n" + BROKEN + "\n", "--now", "2026-11-16T09:00:00+01:00", "--lang", "en", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(1).get("index").asInt()).isEqualTo(1);
        assertThat(run.lines().get(1).get("id").asText()).isEqualTo("LP-9");
        assertThat(run.lines().get(1).get("error").asText()).contains("destination");
    }

    @Test
    void badFlagsAreUsageErrors() throws Exception {
        assertThat(run(HELD, "--lang", "en", "--channel", "fax", "-").status()).isEqualTo(1);
        assertThat(run(HELD, "--channel", "sms", "-").status()).isEqualTo(1);
        assertThat(run(HELD, "--lang", "not a tag!", "-").err()).contains("--lang");
    }
}
