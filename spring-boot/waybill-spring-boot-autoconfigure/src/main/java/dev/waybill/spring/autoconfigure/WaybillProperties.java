package dev.waybill.spring.autoconfigure;

import dev.waybill.watch.Watcher;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code waybill.*} properties: the carriers' keys and webhook secrets, and watching.
 *
 * <pre>{@code
 * waybill.carriers.aftership.api-key=${AFTERSHIP_KEY}
 * waybill.carriers.aftership.webhook-secret=${AFTERSHIP_WEBHOOK_SECRET}
 * waybill.watch.tick=PT5M
 * waybill.profiles=classpath:waybill/transit-profiles.json
 * }</pre>
 *
 * <p>A carrier's values may also come from the environment as {@code WAYBILL_<CARRIER>_API_KEY},
 * {@code WAYBILL_<CARRIER>_WEBHOOK_SECRET}, {@code WAYBILL_<CARRIER>_BASE_URL} (the names the
 * {@code waybill} command reads); a property wins over a variable.
 */
@ConfigurationProperties("waybill")
public class WaybillProperties {

    /** The carriers by adapter name ({@code aftership}, {@code dhl}, {@code easypost}, {@code 17track}). */
    private final Map<String, Carrier> carriers = new LinkedHashMap<>();

    /** Watching shipments (with {@code waybill-watch} and a {@code DataSource}). */
    private final Watch watch = new Watch();

    /** The shop's transit profiles, a resource location, format as {@code waybill assess --profiles}; added to the bundled ones. */
    private String profiles;

    /** The shop's compensation ladder, a resource location, format as {@code waybill assess --ladder}; replaces the bundled one. */
    private String ladder;

    /** The shop's own return policy, a resource location, format as {@code waybill returns --policy}. */
    private String returnPolicy;

    /** The carriers by adapter name. */
    public Map<String, Carrier> getCarriers() {
        return carriers;
    }

    /** Watching shipments. */
    public Watch getWatch() {
        return watch;
    }

    /** The transit profiles' location, null for the bundled ones alone. */
    public String getProfiles() {
        return profiles;
    }

    /** Sets the transit profiles' location. */
    public void setProfiles(String profiles) {
        this.profiles = profiles;
    }

    /** The compensation ladder's location, null for the bundled one. */
    public String getLadder() {
        return ladder;
    }

    /** Sets the compensation ladder's location. */
    public void setLadder(String ladder) {
        this.ladder = ladder;
    }

    /** The shop's return policy's location, null for none. */
    public String getReturnPolicy() {
        return returnPolicy;
    }

    /** Sets the shop's return policy's location. */
    public void setReturnPolicy(String returnPolicy) {
        this.returnPolicy = returnPolicy;
    }

    /** The settings of the carrier {@code name} (case-insensitive), if any are given. */
    public Optional<Carrier> carrier(String name) {
        return carriers.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst();
    }

    /** One carrier's settings. {@link #toString()} never shows the key or the secret. */
    public static class Carrier {

        private static final Pattern KEBAB = Pattern.compile("-([a-z0-9])");

        /** The carrier's API key; never logged. */
        private String apiKey;

        /** The secret the carrier's webhook signatures are checked with; never logged. */
        private String webhookSecret;

        /** The API's base URL (a sandbox or a proxy); default the carrier's production URL. */
        private String baseUrl;

        /** Further adapter settings by name, as the adapter documents them ({@code service} of {@code dhl}, {@code client-id} of {@code ups}). */
        private final Map<String, String> settings = new LinkedHashMap<>();

        /** The carrier's API key. */
        public String getApiKey() {
            return apiKey;
        }

        /** Sets the carrier's API key. */
        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        /** The webhook secret. */
        public String getWebhookSecret() {
            return webhookSecret;
        }

        /** Sets the webhook secret. */
        public void setWebhookSecret(String webhookSecret) {
            this.webhookSecret = webhookSecret;
        }

        /** The API's base URL. */
        public String getBaseUrl() {
            return baseUrl;
        }

        /** Sets the API's base URL. */
        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /** Further adapter settings by name. */
        public Map<String, String> getSettings() {
            return settings;
        }

        /** The values a carrier adapter is built from ({@code apiKey}, {@code baseUrl}, the settings, {@code client-id} as {@code clientId}). */
        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            settings.forEach((name, value) -> values.put(camelCase(name), value));
            if (apiKey != null) {
                values.put("apiKey", apiKey);
            }
            if (baseUrl != null) {
                values.put("baseUrl", baseUrl);
            }
            return values;
        }

        private static String camelCase(String kebab) {
            return KEBAB.matcher(kebab).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
        }

        /** The webhook secret, if one is given and not blank. */
        Optional<String> webhookSecretIfAny() {
            return Optional.ofNullable(webhookSecret).filter(s -> !s.isBlank());
        }

        @Override
        public String toString() {
            return "Carrier[apiKey=" + (apiKey == null ? "none" : "***") + ", webhookSecret="
                    + (webhookSecret == null ? "none" : "***") + ", baseUrl=" + baseUrl + ", settings="
                    + settings.keySet() + "]";
        }
    }

    /** Watching shipments. */
    public static class Watch {

        /** Whether to watch when waybill-watch and a DataSource are there. */
        private boolean enabled = true;

        /** How often the watcher ticks. */
        private Duration tick = Duration.ofMinutes(1);

        /** Whether to run the store's Flyway migrations at start-up. */
        private boolean migrate = true;

        /** The shop's notice policy, a resource location (for example {@code classpath:notice-policy.json}), format as {@code waybill watch --policy}. */
        private String policy;

        /**
         * The name the watcher leases shipments under; each process needs its own. Default: the
         * process's id and a random tag ({@code Watcher.processOwner()}).
         */
        private String owner = Watcher.processOwner();

        /** The largest webhook delivery read (a default chosen by Waybill); a larger one is answered 413 unread. */
        private DataSize webhookMaxBodySize = DataSize.ofMegabytes(4);

        /** Whether watching is enabled. */
        public boolean isEnabled() {
            return enabled;
        }

        /** Enables or disables watching. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** How often the watcher ticks. */
        public Duration getTick() {
            return tick;
        }

        /** Sets how often the watcher ticks. */
        public void setTick(Duration tick) {
            if (tick == null || tick.isZero() || tick.isNegative()) {
                throw new IllegalArgumentException("waybill.watch.tick must be positive, got " + tick);
            }
            this.tick = tick;
        }

        /** Whether to run the migrations at start-up. */
        public boolean isMigrate() {
            return migrate;
        }

        /** Sets whether to run the migrations at start-up. */
        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        /** The notice policy's location, null for the defaults. */
        public String getPolicy() {
            return policy;
        }

        /** Sets the notice policy's location. */
        public void setPolicy(String policy) {
            this.policy = policy;
        }

        /** The lease owner's name. */
        public String getOwner() {
            return owner;
        }

        /** Sets the lease owner's name. */
        public void setOwner(String owner) {
            this.owner = owner;
        }

        /** The largest webhook delivery read. */
        public DataSize getWebhookMaxBodySize() {
            return webhookMaxBodySize;
        }

        /** Sets the largest webhook delivery read; at least one byte and under 2 GiB. */
        public void setWebhookMaxBodySize(DataSize webhookMaxBodySize) {
            if (webhookMaxBodySize == null || webhookMaxBodySize.toBytes() < 1
                    || webhookMaxBodySize.toBytes() >= Integer.MAX_VALUE) {
                throw new IllegalArgumentException("waybill.watch.webhook-max-body-size must be between 1B and 2GB, got "
                        + webhookMaxBodySize);
            }
            this.webhookMaxBodySize = webhookMaxBodySize;
        }
    }
}
