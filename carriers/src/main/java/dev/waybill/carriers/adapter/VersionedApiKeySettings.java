package dev.waybill.carriers.adapter;

import dev.waybill.carrier.CarrierConfig;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * {@link ApiKeySettings} for an API whose paths carry a version segment (EasyPost's {@code v2},
 * 17TRACK's {@code v2.4}, AfterShip's {@code 2026-07}); the carrier's settings name the default.
 * {@link #toString()} shows {@code apiVersion=...} after the key.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class VersionedApiKeySettings extends ApiKeySettings {

    private final String apiVersion;

    /** Settings holding what {@code builder} was given. */
    protected VersionedApiKeySettings(Builder<?, ?> builder) {
        super(builder);
        apiVersion = builder.apiVersion;
    }

    /** The API version in the path. */
    public String apiVersion() {
        return apiVersion;
    }

    /** {@code apiVersion=...}; a subclass with more settings of its own appends them. */
    @Override
    protected String describeOwn() {
        return "apiVersion=" + apiVersion;
    }

    /**
     * Builds settings with an API key and an API version. Not thread-safe.
     *
     * @param <S> the settings built
     * @param <B> the concrete builder, which every setter answers
     */
    public abstract static class Builder<S extends VersionedApiKeySettings, B extends Builder<S, B>>
            extends ApiKeySettings.Builder<S, B> {
        private String apiVersion;

        /** A builder with no key, whose base URL is {@code production} and API version {@code version}. */
        protected Builder(HttpUrl production, String version) {
            super(production);
            apiVersion = Objects.requireNonNull(version, "version");
        }

        /** A builder holding what {@code settings} hold. */
        protected Builder(VersionedApiKeySettings settings) {
            super(settings);
            apiVersion = settings.apiVersion;
        }

        /** The API version; default the carrier's {@code API_VERSION}. */
        public B apiVersion(String apiVersion) {
            this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion").strip();
            return self();
        }

        /** Also takes {@code apiKey} and {@code apiVersion}. */
        @Override
        public B configure(CarrierConfig config) {
            config.value("apiVersion").ifPresent(this::apiVersion);
            return super.configure(config);
        }
    }
}
