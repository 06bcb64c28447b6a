package dev.waybill.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.json.ErrorLine;
import dev.waybill.json.WaybillJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Writes JSON Lines records to standard output: one compact object per line, UTF-8, flushed when
 * the command ends. Also builds the contract's error line.
 */
final class JsonOutput implements AutoCloseable {

    private final ObjectMapper mapper;
    private final JsonGenerator generator;

    JsonOutput(ObjectMapper mapper, PrintStream out) {
        this.mapper = mapper;
        try {
            this.generator = mapper.getFactory().createGenerator(out);
            generator.setRootValueSeparator(null);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one record and its line break. */
    void write(JsonNode record) {
        try {
            mapper.writeTree(generator, record);
            generator.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The contract's line for an invalid record: {@code {"index", "id", "error"}}; an error without
     * words (a failure with no message) says so rather than printing null.
     */
    ObjectNode errorLine(int index, String id, String error) {
        return WaybillJson.writeError(new ErrorLine(index, id,
                error == null || error.isBlank() ? "unreadable (no reason given)" : error));
    }

    @Override
    public void close() {
        try {
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
