package dev.waybill.carrier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The headers of a webhook delivery, looked up case-insensitively (HTTP header names are).
 *
 * <p>Immutable and thread-safe. {@code WebhookHeaders.parse(List.of("X-Hmac-Signature: hmac-sha256-hex=ab12"))}.
 */
public final class WebhookHeaders {

    private static final WebhookHeaders NONE = new WebhookHeaders(new TreeMap<>());

    private final Map<String, List<String>> byName;

    private WebhookHeaders(TreeMap<String, List<String>> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** No headers at all. */
    public static WebhookHeaders none() {
        return NONE;
    }

    /** Headers from a map of names to values, as servlet containers and HTTP servers hand them over. */
    public static WebhookHeaders of(Map<String, ? extends Collection<String>> headers) {
        Objects.requireNonNull(headers, "headers");
        TreeMap<String, List<String>> byName = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (name != null && values != null) {
                byName.computeIfAbsent(key(name), k -> new ArrayList<>()).addAll(values);
            }
        });
        byName.replaceAll((name, values) -> List.copyOf(values));
        return new WebhookHeaders(byName);
    }

    /**
     * Headers from {@code Name: value} lines, as a proxy log or {@code curl -H} writes them.
     *
     * @throws IllegalArgumentException quoting a line without a colon or without a name
     */
    public static WebhookHeaders parse(List<String> lines) {
        Objects.requireNonNull(lines, "lines");
        TreeMap<String, List<String>> byName = new TreeMap<>();
        for (String line : lines) {
            int colon = line == null ? -1 : line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).isBlank()) {
                throw new IllegalArgumentException("not a 'Name: value' header: '" + line + "'");
            }
            byName.computeIfAbsent(key(line.substring(0, colon)), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        byName.replaceAll((name, values) -> List.copyOf(values));
        return new WebhookHeaders(byName);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The first value of header {@code name}, matched case-insensitively. */
    public Optional<String> first(String name) {
        List<String> values = byName.get(key(Objects.requireNonNull(name, "name")));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of every header, in name order; for schemes that accept a token in any header. */
    public List<String> allValues() {
        List<String> values = new ArrayList<>();
        byName.values().forEach(values::addAll);
        return List.copyOf(values);
    }

    /** The header names present, lower case. Values are left out on purpose: they may be secrets. */
    @Override
    public String toString() {
        return "WebhookHeaders" + byName.keySet();
    }
}
