package dev.waybill.mcp.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.waybill.json.WaybillJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The tools' input and output JSON Schemas, one resource each ({@code schemas/<tool>.input.json}). */
final class Schemas {

    private Schemas() {
    }

    static Map<String, Object> input(String tool) {
        return read("schemas/" + tool + ".input.json");
    }

    static Map<String, Object> output(String tool) {
        return read("schemas/" + tool + ".output.json");
    }

    private static Map<String, Object> read(String file) {
        try (InputStream in = Schemas.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + ": missing from the class path");
            }
            return WaybillJson.mapper().readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": unreadable", e);
        }
    }
}
