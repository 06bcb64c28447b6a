package dev.waybill.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waybill.Waybill;
import dev.waybill.delay.Verdict;
import dev.waybill.json.WaybillJson;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.Shipment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void theDemoPollsTheSandboxThroughTheAdaptersAndJudgesLikeTheRecordedShipments() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8), Clock.systemUTC());

        int status = new WaybillCommand().run(List.of("demo"), console);

        assertThat(status).isZero();
        String printed = out.toString(UTF_8);
        assertThat(printed).contains("Tracking polled through the real adapters from the sandbox carrier server at "
                + "http://127.0.0.1:");
        for (String api : List.of("dhl", "aftership", "17track", "easypost")) {
            assertThat(printed).contains("tracked:  " + api + " adapter");
        }
        assertThat(printed).contains("tracked:  cainiao adapter, 5 events, then handed over to dhl as "
                + "00340434161094099017: dhl adapter, 3 events")
                .contains("claim:    against LAST_MILE_CARRIER (dhl) under DHL_EXPRESS_AIR");
        Waybill waybill = DefaultPolicies.waybill()
                .clock(Clock.fixed(Instant.parse(DemoCommand.DEMO_NOW), ZoneOffset.UTC)).build();
        for (Shipment recorded : recorded()) {
            Verdict verdict = waybill.assess(recorded).verdict();
            assertThat(printed).as(recorded.id()).containsPattern(recorded.id() + "\\s+\\S+\\s+\\S+\\s+"
                    + verdict.status() + "\\s+" + verdict.stage() + "\\s+" + verdict.exception() + "\\s+"
                    + verdict.cause() + "\\s+" + verdict.daysLate() + "\\s");
        }
        assertThat(err.toString(UTF_8)).doesNotContain("waybill demo:");
    }

    private static List<Shipment> recorded() throws Exception {
        List<Shipment> shipments = new ArrayList<>();
        try (InputStream in = DemoCommand.class.getResourceAsStream("/dev/waybill/examples/demo/shipments.json")) {
            for (JsonNode node : WaybillJson.mapper().readTree(in)) {
                shipments.add(WaybillJson.readShipment(node));
            }
        }
        return shipments;
    }
}
