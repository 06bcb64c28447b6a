package dev.waybill.carrier;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings a {@link CarrierAdapterProvider} builds an adapter from, as named text values
 * ({@code apiKey}, {@code baseUrl}, ...; each provider documents the names it reads). Any value may be
 * absent: an adapter without a key can still parse bodies and verify webhooks.
 *
 * <p>Immutable and thread-safe. {@link #toString()} lists the names only, never the values.
 *
 * @param carrier the adapter name the values are for
 * @param values  the values by name
 */
public record CarrierConfig(String carrier, Map<String, String> values) {

    /** Validates and copies; blank values are dropped. */
    public CarrierConfig {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(values, "values");
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name != null && value != null && !value.isBlank()) {
                copy.put(name, value.strip());
            }
        });
        values = Map.copyOf(copy);
    }

    /** No values for {@code carrier}. */
    public static CarrierConfig empty(String carrier) {
        return new CarrierConfig(carrier, Map.of());
    }

    /**
     * The values for {@code carrier} found in {@code environment} under {@code WAYBILL_<CARRIER>_<NAME>}:
     * the carrier name upper-cased with anything not a letter or digit as {@code _}, the value name
     * in upper snake case. {@code apiKey} of {@code 17track} is {@code WAYBILL_17TRACK_API_KEY}.
     */
    public static CarrierConfig fromEnvironment(String carrier, Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        String prefix = environmentName(carrier, "");
        TreeMap<String, String> values = new TreeMap<>();
        environment.forEach((variable, value) -> {
            if (variable.startsWith(prefix) && variable.length() > prefix.length()) {
                values.put(camelCase(variable.substring(prefix.length())), value);
            }
        });
        return new CarrierConfig(carrier, values);
    }

    private static String camelCase(String upperSnake) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : upperSnake.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** The environment variable that holds value {@code name} of {@code carrier}. */
    public static String environmentName(String carrier, String name) {
        String prefix = carrier.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        return "WAYBILL_" + prefix + "_" + snake;
    }

    /** The value called {@code name}, if given. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    @Override
    public String toString() {
        return "CarrierConfig[carrier=" + carrier + ", names=" + values.keySet() + "]";
    }
}
