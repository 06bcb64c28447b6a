package dev.waybill.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.examples.sandbox.SandboxCarrierServer;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.Shipment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code waybill track}: through the sandbox with a key, and a usage error naming the variable without one. */
class TrackCommandTest {

    private static CommandRun track(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, UTF_8); PrintStream e = new PrintStream(err, true, UTF_8)) {
            Console console = new Console(new ByteArrayInputStream(new byte[0]), o, e, CommandRun.SATURDAY_NOON);
            List<String> all = new java.util.ArrayList<>(List.of("track"));
            all.addAll(List.of(args));
            status = new WaybillCommand(environment).run(all, console);
        }
        return new CommandRun(status, out.toByteArray(), err.toString(UTF_8));
    }

    @Test
    void withoutAKeyTrackNamesTheEnvironmentVariableToSet() {
        CommandRun run = track(Map.of(), "--carrier", "dhl", "00340434161094042557");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.errLines())
                .containsExactly("waybill track: dhl cannot track without credentials: set WAYBILL_DHL_API_KEY");
    }

    @Test
    void anAdapterWithTwoCredentialsNamesBoth() {
        CommandRun run = track(Map.of(), "--carrier", "yunexpress", "YT2410421266000001");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("waybill track: yunexpress cannot track without credentials: set "
                + "WAYBILL_YUNEXPRESS_CUSTOMER_CODE and WAYBILL_YUNEXPRESS_API_SECRET");
        assertThat(TrackCommand.withoutCredentials("yunexpress-example", List.of("appId", "appSecret")))
                .isEqualTo("yunexpress-example cannot track without credentials: set WAYBILL_YUNEXPRESS_EXAMPLE_APP_ID and "
                        + "WAYBILL_YUNEXPRESS_EXAMPLE_APP_SECRET");
    }

    @Test
    void withAKeyTheShipmentsArePrintedAndAnUnknownNumberGetsAnErrorLine() throws Exception {
        Shipment recorded = WaybillJson.readShipment(WaybillJson.mapper().readTree("""
                {"id": "SO-1", "origin": "CN", "destination": "DE", "trackingNumber": "WB0001DE", "events": [
                  {"at": "2026-04-20T09:00:00+08:00", "code": "PICKED_UP"},
                  {"at": "2026-04-23T10:00:00+02:00", "code": "ARRIVED_DESTINATION"}]}"""));
        try (SandboxCarrierServer sandbox = SandboxCarrierServer.start(List.of(recorded))) {
            String api = SandboxCarrierServer.APIS.stream().filter(a -> !sandbox.trackingNumbers(a).isEmpty())
                    .findFirst().orElseThrow();
            String number = sandbox.trackingNumbers(api).get(0);
            String prefix = "WAYBILL_" + api.toUpperCase(java.util.Locale.ROOT) + "_";
            CommandRun run = track(Map.of(prefix + "API_KEY", "sandbox-key", prefix + "BASE_URL", sandbox.baseUrl(api)),
                    "--carrier", api, number, "NOPE0000000");

            assertThat(run.status()).isEqualTo(2);
            List<JsonNode> lines = run.records();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0).get("trackingNumber").asText()).isEqualTo(number);
            assertThat(lines.get(0).get("events")).hasSize(2);
            assertThat(lines.get(1).get("id").asText()).isEqualTo("NOPE0000000");
            assertThat(lines.get(1).get("index").asInt()).isEqualTo(1);
        }
    }
}
