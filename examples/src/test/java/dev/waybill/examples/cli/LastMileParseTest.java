package dev.waybill.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * {@code parse --carrier usps} and {@code --carrier postnl} on the corpus's real bodies: a shipment
 * line with its carrier and events, or an error line per body without tracking and exit 2, never
 * nothing with exit 0.
 */
class LastMileParseTest {

    private static byte[] corpus(String name) {
        try (InputStream in = LastMileParseTest.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDeliveredUspsAnswerIsOneShipmentLine() {
        CommandRun run = CommandRun.waybillWithInput(corpus("usps/omniship-parcel-select-wi-delivered.json"),
                CommandRun.SATURDAY_NOON, "parse", "--carrier", "usps", "-");

        assertThat(run.status()).isZero();
        JsonNode shipment = run.only();
        assertThat(shipment.get("trackingNumber").asText()).isEqualTo("9261290289104185136058");
        assertThat(shipment.get("carrier").asText()).isEqualTo("usps");
        JsonNode events = shipment.get("events");
        assertThat(events.get(events.size() - 1).get("code").asText()).isEqualTo("DELIVERED");
        assertThat(events.get(events.size() - 1).get("at").asText()).isEqualTo("2024-11-23T13:10:00-06:00");
    }

    @Test
    void uspssNotYetAvailableAnswerIsAnErrorLineAndExit2() {
        CommandRun run = CommandRun.waybillWithInput(corpus("usps/omniship-not-yet-available-400.json"),
                CommandRun.SATURDAY_NOON, "parse", "--carrier", "usps", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.only().get("error").asText()).startsWith("not found (code 400)")
                .contains("not yet available");
    }

    @Test
    void aPostNlCompleteStatusIsOneShipmentLineInDutchTime() {
        CommandRun run = CommandRun.waybillWithInput(corpus("postnl/firstred-completestatus3.json"),
                CommandRun.SATURDAY_NOON, "parse", "--carrier", "postnl", "-");

        assertThat(run.status()).isZero();
        JsonNode shipment = run.only();
        assertThat(shipment.get("carrier").asText()).isEqualTo("postnl");
        JsonNode events = shipment.get("events");
        assertThat(events.get(events.size() - 1).get("code").asText()).isEqualTo("DELIVERED");
        assertThat(events.get(events.size() - 1).get("at").asText()).isEqualTo("2021-03-26T15:06:53+01:00");
    }

    @Test
    void postNlsNoShipmentFoundWarningIsAnErrorLineAndExit2() {
        CommandRun run = CommandRun.waybillWithInput(corpus("postnl/firstred-nocurrentshipments.json"),
                CommandRun.SATURDAY_NOON, "parse", "--carrier", "postnl", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.only().get("error").asText()).isEqualTo("not found (code 2): No shipment found");
    }

    @Test
    void trackingWithoutCredentialsNamesTheVariablesToSet() {
        assertThat(CommandRun.waybill("track", "--carrier", "postnl", "3SABCD987516327").errLines())
                .containsExactly("waybill track: postnl cannot track without credentials: set WAYBILL_POSTNL_API_KEY");
        for (String carrier : new String[] {"usps", "ups", "fedex"}) {
            String prefix = "WAYBILL_" + carrier.toUpperCase(java.util.Locale.ROOT);
            assertThat(CommandRun.waybill("track", "--carrier", carrier, "9400109104250532908587").errLines())
                    .containsExactly("waybill track: " + carrier + " cannot track without credentials: set "
                            + prefix + "_CLIENT_ID and " + prefix + "_CLIENT_SECRET");
        }
    }
}
