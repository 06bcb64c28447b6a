package dev.waybill.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.carriers.aftership.AfterShipWebhook;
import dev.waybill.carriers.easypost.EasyPostWebhook;
import dev.waybill.carriers.fedex.FedexWebhook;
import dev.waybill.carriers.seventeentrack.SeventeenTrackWebhook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarrierCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(byte[] stdin, String... args) {
        Console console = new Console(new ByteArrayInputStream(stdin), new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8), Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
        return new WaybillCommand().run(List.of(args), console);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CarrierCommandsTest.class.getResourceAsStream("/carriers/" + name)) {
            return in.readAllBytes();
        }
    }

    private Path file(String name) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, resource(name));
        return path;
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(new ObjectMapper().readTree(line));
            }
        }
        return lines;
    }

    @Test
    void parsePrintsADhlResponseInTheAssessInputFormat() throws IOException {
        int status = run(new byte[0], "parse", "--carrier", "dhl", file("dhl_tracking.json").toString());

        assertThat(status).isZero();
        JsonNode shipment = lines().get(0);
        assertThat(shipment.get("id").asText()).isEqualTo("7777777770");
        assertThat(shipment.get("origin").asText()).isEqualTo("NL");
        assertThat(shipment.get("carrier").asText()).isEqualTo("dhl");
        JsonNode event = shipment.get("events").get(0);
        assertThat(event.get("code").asText()).isEqualTo("DELIVERED");   // status text 'DELIVERED' beside pre-transit
        assertThat(event.get("detail").asText()).startsWith("pre-transit");
        assertThat(event.get("at").asText()).isEqualTo("2018-03-02T07:53:47+01:00");
        assertThat(event.get("timeBasis").asText()).isEqualTo("ZONE_OF_LOCATION");
    }

    @Test
    void parseReadsStandardInputAndKeepsTheCarriersCodeInDetail() throws IOException {
        int status = run(resource("17track_gettrackinfo.json"), "parse", "--carrier", "17track", "-");

        assertThat(status).isZero();
        JsonNode event = lines().get(0).get("events").get(0);
        assertThat(event.get("code").asText()).isEqualTo("RETURN_TO_SENDER");
        assertThat(event.get("detail").asText()).startsWith("Exception_Returning");
    }

    @Test
    void parseReadsWebhookBodiesToo() throws IOException {
        assertThat(run(resource("easypost_event.json"), "parse", "--carrier", "easypost", "-")).isZero();
        assertThat(lines().get(0).get("carrier").asText()).isEqualTo("fedex");
    }

    @Test
    void parseReadsOneBodyPerLine() throws IOException {
        String twoLines = new String(resource("easypost_event.json"), UTF_8).strip() + "\n"
                + new String(resource("easypost_event.json"), UTF_8).strip() + "\n";

        assertThat(run(twoLines.getBytes(UTF_8), "parse", "--carrier", "easypost", "-")).isZero();
        assertThat(lines()).hasSize(2);
    }

    @Test
    void parseReadsAJsonArrayOfBodies() throws IOException {
        String body = new String(resource("easypost_event.json"), UTF_8).strip();

        assertThat(run(("[" + body + "," + body + "]").getBytes(UTF_8), "parse", "--carrier", "easypost", "-")).isZero();
        assertThat(lines()).hasSize(2);
    }

    @Test
    void aBodyThatIsNotTheCarriersGetsAnErrorLineAndExit2() throws IOException {
        int status = run("{\"hello\":\"world\"}".getBytes(UTF_8), "parse", "--carrier", "aftership", "-");

        assertThat(status).isEqualTo(2);
        JsonNode line = lines().get(0);
        assertThat(line.get("index").asInt()).isZero();
        assertThat(line.get("id").isNull()).isTrue();
        assertThat(line.get("error").asText()).contains("aftership");
    }

    @Test
    void anUnknownCarrierOrAMissingFlagIsAUsageError() {
        assertThat(run(new byte[0], "parse", "--carrier", "royalmail", "-")).isEqualTo(1);
        assertThat(err.toString(UTF_8)).contains("unknown carrier 'royalmail'").contains("dhl");
        assertThat(run(new byte[0], "parse", "-")).isEqualTo(1);
        assertThat(run(new byte[0], "parse", "--carrier", "dhl", dir.resolve("missing.json").toString())).isEqualTo(1);
    }

    @Test
    void aSignedAfterShipWebhookIsPrintedLikeParse() throws IOException {
        byte[] body = resource("aftership_webhook.json");
        String signature = AfterShipWebhook.sign(body, "whsec");

        int status = run(body, "webhook", "--carrier", "aftership", "--secret", "whsec",
                "--header", "Aftership-Hmac-Sha256: " + signature, "-");

        assertThat(status).isZero();
        assertThat(lines().get(0).get("trackingNumber").asText()).isEqualTo("0000000000000000");
    }

    @Test
    void aSigned17TrackAndEasyPostWebhookAreAccepted() throws IOException {
        byte[] body = resource("easypost_event.json");
        assertThat(run(body, "webhook", "--carrier", "easypost", "--secret", "sécret", "--header",
                "X-Hmac-Signature: " + EasyPostWebhook.sign(body, "sécret"), "-")).isZero();
        byte[] track = resource("17track_gettrackinfo.json");
        String push = "{\"event\":\"TRACKING_UPDATED\",\"data\":" + new ObjectMapper().readTree(track)
                .get("data").get("accepted").get(0) + "}";
        byte[] pushBytes = push.getBytes(UTF_8);
        assertThat(run(pushBytes, "webhook", "--carrier", "17track", "--secret", "k", "--header",
                "sign: " + SeventeenTrackWebhook.sign(pushBytes, "k"), "-")).isZero();
    }

    @Test
    void aWrongSignatureExits3WithOneLineOnStandardErrorAndNothingElse() throws IOException {
        byte[] body = resource("aftership_webhook.json");

        int status = run(body, "webhook", "--carrier", "aftership", "--secret", "whsec",
                "--header", "aftership-hmac-sha256: " + AfterShipWebhook.sign(body, "other"), "-");

        assertThat(status).isEqualTo(3);
        assertThat(out.toString(UTF_8)).isEmpty();
        assertThat(err.toString(UTF_8).strip().lines()).singleElement()
                .satisfies(line -> assertThat(line).contains("rejected").doesNotContain("whsec"));
    }

    @Test
    void aMissingSignatureExits3() throws IOException {
        int status = run(resource("easypost_event.json"), "webhook", "--carrier", "easypost", "--secret", "s", "-");

        assertThat(status).isEqualTo(3);
        assertThat(out.toString(UTF_8)).isEmpty();
        assertThat(err.toString(UTF_8)).contains("missing");
    }

    @Test
    void aMalformedHeaderOrNoSecretIsAUsageError() {
        assertThat(run(new byte[0], "webhook", "--carrier", "easypost", "--secret", "s", "--header", "nocolon", "-"))
                .isEqualTo(1);
        assertThat(run(new byte[0], "webhook", "--carrier", "easypost", "-")).isEqualTo(1);
    }

    @Test
    void aUpsTrackAlertEventWithItsCredentialIsPrintedLikeParse() throws IOException {
        int status = run(resource("ups_track_alert_delivered.json"), "webhook", "--carrier", "ups", "--secret",
                "demo-credential", "--header", "credential: demo-credential", "--header",
                "User-Agent: UPSPubSubTrackingService", "-");

        assertThat(status).isZero();
        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.get("trackingNumber").asText()).isEqualTo("1Z204W4R0308071865");
            assertThat(line.get("events")).singleElement()
                    .satisfies(event -> assertThat(event.get("code").asText()).isEqualTo("DELIVERED"));
        });
    }

    @Test
    void aUpsTrackAlertEventWithoutItsCredentialExits3() throws IOException {
        int status = run(resource("ups_track_alert_delivered.json"), "webhook", "--carrier", "ups", "--secret",
                "demo-credential", "--header", "User-Agent: UPSPubSubTrackingService", "-");

        assertThat(status).isEqualTo(3);
        assertThat(out.toString(UTF_8)).isEmpty();
        assertThat(err.toString(UTF_8)).contains("missing").contains("credential").doesNotContain("demo-credential");
    }

    @Test
    void aFedexPushIsAcceptedWithItsSignatureAndRejectedWithAnother() throws IOException {
        byte[] body = resource("fedex_aiv_push.json");

        assertThat(run(body, "webhook", "--carrier", "fedex", "--secret", "fdx-token", "--header",
                "fdx-signature: " + FedexWebhook.sign(body, "fdx-token"), "-")).isZero();
        assertThat(lines()).singleElement()
                .satisfies(line -> assertThat(line.get("trackingNumber").asText()).isEqualTo("738488882438"));

        out.reset();
        assertThat(run(body, "webhook", "--carrier", "fedex", "--secret", "fdx-token", "--header",
                "fdx-signature: " + FedexWebhook.sign(body, "fdx-other"), "-")).isEqualTo(3);
        assertThat(out.toString(UTF_8)).isEmpty();
    }

    @Test
    void cainiaoIsPolledSoEveryPushIsRejected() {
        int status = run("{}".getBytes(UTF_8), "webhook", "--carrier", "cainiao", "--secret", "k", "--header",
                "data_digest: x", "-");

        assertThat(status).isEqualTo(3);
        assertThat(err.toString(UTF_8)).contains("polls Cainiao");
    }
}
