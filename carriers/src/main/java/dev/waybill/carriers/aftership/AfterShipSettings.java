package dev.waybill.carriers.aftership;

import dev.waybill.carriers.settings.ApiKeySettings;
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
public final class AfterShipSettings extends ApiKeySettings {

    /** Production base URL; AfterShip has no separate sandbox host. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://api.aftership.com/");
    /** The newest Tracking API version (released 2026-07-09); paths are {@code tracking/<version>/...}. */
    public static final String API_VERSION = "2026-07";
    /** Last resort for a shipment whose body names no country at all; override with a default lane. */
    public static final CountryCode HOME = CountryCode.of("US");

    private final String apiVersion;
    private final boolean createMissing;

    private AfterShipSettings(Builder b) {
        super(b);
        apiVersion = b.apiVersion;
        createMissing = b.createMissing;
    }

    /** A builder with the production URL and default HTTP settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The API version in the path. */
    public String apiVersion() {
        return apiVersion;
    }

    /** Whether tracking a number AfterShip does not hold creates it there ({@code POST /trackings}). */
    public boolean createMissing() {
        return createMissing;
    }

    @Override
    protected String describeOwn() {
        return "apiVersion=" + apiVersion + ", createMissing=" + createMissing;
    }

    /** Builds {@link AfterShipSettings}. Not thread-safe. */
    public static final class Builder extends ApiKeySettings.Builder<AfterShipSettings, Builder> {
        private String apiVersion = API_VERSION;
        private boolean createMissing = true;

        private Builder() {
            super(PRODUCTION);
        }

        private Builder(AfterShipSettings settings) {
            super(settings);
            apiVersion = settings.apiVersion;
            createMissing = settings.createMissing;
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

        @Override
        public AfterShipSettings build() {
            return new AfterShipSettings(this);
        }
    }
}
