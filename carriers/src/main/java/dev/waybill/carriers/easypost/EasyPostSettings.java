package dev.waybill.carriers.easypost;

import dev.waybill.carriers.adapter.VersionedApiKeySettings;
import dev.waybill.shipment.CountryCode;
import okhttp3.HttpUrl;

/**
 * What {@link EasyPostTracking} needs: the API key (sent as the Basic auth user name; test keys give
 * {@code mode: "test"} trackers), the base URL and API version, a default lane and the HTTP settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the key.
 *
 * <pre>{@code
 * EasyPostSettings settings = EasyPostSettings.builder().apiKey(System.getenv("EASYPOST_API_KEY")).build();
 * }</pre>
 */
public final class EasyPostSettings extends VersionedApiKeySettings {

    /** Production base URL; test and production are told apart by the key, not the host. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://api.easypost.com/");
    /** The API version; paths are {@code <version>/trackers}. */
    public static final String API_VERSION = "v2";
    /**
     * Last resort for a shipment whose body names no country at all; override with a default lane.
     * EasyPost's carriers are mostly US ones, whose scans often leave the country out.
     */
    public static final CountryCode HOME = CountryCode.of("US");

    private EasyPostSettings(Builder b) {
        super(b);
    }

    /** A builder with the production URL and default HTTP settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link EasyPostSettings}. Not thread-safe. */
    public static final class Builder extends VersionedApiKeySettings.Builder<EasyPostSettings, Builder> {
        private Builder() {
            super(PRODUCTION, API_VERSION);
        }

        private Builder(EasyPostSettings settings) {
            super(settings);
        }

        @Override
        public EasyPostSettings build() {
            return new EasyPostSettings(this);
        }
    }
}
