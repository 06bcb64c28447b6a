package dev.waybill.spring.autoconfigure;

import dev.waybill.carrier.CarrierConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Each carrier's settings: {@code waybill.carriers.<name>.*} over the environment's
 * {@code WAYBILL_<CARRIER>_*} variables (the names {@code waybill} reads, for example
 * {@code WAYBILL_17TRACK_API_KEY} or {@code WAYBILL_AFTERSHIP_WEBHOOK_SECRET}). {@link #toString()}
 * names the carriers only, never a value.
 */
public final class CarrierKeys {

    private static final String WEBHOOK_SECRET = "webhookSecret";

    private final WaybillProperties properties;
    private final Map<String, String> environment;

    /** The settings from {@code properties} over the {@code WAYBILL_*} variables of {@code environment}. */
    CarrierKeys(WaybillProperties properties, Map<String, String> environment) {
        this.properties = properties;
        this.environment = environment.entrySet().stream().filter(e -> e.getKey().startsWith("WAYBILL_"))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, String> values(String carrier) {
        Map<String, String> values = new LinkedHashMap<>(CarrierConfig.fromEnvironment(carrier, environment).values());
        properties.carrier(carrier).ifPresent(c -> {
            values.putAll(new CarrierConfig(carrier, c.values()).values());
            c.webhookSecretIfAny().ifPresent(secret -> values.put(WEBHOOK_SECRET, secret));
        });
        return values;
    }

    /** What adapter {@code carrier} is built from: its key, base URL and other settings, without the webhook secret. */
    public CarrierConfig config(String carrier) {
        Map<String, String> values = values(carrier);
        values.remove(WEBHOOK_SECRET);
        return new CarrierConfig(carrier, values);
    }

    /** Whether {@code carrier} has an API key. */
    public boolean hasApiKey(String carrier) {
        return config(carrier).value("apiKey").isPresent();
    }

    /** The secret {@code carrier}'s webhook signatures are checked with, if one is configured. */
    public Optional<String> webhookSecret(String carrier) {
        return Optional.ofNullable(values(carrier).get(WEBHOOK_SECRET)).filter(s -> !s.isBlank());
    }

    @Override
    public String toString() {
        return "CarrierKeys[properties=" + properties.getCarriers().keySet() + ", environment="
                + environment.keySet().size() + " WAYBILL_ variables]";
    }
}
