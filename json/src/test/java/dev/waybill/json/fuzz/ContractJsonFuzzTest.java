package dev.waybill.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.json.ContractJsonException;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.Shipment;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * The contract JSON reader on any bytes: a record is read, or refused with a {@link ContractJsonException}
 * naming a field; a line that is not JSON at all fails in Jackson's parser, as the command reports it
 * ({@code invalid JSON: ...}), or bytes that are not text in Jackson's decoder. A shipment read is written and read back unchanged. Seeds and findings:
 * {@code src/test/resources/dev/waybill/json/fuzz/ContractJsonFuzzTestInputs/<method>/}.
 */
class ContractJsonFuzzTest {

    private static final ObjectMapper MAPPER = WaybillJson.mapper();

    /** A record of {@code assess}, {@code message}, {@code ingest}, {@code learn}: one line of a shop's file. */
    @FuzzTest(maxDuration = "2m")
    void shipment(byte[] line) {
        JsonNode record = tree(line);
        if (record == null) {
            return;
        }
        try {
            Shipment shipment = WaybillJson.readShipment(record);
            assertThat(WaybillJson.readShipment(WaybillJson.writeShipment(shipment))).isEqualTo(shipment);
        } catch (ContractJsonException e) {
            assertThat(e.field()).isNotBlank();
            assertThat(e.problem()).isNotBlank();
        }
    }

    /** The output lines read back: verdict, returns answer, message and error line. */
    @FuzzTest(maxDuration = "2m")
    void outputLines(byte[] line) {
        JsonNode node = tree(line);
        if (node == null) {
            return;
        }
        refusedOrRead(() -> WaybillJson.readVerdict(node));
        refusedOrRead(() -> WaybillJson.readReturns(node));
        refusedOrRead(() -> WaybillJson.readMessage(node));
        refusedOrRead(() -> WaybillJson.readError(node));
    }

    /** The tree of {@code line}, or null when Jackson's parser refuses it as JSON (the command's "invalid JSON"). */
    private static JsonNode tree(byte[] line) {
        try {
            return MAPPER.readTree(line);
        } catch (ContractJsonException e) {
            throw new AssertionError("a contract error before any record was read", e);
        } catch (JsonProcessingException e) {
            assertThat(e.getOriginalMessage()).isNotBlank();
            return null;
        } catch (CharConversionException e) {
            // not text: Jackson decodes UTF-16 and UTF-32 by the first bytes and refuses what it cannot decode with
            // this I/O error, which readValue declares (the command decodes its lines as UTF-8 itself)
            return null;
        } catch (IOException e) {
            throw new AssertionError("reading bytes in memory failed", e);
        }
    }

    private static void refusedOrRead(Reader reader) {
        try {
            assertThat(reader.read()).isNotNull();
        } catch (ContractJsonException e) {
            assertThat(e.error()).isNotBlank();
        }
    }

    /** One of WaybillJson's line readers. */
    private interface Reader {
        Object read() throws ContractJsonException;
    }
}
