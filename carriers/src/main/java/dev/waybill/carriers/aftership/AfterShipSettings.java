package dev.waybill.carriers.aftership;

import dev.waybill.carriers.adapter.VersionedApiKeySettings;
import dev.waybill.shipment.CountryCode;
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
public final class AfterShipSettings extends VersionedApiKeySettings {

    /** Production base URL; AfterShip has no separate sandbox host. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://api.aftership.com/");
    /** The newest Tracking API version (released 2026-07-09); paths are {@code tracking/<version>/...}. */
    public static final String API_VERSION = "2026-07";
    /** Last resort for a shipment whose body names no country at all; override with a default lane. */
    public static final CountryCode HOME = CountryCode.of("US");

    private final boolean createMissing;

    private AfterShipSettings(Builder b) {
        super(b);
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

    /** Whether tracking a number AfterShip does not hold creates it there ({@code POST /trackings}). */
    public boolean createMissing() {
        return createMissing;
    }

    @Override
    protected String describeOwn() {
        return super.describeOwn() + ", createMissing=" + createMissing;
    }

    /** Builds {@link AfterShipSettings}. Not thread-safe. */
    public static final class Builder extends VersionedApiKeySettings.Builder<AfterShipSettings, Builder> {
        private boolean createMissing = true;

        private Builder() {
            super(PRODUCTION, API_VERSION);
        }

        private Builder(AfterShipSettings settings) {
            super(settings);
            createMissing = settings.createMissing;
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
