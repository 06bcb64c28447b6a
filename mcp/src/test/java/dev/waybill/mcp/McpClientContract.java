package dev.waybill.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.Waybill;
import dev.waybill.json.ReturnsAnswer;
import dev.waybill.json.WaybillJson;
import dev.waybill.message.Channel;
import dev.waybill.message.MessageRequest;
import dev.waybill.policies.message.RemedyReasons;
import dev.waybill.returns.WithdrawalRequest;
import dev.waybill.shipment.CountryCode;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an MCP client sees of the server whatever the transport: the four tools with their schemas,
 * each tool's result equal to the matching command's line on the same input, invalid arguments as
 * {@code isError} results with the next call still answered, unknown tools as the protocol's error.
 * Each transport's test supplies its connected client.
 */
abstract class McpClientContract {

    /** The client, connected and initialised. */
    abstract McpSyncClient client();

    @Test
    void serverIsNamedWaybillAndListsItsFourToolsWithInputAndOutputSchemas() {
        assertThat(client().getServerInfo().name()).isEqualTo("waybill");
        List<McpSchema.Tool> tools = client().listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name)
                .containsExactlyInAnyOrder("assess_shipment", "track_parcel", "return_eligibility", "compose_reply");
        for (McpSchema.Tool tool : tools) {
            assertThat(tool.inputSchema()).containsEntry("type", "object");
            assertThat(tool.outputSchema()).containsEntry("type", "object");
            assertThat(tool.description()).isNotBlank();
        }
        McpSchema.Tool reply = tools.stream().filter(t -> t.name().equals("compose_reply")).findFirst().orElseThrow();
        assertThat(reply.inputSchema().get("required")).isEqualTo(List.of("shipment", "lang"));
        assertThat(WaybillJson.mapper().valueToTree(reply.inputSchema().get("properties")).properties().stream().map(Map.Entry::getKey).toList())
                .contains("inquiry", "channel", "shop", "trackingUrl", "now");
    }

    @Test
    void assessShipmentAnswersTheVerdictAsAssessPrintsIt() throws Exception {
        CallToolResult result = call("assess_shipment", Map.of("shipment", json(Fixtures.HELD), "now", Fixtures.NOW));

        assertThat(result.isError()).isFalse();
        ObjectNode expected = WaybillJson.writeAssessment(facadeAtNow().assess(StdioServerMain.read(Fixtures.HELD)),
                RemedyReasons.defaults().english());
        assertThat(structured(result)).isEqualTo(expected);
        assertThat(text(result)).startsWith("Shipment SO-1004: ").contains("stage");
    }

    @Test
    void trackParcelAnswersTheJourneyAndItsVerdict() throws Exception {
        CallToolResult result = call("track_parcel",
                Map.of("carrier", "recorded", "trackingNumber", Fixtures.TRACKED_NUMBER, "now", Fixtures.NOW));

        assertThat(result.isError()).isFalse();
        JsonNode answer = structured(result);
        assertThat(answer.get("shipment")).isEqualTo(WaybillJson.writeShipment(Fixtures.trackedShipment()));
        assertThat(answer.get("verdict")).isEqualTo(WaybillJson.writeAssessment(
                facadeAtNow().assess(Fixtures.trackedShipment()), RemedyReasons.defaults().english()));
        assertThat(text(result)).startsWith("recorded YT2611020001: Shipment SO-1001: ");
    }

    @Test
    void trackParcelOfAnUnknownNumberIsAnErrorNamingTheTrackingNumber() {
        CallToolResult result = call("track_parcel", Map.of("carrier", "recorded", "trackingNumber", "NOPE1"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("trackingNumber: the carrier has no data");
    }

    @Test
    void returnEligibilityAnswersAsReturnsPrintsItWithItsCitation() throws Exception {
        CallToolResult result = call("return_eligibility",
                Map.of("country", "DE", "delivered", "2026-11-02", "on", "2026-11-10"));

        assertThat(result.isError()).isFalse();
        ObjectNode expected = WaybillJson.writeReturns(new ReturnsAnswer("DE", StdioServerMain.waybill().returns(
                WithdrawalRequest.builder(CountryCode.parse("DE"), LocalDate.parse("2026-11-02"),
                        LocalDate.parse("2026-11-10")).build()), false));
        assertThat(structured(result)).isEqualTo(expected);
        assertThat(structured(result).get("eligible").asBoolean()).isTrue();
        assertThat(structured(result).get("basis").asText()).isNotBlank();
        assertThat(text(result)).startsWith("DE: eligible to withdraw, deadline ");
    }

    @Test
    void composeReplyAnswersAsMessagePrintsIt() throws Exception {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("shipment", json(Fixtures.HELD));
        arguments.put("lang", "fr");
        arguments.put("channel", "chat");
        arguments.put("inquiry", "Bonjour, où en est ma commande ? Merci.");
        arguments.put("now", Fixtures.NOW);
        CallToolResult result = call("compose_reply", arguments);

        assertThat(result.isError()).isFalse();
        MessageRequest request = MessageRequest.builder(LocalDate.parse("2026-11-16")).language(Locale.FRENCH)
                .channel(Channel.CHAT).inquiry(true).build();
        ObjectNode expected = WaybillJson.writeMessage(facadeAtNow().message(StdioServerMain.read(Fixtures.HELD), request));
        assertThat(structured(result)).isEqualTo(expected);
        assertThat(structured(result).get("escalate").asBoolean()).isFalse();
    }

    @Test
    void composeReplyEscalatesAThreatOfChargebackAndSaysWhy() {
        CallToolResult result = call("compose_reply", Map.of("shipment", json(Fixtures.HELD), "lang", "en",
                "channel", "chat", "now", Fixtures.NOW,
                "inquiry", "Three weeks and nothing. Refund me today or I file a chargeback with my bank."));

        assertThat(result.isError()).isFalse();
        assertThat(structured(result).get("escalate").asBoolean()).isTrue();
        assertThat(structured(result).get("escalationReasons").toString()).contains("BUYER_THREATENS");
        assertThat(text(result)).startsWith("Escalate:").contains("chargeback");
    }

    @Test
    void anInvalidArgumentIsAToolErrorNamingTheFieldAndTheServerAnswersTheNextCall() {
        CallToolResult badCountry = call("return_eligibility",
                Map.of("country", "Germany", "delivered", "2026-11-02", "on", "2026-11-10"));
        assertThat(badCountry.isError()).isTrue();
        assertThat(text(badCountry)).isEqualTo("country: not an ISO 3166-1 alpha-2 country code: 'Germany'");

        CallToolResult badDate = call("return_eligibility", Map.of("country", "DE", "delivered", "yesterday", "on", "2026-11-10"));
        assertThat(text(badDate)).isEqualTo("delivered: not an ISO date (2026-11-16): 'yesterday'");

        Map<String, Object> shipment = new LinkedHashMap<>(json(Fixtures.HELD));
        shipment.put("destination", "Frankreich");
        CallToolResult badShipment = call("assess_shipment", Map.of("shipment", shipment));
        assertThat(badShipment.isError()).isTrue();
        assertThat(text(badShipment)).startsWith("shipment.destination: ");

        CallToolResult missing = call("compose_reply", Map.of("lang", "en"));
        assertThat(text(missing)).isEqualTo("shipment: missing");

        assertThat(call("assess_shipment", Map.of("shipment", json(Fixtures.HELD), "now", Fixtures.NOW)).isError())
                .isFalse();
    }

    @Test
    void anUnknownToolIsAProtocolError() {
        assertThatThrownBy(() -> call("delete_order", Map.of())).isInstanceOf(McpError.class);
        assertThat(call("return_eligibility", Map.of("country", "FR", "delivered", "2026-11-02", "on", "2026-11-10"))
                .isError()).isFalse();
    }

    static Waybill facadeAtNow() {
        OffsetDateTime now = OffsetDateTime.parse(Fixtures.NOW);
        return StdioServerMain.waybill().toBuilder().clock(Clock.fixed(now.toInstant(), now.getOffset())).build();
    }

    private CallToolResult call(String tool, Map<String, Object> arguments) {
        return client().callTool(new CallToolRequest(tool, arguments));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        try {
            return WaybillJson.mapper().readValue(text, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode structured(CallToolResult result) {
        return WaybillJson.mapper().valueToTree(result.structuredContent());
    }

    private static String text(CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
