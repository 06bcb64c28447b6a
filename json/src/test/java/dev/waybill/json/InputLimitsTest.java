package dev.waybill.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.shipment.InputLimits;
import org.junit.jupiter.api.Test;

/** The limits of {@link InputLimits} on the contract's JSON: the parser's, and the reader's per record. */
class InputLimitsTest {

    private static final ObjectMapper MAPPER = WaybillJson.mapper();
    private static final String EVENT = "{\"at\":\"2026-11-06T09:00:00+08:00\",\"code\":\"IN_TRANSIT\"}";

    private static String record(int events) {
        return "{\"id\":\"SO-1\",\"origin\":\"CN\",\"destination\":\"DE\",\"events\":["
                + String.join(",", java.util.Collections.nCopies(events, EVENT)) + "]}";
    }

    /** The parser's refusal, as the command and the adapters word it. */
    private static String refusal(String json) {
        try {
            MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return InputLimits.inWords(e.getOriginalMessage());
        }
        throw new AssertionError("read without complaint");
    }

    @Test
    void nestingDeeperThanSixtyFourLevelsIsRefusedInWords() throws Exception {
        assertThat(MAPPER.readTree("[".repeat(64) + "]".repeat(64)).isArray()).isTrue();
        assertThat(refusal("[".repeat(65) + "]".repeat(65)))
                .isEqualTo("nested 65 levels deep, deeper than the limit of 64");
    }

    @Test
    void aStringLongerThanOneMebibyteIsRefusedInWords() {
        assertThat(refusal("{\"id\":\"" + "x".repeat((1 << 20) + 1) + "\"}"))
                .isEqualTo("a string of 1048577 characters, longer than the limit of 1048576");
    }

    @Test
    void aNumberLongerThanOneHundredCharactersIsRefusedInWords() throws Exception {
        assertThat(MAPPER.readTree("[" + "9".repeat(100) + "]").get(0).isNumber()).isTrue();
        assertThat(refusal("[" + "9".repeat(101) + "]")).startsWith("a number of ")
                .endsWith("characters, longer than the limit of 100").doesNotContain("StreamReadConstraints");
    }

    @Test
    void aMapperWithOwnLimitsRefusesWhatTheDefaultsTake() {
        ObjectMapper shallow = WaybillJson.mapper(new InputLimits(3, 100, 10, 10, InputLimits.DEFAULT_MAX_WEIGHT_KG,
                InputLimits.DEFAULT_MAX_AMOUNT));
        assertThatThrownBy(() -> shallow.readTree("[[[[1]]]]")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> shallow.readTree("[\"" + "x".repeat(101) + "\"]"))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void eventsUpToTheCapAreReadAndOneMoreIsRefusedNamingTheField() throws Exception {
        JsonNode atCap = MAPPER.readTree(record(InputLimits.DEFAULT_MAX_EVENTS_PER_SHIPMENT));
        assertThat(WaybillJson.readShipment(atCap).events()).isNotEmpty();

        JsonNode over = MAPPER.readTree(record(InputLimits.DEFAULT_MAX_EVENTS_PER_SHIPMENT + 1));
        assertThatThrownBy(() -> WaybillJson.readShipment(over)).isInstanceOfSatisfying(ContractJsonException.class,
                e -> assertThat(e.error()).isEqualTo("events: 1001 entries, more than the limit of 1000 per shipment"));
    }

    @Test
    void theEventCapIsConfigurable() throws Exception {
        JsonNode three = MAPPER.readTree(record(3));
        InputLimits two = InputLimits.defaults().withMaxEventsPerShipment(2);

        assertThatThrownBy(() -> WaybillJson.readShipment(three, two)).isInstanceOfSatisfying(
                ContractJsonException.class, e -> assertThat(e.field()).isEqualTo("events"));
        assertThat(WaybillJson.readShipment(three, InputLimits.defaults().withMaxEventsPerShipment(3)).id())
                .isEqualTo("SO-1");
    }

    @Test
    void reportsAreCappedLikeEvents() throws Exception {
        String report = "{\"at\":\"2026-11-20T09:00:00Z\",\"type\":\"NOT_RECEIVED\"}";
        JsonNode record = MAPPER.readTree(record(1).replace("]}", "],\"reports\":[" + report + "," + report + "]}"));

        assertThatThrownBy(() -> WaybillJson.readShipment(record, InputLimits.defaults().withMaxEventsPerShipment(1)))
                .isInstanceOfSatisfying(ContractJsonException.class, e -> assertThat(e.field()).isEqualTo("reports"));
    }
}
