package dev.waybill.carriers.fourpx;

import dev.waybill.carriers.adapter.KeylessSettings;
import okhttp3.HttpUrl;

/**
 * What {@link FourPxTracking} needs: the base URL, the {@code language} of 4PX's texts, how many
 * numbers go in one call, and the HTTP settings. The public tracking endpoint takes no key.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * FourPxTracking fourPx = FourPxTracking.of(FourPxSettings.builder().language("en-us").build());
 * }</pre>
 */
public final class FourPxSettings extends KeylessSettings {

    /** The public tracking host. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://track.4px.com/");
    /** Default {@code language} of the texts. */
    public static final String DEFAULT_LANGUAGE = "en-us";
    /**
     * Default numbers per call: a judgement, not a published limit (the endpoint is unofficial and
     * documents none); lower it if 4PX refuses long lists.
     */
    public static final int DEFAULT_BATCH = 10;

    private FourPxSettings(Builder builder) {
        super(builder);
    }

    /** A builder with the production URL, {@value #DEFAULT_LANGUAGE}, {@value #DEFAULT_BATCH} numbers per call. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link FourPxSettings}. Not thread-safe. */
    public static final class Builder extends KeylessSettings.Builder<FourPxSettings, Builder> {
        private Builder() {
            super(PRODUCTION, DEFAULT_LANGUAGE, DEFAULT_BATCH);
        }

        private Builder(FourPxSettings settings) {
            super(settings);
        }

        @Override
        public FourPxSettings build() {
            return new FourPxSettings(this);
        }
    }
}
