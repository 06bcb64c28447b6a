package dev.waybill.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.waybill.shipment.InputLimits;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the input records of a command, one at a time: a JSON array or JSON Lines, from a file or
 * from standard input ({@code -}). A record that is not valid JSON is handed over as an error with
 * its index, and reading goes on where the format allows it (JSON Lines always; an array stops at
 * a syntax error, since nothing after it can be trusted).
 */
final class InputRecords {

    /** Receives each record in input order. */
    interface Handler {
        /** A well-formed JSON value at {@code index}. */
        void record(int index, JsonNode node);

        /** A record at {@code index} that is not valid JSON. */
        void malformed(int index, String problem);
    }

    private final ObjectMapper mapper;
    private final ObjectReader elementReader;

    InputRecords(ObjectMapper mapper) {
        this.mapper = mapper;
        this.elementReader = mapper.readerFor(JsonNode.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads every record of {@code file} ({@code -} is standard input) and hands it to {@code handler}.
     *
     * @throws UsageException if the file cannot be opened or read
     */
    void read(String file, InputStream stdin, Handler handler) throws UsageException {
        try (InputStream raw = open(file, stdin);
             BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
            if (startsWithArray(in)) {
                readArray(in, handler);
            } else {
                readLines(in, handler);
            }
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + file + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String file, InputStream stdin) throws IOException {
        if (file.equals("-")) {
            return new java.io.FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input stays open for the process
                }
            };
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new IOException("is a directory");
        }
        return Files.newInputStream(path);
    }

    private static boolean startsWithArray(BufferedInputStream in) throws IOException {
        int limit = 1 << 16;
        in.mark(limit);
        int b = in.read();
        if (b == 0xEF) {
            in.skip(2);
            b = in.read();
        }
        for (int read = 1; b != -1 && Character.isWhitespace(b) && read < limit - 4; read++) {
            b = in.read();
        }
        in.reset();
        return b == '[';
    }

    private void readArray(InputStream in, Handler handler) throws IOException {
        int index = 0;
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            parser.nextToken();
            while (true) {
                JsonToken token;
                try {
                    token = parser.nextToken();
                } catch (JsonProcessingException e) {
                    handler.malformed(index, "invalid JSON: " + InputLimits.inWords(e.getOriginalMessage()));
                    return;
                }
                if (token == null || token == JsonToken.END_ARRAY) {
                    return;
                }
                try {
                    JsonNode node = elementReader.readValue(parser);
                    handler.record(index, node);
                } catch (JsonProcessingException e) {
                    handler.malformed(index, "invalid JSON: " + InputLimits.inWords(e.getOriginalMessage()));
                    return;
                }
                index++;
            }
        }
    }

    private void readLines(InputStream in, Handler handler) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        int index = 0;
        String line;
        boolean first = true;
        while ((line = reader.readLine()) != null) {
            if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            first = false;
            if (line.isBlank()) {
                continue;
            }
            try {
                handler.record(index, mapper.readTree(line));
            } catch (JsonProcessingException e) {
                handler.malformed(index, "invalid JSON: " + InputLimits.inWords(e.getOriginalMessage()));
            }
            index++;
        }
    }
}
