package dev.waybill.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.json.WaybillJson;
import dev.waybill.shipment.InputLimits;
import dev.waybill.watch.rules.NoticePolicy;
import dev.waybill.watch.rules.QuietHours;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a shop's {@link NoticePolicy} from JSON; every field is optional and defaults to
 * {@link NoticePolicy#defaults()}:
 *
 * <pre>{@code
 * {"customsGraceHours": 48, "quietHours": {"from": "21:00", "until": "08:00"}, "weeklyCap": 3,
 *  "claimLeadDays": 7, "slideNoticeDays": 7, "shopLanguage": "en", "shopName": "Lumen Home",
 *  "zones": {"US": "America/Chicago"}}
 * }</pre>
 */
public final class NoticePolicies {

    private static final ObjectMapper MAPPER = new ObjectMapper(WaybillJson.factory(InputLimits.defaults()));
    private static final Set<String> FIELDS = Set.of("customsGraceHours", "quietHours", "weeklyCap", "claimLeadDays",
            "slideNoticeDays", "shopLanguage", "shopName", "zones");

    private NoticePolicies() {
    }

    /**
     * The policy in {@code file}.
     *
     * @throws IllegalArgumentException naming the file, the JSON path and the problem
     * @throws IOException              when the file cannot be read
     */
    public static NoticePolicy load(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + InputLimits.inWords(e.getOriginalMessage()), e);
        } catch (CharConversionException e) {
            throw new IllegalArgumentException(file + ": not JSON: not text in UTF-8, UTF-16 or UTF-32: "
                    + e.getMessage(), e);
        }
        return parse(file.toString(), root);
    }

    /** The policy in {@code root}; {@code name} names it in errors. */
    static NoticePolicy parse(String name, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": $: expected an object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(name + ": $." + field + ": unknown field; known: "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS)));
            }
        }
        NoticePolicy d = NoticePolicy.defaults();
        try {
            Duration grace = root.has("customsGraceHours")
                    ? Duration.ofHours(integer(name, root, "customsGraceHours")) : d.customsGrace();
            QuietHours quiet = d.quietHours();
            if (root.has("quietHours")) {
                JsonNode q = root.get("quietHours");
                quiet = new QuietHours(time(name, q, "from"), time(name, q, "until"));
            }
            int cap = root.has("weeklyCap") ? integer(name, root, "weeklyCap") : d.weeklyCap();
            int lead = root.has("claimLeadDays") ? integer(name, root, "claimLeadDays") : d.claimLeadDays();
            int slide = root.has("slideNoticeDays") ? integer(name, root, "slideNoticeDays") : d.slideNoticeDays();
            Locale language = root.has("shopLanguage") ? Locale.forLanguageTag(root.get("shopLanguage").asText())
                    : d.shopLanguage();
            String shopName = root.has("shopName") ? root.get("shopName").asText() : d.shopName().orElse(null);
            Map<String, ZoneId> zones = new HashMap<>();
            if (root.has("zones")) {
                for (Iterator<Map.Entry<String, JsonNode>> it = root.get("zones").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    try {
                        zones.put(e.getKey().toUpperCase(Locale.ROOT), ZoneId.of(e.getValue().asText()));
                    } catch (DateTimeException ex) {
                        throw new IllegalArgumentException(name + ": $.zones." + e.getKey() + ": not a time zone: '"
                                + e.getValue().asText() + "'", ex);
                    }
                }
            }
            return new NoticePolicy(grace, quiet, cap, lead, language, shopName, zones).withSlideNoticeDays(slide);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(name) ? e : new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static int integer(String name, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(name + ": $." + field + ": expected a whole number, found " + value);
        }
        return value.intValue();
    }

    private static LocalTime time(String name, JsonNode node, String field) {
        JsonNode value = node.get(field);
        try {
            return LocalTime.parse(value == null ? "" : value.asText());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + ": $.quietHours." + field + ": expected HH:MM, found "
                    + value, e);
        }
    }
}
