package dev.waybill.carriers.seventeentrack;

import dev.waybill.carriers.adapter.VersionedApiKeySettings;
import dev.waybill.shipment.CountryCode;
import okhttp3.HttpUrl;

/**
 * What {@link SeventeenTrackTracking} needs: the {@code 17token} access key (also the key
 * webhook signatures are made with), the base URL and API version, a default lane and the HTTP settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the key.
 *
 * <pre>{@code
 * SeventeenTrackSettings settings = SeventeenTrackSettings.builder().apiKey(System.getenv("SEVENTEENTRACK_KEY")).build();
 * }</pre>
 */
public final class SeventeenTrackSettings extends VersionedApiKeySettings {

    /** Production base URL; 17TRACK has no sandbox, only a free test quota. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://api.17track.net/");
    /** The current API version; paths are {@code track/<version>/<endpoint>}. */
    public static final String API_VERSION = "v2.4";
    /**
     * Last resort for a shipment whose body names no country at all (a {@code TRACKING_STOPPED}
     * webhook); override with a default lane. 17TRACK serves mostly China-origin parcels.
     */
    public static final CountryCode HOME = CountryCode.of("CN");

    private SeventeenTrackSettings(Builder b) {
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

    /** Builds {@link SeventeenTrackSettings}. Not thread-safe. */
    public static final class Builder extends VersionedApiKeySettings.Builder<SeventeenTrackSettings, Builder> {
        private Builder() {
            super(PRODUCTION, API_VERSION);
        }

        private Builder(SeventeenTrackSettings settings) {
            super(settings);
        }

        @Override
        public SeventeenTrackSettings build() {
            return new SeventeenTrackSettings(this);
        }
    }
}
