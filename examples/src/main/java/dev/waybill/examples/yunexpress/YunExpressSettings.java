package dev.waybill.examples.yunexpress;

import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.shipment.CountryCode;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * What {@link YunExpressTracking} needs: the Open Platform credentials ({@code appId},
 * {@code appSecret}, {@code sourceKey}), the base URL, a default lane and the HTTP settings (whose
 * clock also stamps the signed {@code date} header and times the access token).
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the secret.
 */
public final class YunExpressSettings {

    /** The Open Platform host. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://openapi.yunexpress.cn/");
    /** Last resort for a shipment whose body names no country; YunExpress ships from China. */
    public static final CountryCode HOME = CountryCode.of("CN");

    private final String appId;
    private final String appSecret;
    private final String sourceKey;
    private final HttpUrl baseUrl;
    private final CountryCode defaultOrigin;
    private final CountryCode defaultDestination;
    private final HttpSettings http;

    private YunExpressSettings(Builder b) {
        appId = b.appId;
        appSecret = b.appSecret;
        sourceKey = b.sourceKey;
        baseUrl = b.baseUrl;
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
        return new Builder().appId(appId).appSecret(appSecret).sourceKey(sourceKey).baseUrl(baseUrl)
                .defaultOrigin(defaultOrigin).defaultDestination(defaultDestination).http(http);
    }

    /** The application id; null when only parsing is needed. */
    public String appId() {
        return appId;
    }

    /** The application secret, which signs requests; null when only parsing is needed. */
    public String appSecret() {
        return appSecret;
    }

    /** The source key YunExpress issues with the application; may be null. */
    public String sourceKey() {
        return sourceKey;
    }

    /** The base URL. */
    public HttpUrl baseUrl() {
        return baseUrl;
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

    /** True when the credentials tracking needs are present. */
    boolean canTrack() {
        return appId != null && appSecret != null;
    }

    @Override
    public String toString() {
        return "YunExpressSettings{baseUrl=" + baseUrl + ", appId=" + appId + ", appSecret="
                + (appSecret == null ? "none" : "██") + ", " + http + "}";
    }

    /** Builds {@link YunExpressSettings}. Not thread-safe. */
    public static final class Builder {
        private String appId;
        private String appSecret;
        private String sourceKey;
        private HttpUrl baseUrl = PRODUCTION;
        private CountryCode defaultOrigin;
        private CountryCode defaultDestination;
        private HttpSettings http = HttpSettings.defaults();

        private Builder() {
        }

        /** The application id. */
        public Builder appId(String appId) {
            this.appId = blankToNull(appId);
            return this;
        }

        /** The application secret. */
        public Builder appSecret(String appSecret) {
            this.appSecret = blankToNull(appSecret);
            return this;
        }

        /** The source key. */
        public Builder sourceKey(String sourceKey) {
            this.sourceKey = blankToNull(sourceKey);
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
        public YunExpressSettings build() {
            return new YunExpressSettings(this);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
