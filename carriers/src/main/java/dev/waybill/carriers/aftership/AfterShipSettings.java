package dev.waybill.carriers.aftership;

import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.shipment.CountryCode;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * What {@link AfterShipTracking} needs: the {@code as-api-key}, the base URL and API version, whether
 * to create trackings AfterShip does not hold yet, a default lane and the HTTP settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the key.
 *
 * <pre>{@code
 * AfterShipSettings settings = AfterShipSettings.builder().apiKey(System.getenv("AFTERSHIP_API_KEY")).build();
 * }</pre>
 */
public final class AfterShipSettings {

    /** Production base URL; AfterShip has no separate sandbox host. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://api.aftership.com/");
    /** The newest Tracking API version (released 2026-07-09); paths are {@code tracking/<version>/...}. */
    public static final String API_VERSION = "2026-07";
    /** Last resort for a shipment whose body names no country at all; override with a default lane. */
    public static final CountryCode HOME = CountryCode.of("US");

    private final String apiKey;
    private final HttpUrl baseUrl;
    private final String apiVersion;
    private final boolean createMissing;
    private final CountryCode defaultOrigin;
    private final CountryCode defaultDestination;
    private final HttpSettings http;

    private AfterShipSettings(Builder b) {
        apiKey = b.apiKey;
        baseUrl = b.baseUrl;
        apiVersion = b.apiVersion;
        createMissing = b.createMissing;
        defaultOrigin = b.defaultOrigin;
        defaultDestination = b.defaultDestination;
        http = b.http;
    }

    /** A builder with the production URL and default HTTP settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.apiKey = apiKey;
        b.baseUrl = baseUrl;
        b.apiVersion = apiVersion;
        b.createMissing = createMissing;
        b.defaultOrigin = defaultOrigin;
        b.defaultDestination = defaultDestination;
        b.http = http;
        return b;
    }

    /** The API key; null when only parsing and webhook checks are needed. */
    public String apiKey() {
        return apiKey;
    }

    /** The base URL the {@code track/shipments} path is resolved against. */
    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /** The API version in the path. */
    public String apiVersion() {
        return apiVersion;
    }

    /** Whether tracking a number AfterShip does not hold creates it there ({@code POST /trackings}). */
    public boolean createMissing() {
        return createMissing;
    }

    /** The origin used when a body names none; may be null. */
    public CountryCode defaultOrigin() {
        return defaultOrigin;
    }

    /** The destination used when a body names none; may be null. */
    public CountryCode defaultDestination() {
        return defaultDestination;
    }

    /** The HTTP settings. */
    public HttpSettings http() {
        return http;
    }

    @Override
    public String toString() {
        return "AfterShipSettings{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "██") + ", apiVersion="
                + apiVersion + ", createMissing=" + createMissing + ", " + http + "}";
    }

    /** Builds {@link AfterShipSettings}. Not thread-safe. */
    public static final class Builder {
        private String apiKey;
        private HttpUrl baseUrl = PRODUCTION;
        private String apiVersion = API_VERSION;
        private boolean createMissing = true;
        private CountryCode defaultOrigin;
        private CountryCode defaultDestination;
        private HttpSettings http = HttpSettings.defaults();

        private Builder() {
        }

        /** The {@code as-api-key}; blank counts as none. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
            return this;
        }

        /** The base URL; default {@link #PRODUCTION}. */
        public Builder baseUrl(HttpUrl baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /** The base URL as text. */
        public Builder baseUrl(String baseUrl) {
            return baseUrl(HttpUrl.get(baseUrl));
        }

        /** The API version; default {@link #API_VERSION}. */
        public Builder apiVersion(String apiVersion) {
            this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion").strip();
            return this;
        }

        /** Whether to create trackings AfterShip does not hold yet; default true. */
        public Builder createMissing(boolean createMissing) {
            this.createMissing = createMissing;
            return this;
        }

        /** The origin used when a body names none. */
        public Builder defaultOrigin(CountryCode defaultOrigin) {
            this.defaultOrigin = defaultOrigin;
            return this;
        }

        /** The destination used when a body names none. */
        public Builder defaultDestination(CountryCode defaultDestination) {
            this.defaultDestination = defaultDestination;
            return this;
        }

        /** The HTTP settings. */
        public Builder http(HttpSettings http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        /** The settings. */
        public AfterShipSettings build() {
            return new AfterShipSettings(this);
        }
    }
}
