package dev.waybill.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Carrier API bodies for the benchmarks, built from the recorded-shape fixtures of the carriers
 * module (copied under {@code payloads/}): single bodies as they are, batch and list bodies by
 * repeating the fixtures' items with the numbers asked for.
 *
 * <p>Immutable and thread-safe.
 */
public final class Payloads {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<JsonNode> seventeenTrackItems;
    private final JsonNode afterShipTracking;
    private final JsonNode dhlResponse;
    private final List<JsonNode> easyPostTrackers;

    private Payloads() {
        JsonNode ok = tree("17track-gettrackinfo_ok.json").path("data").path("accepted").get(0);
        JsonNode returning = tree("17track-gettrackinfo_exception_returning.json").path("data").path("accepted")
                .get(0);
        // three in four items carry a full nine-event history, one in four a single return event
        this.seventeenTrackItems = List.of(ok, ok, ok, returning);
        this.afterShipTracking = tree("aftership-tracking_list_2026-07.json").path("data").path("trackings").get(0);
        this.dhlResponse = tree("dhl-tracking_ok.json");
        this.easyPostTrackers = List.of(tree("easypost-tracker_international.json"),
                tree("easypost-trackers-retrieve.json"));
    }

    /** The templates, read once. */
    public static Payloads load() {
        return new Payloads();
    }

    /** A fixture's bytes as recorded. */
    public static byte[] resource(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("payloads/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no payload " + name + " next to " + Payloads.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} 17TRACK-style numbers, {@code YT} and 16 digits, starting at {@code first}. */
    public static List<String> numbers(int first, int count) {
        List<String> numbers = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            numbers.add(String.format(Locale.ROOT, "YT26%014d", i));
        }
        return numbers;
    }

    /** A 17TRACK {@code register} answer accepting every number. */
    public byte[] seventeenTrackRegister(List<String> numbers) {
        ObjectNode root = MAPPER.createObjectNode().put("code", 0);
        ObjectNode data = root.putObject("data");
        ArrayNode accepted = data.putArray("accepted");
        for (String number : numbers) {
            accepted.addObject().put("origin", 1).put("number", number).put("carrier", 190107).putNull("email")
                    .putNull("lang").putNull("tag");
        }
        data.putArray("rejected");
        return bytes(root);
    }

    /** A 17TRACK {@code gettrackinfo} answer with one item per number, cycling the fixture items. */
    public byte[] seventeenTrackInfo(List<String> numbers) {
        ObjectNode root = MAPPER.createObjectNode().put("code", 0);
        ObjectNode data = root.putObject("data");
        ArrayNode accepted = data.putArray("accepted");
        for (int i = 0; i < numbers.size(); i++) {
            ObjectNode item = seventeenTrackItems.get(i % seventeenTrackItems.size()).deepCopy();
            item.put("number", numbers.get(i)).put("tag", "order-" + numbers.get(i).substring(8));
            accepted.add(item);
        }
        data.putArray("rejected");
        return bytes(root);
    }

    /** An AfterShip {@code GET /trackings} page holding one tracking per number, no next page. */
    public byte[] afterShipList(List<String> numbers) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("meta").put("code", 200).put("message", "OK").put("type", "OK");
        ObjectNode data = root.putObject("data");
        data.putObject("pagination").put("total", numbers.size()).putNull("next_cursor")
                .put("has_next_page", false);
        ArrayNode trackings = data.putArray("trackings");
        for (String number : numbers) {
            ObjectNode tracking = afterShipTracking.deepCopy();
            tracking.put("tracking_number", number).put("id", "as-" + number).put("order_id", "order-" + number);
            trackings.add(tracking);
        }
        return bytes(root);
    }

    /** The DHL {@code GET /track/shipments} answer for {@code number}. */
    public byte[] dhl(String number) {
        ObjectNode root = dhlResponse.deepCopy();
        root.put("url", "/track/shipments?trackingNumber=" + number);
        ((ObjectNode) root.path("shipments").get(0)).put("id", number);
        return bytes(root);
    }

    /** An EasyPost tracker list ({@code trackers}, {@code has_more}) with one tracker per number. */
    public byte[] easyPostList(List<String> numbers) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode trackers = root.putArray("trackers");
        for (int i = 0; i < numbers.size(); i++) {
            ObjectNode tracker = easyPostTrackers.get(i % easyPostTrackers.size()).deepCopy();
            tracker.put("tracking_code", numbers.get(i)).put("id", "trk_" + numbers.get(i).toLowerCase(Locale.ROOT));
            trackers.add(tracker);
        }
        root.put("has_more", false);
        return bytes(root);
    }

    private static JsonNode tree(String name) {
        try {
            return MAPPER.readTree(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
