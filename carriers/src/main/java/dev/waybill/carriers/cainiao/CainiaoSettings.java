package dev.waybill.carriers.cainiao;

import dev.waybill.carriers.adapter.KeylessSettings;
import okhttp3.HttpUrl;

/**
 * What {@link CainiaoTracking} needs: the base URL, the {@code lang} of Cainiao's texts, how many
 * numbers go in one call, and the HTTP settings. The public tracking endpoint takes no key.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CainiaoTracking cainiao = CainiaoTracking.of(CainiaoSettings.builder().language("en-US").build());
 * }</pre>
 */
public final class CainiaoSettings extends KeylessSettings {

    /** The public tracking host. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://global.cainiao.com/");
    /** Default {@code lang} of the texts. */
    public static final String DEFAULT_LANGUAGE = "en-US";
    /**
     * Default numbers per call: a judgement, not a published limit (the endpoint is unofficial and
     * documents none); lower it if Cainiao refuses long lists.
     */
    public static final int DEFAULT_BATCH = 10;

    private CainiaoSettings(Builder builder) {
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

    /** Builds {@link CainiaoSettings}. Not thread-safe. */
    public static final class Builder extends KeylessSettings.Builder<CainiaoSettings, Builder> {
        private Builder() {
            super(PRODUCTION, DEFAULT_LANGUAGE, DEFAULT_BATCH);
        }

        private Builder(CainiaoSettings settings) {
            super(settings);
        }

        @Override
        public CainiaoSettings build() {
            return new CainiaoSettings(this);
        }
    }
}
