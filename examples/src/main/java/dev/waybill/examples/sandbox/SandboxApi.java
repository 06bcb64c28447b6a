package dev.waybill.examples.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.InputLimits;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** One carrier API as the sandbox plays it: the recorded shapes of its answers. */
interface SandboxApi {

    /** The JSON factory every API builds its answers with. */
    JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Reads request bodies. */
    ObjectMapper MAPPER = new ObjectMapper(WaybillJson.factory(InputLimits.defaults()));

    /** A request as the sandbox sees it. */
    record Call(String method, String path, Map<String, String> query, Map<String, List<String>> headers,
                byte[] body) {

        /** The first value of a header, case-insensitively, or null. */
        String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }

        /** The body as JSON. */
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (java.io.IOException e) {
                return JSON.missingNode();
            }
        }
    }

    /** An answer. */
    record Reply(int status, JsonNode body) {
    }

    /** The API's name, also the first path segment it is served under. */
    String name();

    /** The tracking answer for {@code parcel} alone, in this API's shape. */
    ObjectNode render(SandboxParcel parcel);

    /** Answers {@code call}, a request under {@code /<name>/}; {@code parcels} are this API's, by number. */
    Reply handle(Call call, Map<String, SandboxParcel> parcels);
}
