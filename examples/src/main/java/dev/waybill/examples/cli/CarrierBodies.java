package dev.waybill.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.carrier.CarrierAdapter;
import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.CarrierException;
import dev.waybill.carrier.Carriers;
import dev.waybill.carrier.ParsedBody;
import dev.waybill.json.WaybillJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code parse} and {@code webhook} share: finding the adapter by name among those on the class
 * path (keys and defaults from {@code WAYBILL_<CARRIER>_*} environment variables, none needed to
 * parse), splitting an input into carrier bodies, and printing their shipments or an error line.
 */
final class CarrierBodies {

    /** The {@code --carrier} flag of the commands that read carrier bodies. */
    static final Flag CARRIER = Flag.value("carrier", "NAME",
            "the adapter: dhl, aftership, 17track, easypost, ... or any adapter on the class path");

    private final ObjectMapper mapper;
    private final Map<String, String> environment;

    CarrierBodies(ObjectMapper mapper, Map<String, String> environment) {
        this.mapper = mapper;
        this.environment = environment;
    }

    /**
     * The adapter {@code --carrier} names.
     *
     * @throws UsageException when the flag is missing, or naming the known adapters when there is none of that name
     */
    CarrierAdapter adapter(Arguments arguments) throws UsageException {
        String name = arguments.required("carrier");
        Carriers carriers = Carriers.load(CarrierBodies.class.getClassLoader(),
                carrier -> CarrierConfig.fromEnvironment(carrier, environment));
        return carriers.find(name).orElseThrow(() -> new UsageException("unknown carrier '" + name + "'; known: "
                + String.join(", ", carriers.names())));
    }

    /**
     * The carrier bodies in {@code input}: the whole input when it is one JSON document (or is not
     * JSON at all, so that the adapter can say why), else one per line when every line is one.
     */
    List<byte[]> split(byte[] input) {
        if (isJson(input)) {
            return List.of(input);
        }
        List<byte[]> lines = new ArrayList<>();
        for (String line : new String(input, StandardCharsets.UTF_8).split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            if (!isJson(bytes)) {
                return List.of(input);
            }
            lines.add(bytes);
        }
        return lines.isEmpty() ? List.of(input) : lines;
    }

    private boolean isJson(byte[] bytes) {
        try {
            return mapper.readTree(bytes) != null;
        } catch (JsonProcessingException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The elements of {@code input} when it is a JSON array, each as its own body; empty otherwise.
     * {@code parse} falls back to them when the adapter does not take the array as one body.
     */
    List<byte[]> elements(byte[] input) {
        List<byte[]> elements = new ArrayList<>();
        try {
            JsonNode root = mapper.readTree(input);
            if (root != null && root.isArray()) {
                for (JsonNode element : root) {
                    elements.add(mapper.writeValueAsBytes(element));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return elements;
    }

    /** True when {@code adapter} reads {@code body} without complaint. */
    boolean readable(CarrierAdapter adapter, byte[] body) {
        try {
            return !adapter.parse(body).isEmpty();
        } catch (CarrierException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Prints the shipments of every body as lines of {@code assess} input, or the contract's error
     * line for a body the adapter cannot read.
     *
     * @return {@link ExitStatus#OK}, or {@link ExitStatus#INVALID_RECORDS} when a body was not read
     */
    int print(CarrierAdapter adapter, List<byte[]> bodies, Console console) {
        boolean allRead = true;
        try (JsonOutput out = new JsonOutput(mapper, console.out())) {
            for (int i = 0; i < bodies.size(); i++) {
                allRead &= print(adapter, i, bodies.get(i), out);
            }
        }
        return allRead ? ExitStatus.OK : ExitStatus.INVALID_RECORDS;
    }

    /**
     * Prints one body's shipments, then an error line for each thing it holds instead of tracking
     * (empty, an error from the API, a number not found, no shipments): never nothing.
     */
    private static boolean print(CarrierAdapter adapter, int index, byte[] body, JsonOutput out) {
        ParsedBody read;
        try {
            read = adapter.read(body);
        } catch (CarrierException | IllegalArgumentException e) {
            out.write(out.errorLine(index, null, e.getMessage()));
            return false;
        }
        read.shipments().forEach(shipment -> out.write(WaybillJson.writeShipment(shipment)));
        for (ParsedBody.Problem problem : read.problems()) {
            out.write(out.errorLine(index, problem.trackingNumber(), problem.describe()));
        }
        return read.problems().isEmpty();
    }
}
