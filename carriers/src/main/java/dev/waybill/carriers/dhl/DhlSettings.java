package dev.waybill.carriers.dhl;

import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.shipment.CountryCode;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * What {@link DhlTracking} needs: the {@code DHL-API-Key} (the portal's consumer key; the consumer
 * secret is not used by this API), the base URL, optional request hints, the push token header and
 * the HTTP settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the key.
 *
 * <pre>{@code
 * DhlSettings settings = DhlSettings.builder().apiKey(System.getenv("DHL_API_KEY")).build();
 * }</pre>
 */
public final class DhlSettings {

    /** Production base URL; DHL's test host is not open to external customers, per its help centre. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://api-eu.dhl.com/");
    /** Last resort for a shipment whose body names no country at all; override with a default lane. */
    public static final CountryCode HOME = CountryCode.of("DE");

    private final String apiKey;
    private final HttpUrl baseUrl;
    private final String service;
    private final String language;
    private final CountryCode requesterCountryCode;
    private final String webhookHeader;
    private final CountryCode defaultOrigin;
    private final CountryCode defaultDestination;
    private final HttpSettings http;

    private DhlSettings(Builder b) {
        apiKey = b.apiKey;
        baseUrl = b.baseUrl;
        service = b.service;
        language = b.language;
        requesterCountryCode = b.requesterCountryCode;
        webhookHeader = b.webhookHeader;
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
        b.service = service;
        b.language = language;
        b.requesterCountryCode = requesterCountryCode;
        b.webhookHeader = webhookHeader;
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

    /** The {@code service} hint ({@code express}, {@code parcel-de}, ...); null lets DHL search all. */
    public String service() {
        return service;
    }

    /** The {@code language} of DHL's texts (ISO 639-1); null is DHL's default, {@code en}. */
    public String language() {
        return language;
    }

    /** The {@code requesterCountryCode} hint; may be null. */
    public CountryCode requesterCountryCode() {
        return requesterCountryCode;
    }

    /** The header DHL's push subscription echoes the token in; null accepts the token in any header. */
    public String webhookHeader() {
        return webhookHeader;
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
        return "DhlSettings{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "██") + ", service="
                + service + ", " + http + "}";
    }

    /** Builds {@link DhlSettings}. Not thread-safe. */
    public static final class Builder {
        private String apiKey;
        private HttpUrl baseUrl = PRODUCTION;
        private String service;
        private String language;
        private CountryCode requesterCountryCode;
        private String webhookHeader;
        private CountryCode defaultOrigin;
        private CountryCode defaultDestination;
        private HttpSettings http = HttpSettings.defaults();

        private Builder() {
        }

        /** The {@code DHL-API-Key}; blank counts as none. */
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

        /** The {@code service} hint. */
        public Builder service(String service) {
            this.service = service;
            return this;
        }

        /** The {@code language} hint. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** The {@code requesterCountryCode} hint. */
        public Builder requesterCountryCode(CountryCode requesterCountryCode) {
            this.requesterCountryCode = requesterCountryCode;
            return this;
        }

        /** The push token header name; null (default) accepts the token in any header. */
        public Builder webhookHeader(String webhookHeader) {
            this.webhookHeader = webhookHeader == null || webhookHeader.isBlank() ? null : webhookHeader.strip();
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
        public DhlSettings build() {
            return new DhlSettings(this);
        }
    }
}
