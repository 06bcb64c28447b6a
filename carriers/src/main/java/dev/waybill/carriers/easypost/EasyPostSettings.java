package dev.waybill.carriers.easypost;

import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.shipment.CountryCode;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * What {@link EasyPostTracking} needs: the API key (test keys give {@code mode: "test"}
 * trackers), the base URL and API version, a default lane and the HTTP settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the key.
 *
 * <pre>{@code
 * EasyPostSettings settings = EasyPostSettings.builder().apiKey(System.getenv("EASYPOST_API_KEY")).build();
 * }</pre>
 */
public final class EasyPostSettings {

    /** Production base URL; test and production are told apart by the key, not the host. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://api.easypost.com/");
    /** The API version; paths are {@code <version>/trackers}. */
    public static final String API_VERSION = "v2";
    /**
     * Last resort for a shipment whose body names no country at all; override with a default lane.
     * EasyPost's carriers are mostly US ones, whose scans often leave the country out.
     */
    public static final CountryCode HOME = CountryCode.of("US");

    private final String apiKey;
    private final HttpUrl baseUrl;
    private final String apiVersion;
    private final CountryCode defaultOrigin;
    private final CountryCode defaultDestination;
    private final HttpSettings http;

    private EasyPostSettings(Builder b) {
        apiKey = b.apiKey;
        baseUrl = b.baseUrl;
        apiVersion = b.apiVersion;
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
        return "EasyPostSettings{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "██")
                + ", apiVersion=" + apiVersion + ", " + http + "}";
    }

    /** Builds {@link EasyPostSettings}. Not thread-safe. */
    public static final class Builder {
        private String apiKey;
        private HttpUrl baseUrl = PRODUCTION;
        private String apiVersion = API_VERSION;
        private CountryCode defaultOrigin;
        private CountryCode defaultDestination;
        private HttpSettings http = HttpSettings.defaults();

        private Builder() {
        }

        /** The API key, sent as the Basic auth user name; blank counts as none. */
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
        public EasyPostSettings build() {
            return new EasyPostSettings(this);
        }
    }
}
