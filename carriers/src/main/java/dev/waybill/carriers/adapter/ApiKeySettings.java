package dev.waybill.carriers.adapter;

import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.MissingCredentialsException;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * {@link AdapterSettings} for an API that authenticates with one key. The key is needed only to
 * track; parsing bodies and checking webhooks work without it. {@link #toString()} shows
 * {@code apiKey=██} (or {@code none}), never the key.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class ApiKeySettings extends AdapterSettings {

    private final String apiKey;

    /** Settings holding what {@code builder} was given. */
    protected ApiKeySettings(Builder<?, ?> builder) {
        super(builder);
        apiKey = builder.apiKey;
    }

    /** The API key (stripped); empty when only parsing and webhook checks are needed. */
    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    @Override
    protected final List<String> secrets() {
        return apiKey == null ? List.of() : List.of(apiKey);
    }

    /** Throws when there is no key: {@code "DhlTracking has no API key: set DhlSettings.apiKey to track"}. */
    @Override
    protected final void requireCredentials(String adapter) {
        if (apiKey == null) {
            throw new MissingCredentialsException(adapter + " has no API key: set " + getClass().getSimpleName()
                    + ".apiKey to track", List.of("apiKey"));
        }
    }

    @Override
    protected final String describe() {
        return "apiKey=" + redacted(apiKey) + ", " + describeOwn();
    }

    /** The carrier's own settings as {@code name=value} pairs for {@link #toString()}; no secret. */
    protected abstract String describeOwn();

    /**
     * Builds settings with an API key. Not thread-safe.
     *
     * @param <S> the settings built
     * @param <B> the concrete builder, which every setter answers
     */
    public abstract static class Builder<S extends ApiKeySettings, B extends Builder<S, B>>
            extends AdapterSettings.Builder<S, B> {
        private String apiKey;

        /** A builder with no key, whose base URL is {@code production}. */
        protected Builder(HttpUrl production) {
            super(production);
        }

        /** A builder holding what {@code settings} hold. */
        protected Builder(ApiKeySettings settings) {
            super(settings);
            apiKey = settings.apiKey;
        }

        /** The API key; blank counts as none. */
        public B apiKey(String apiKey) {
            this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
            return self();
        }

        /** Also takes {@code apiKey}. */
        @Override
        public B configure(CarrierConfig config) {
            config.value("apiKey").ifPresent(this::apiKey);
            return super.configure(config);
        }
    }
}
