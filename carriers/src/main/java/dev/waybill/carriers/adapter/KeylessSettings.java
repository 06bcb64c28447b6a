package dev.waybill.carriers.adapter;

import dev.waybill.carrier.CarrierConfig;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Settings of an API that takes no key (the public tracking endpoints of the China-origin lines): the
 * base URL, the language of the carrier's texts, how many numbers go in one call, and the HTTP
 * settings. There is no secret to hold and nothing to check before tracking.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class KeylessSettings extends AdapterSettings {

    private final String language;
    private final int batch;

    /** Settings holding what {@code builder} was given. */
    protected KeylessSettings(Builder<?, ?> builder) {
        super(builder);
        language = builder.language;
        batch = builder.batch;
    }

    /** The language of the carrier's texts, as the API names it ({@code en-US}). */
    public String language() {
        return language;
    }

    /** Numbers per call. */
    public int batch() {
        return batch;
    }

    @Override
    protected List<String> secrets() {
        return List.of();
    }

    /** Nothing to check: the API takes no key. */
    @Override
    protected void requireCredentials(String adapter) {
        // a keyless API needs no credentials
    }

    @Override
    protected String describe() {
        return "language=" + language + ", batch=" + batch;
    }

    /**
     * Builds keyless settings, starting from the carrier's production URL, language and batch size.
     * Not thread-safe.
     *
     * @param <S> the settings built
     * @param <B> the concrete builder
     */
    public abstract static class Builder<S extends KeylessSettings, B extends Builder<S, B>>
            extends AdapterSettings.Builder<S, B> {
        private String language;
        private int batch;

        /** A builder with the carrier's production URL, default language and default batch size. */
        protected Builder(HttpUrl production, String language, int batch) {
            super(production);
            this.language = Objects.requireNonNull(language, "language");
            this.batch = batch;
        }

        /** A builder holding what {@code settings} hold. */
        protected Builder(KeylessSettings settings) {
            super(settings);
            language = settings.language;
            batch = settings.batch;
        }

        /** The language of the carrier's texts. */
        public B language(String language) {
            this.language = Objects.requireNonNull(language, "language").strip();
            return self();
        }

        /**
         * Numbers per call.
         *
         * @throws IllegalArgumentException if not between 1 and 100
         */
        public B batch(int batch) {
            if (batch < 1 || batch > 100) {
                throw new IllegalArgumentException("batch must be between 1 and 100, got " + batch);
            }
            this.batch = batch;
            return self();
        }

        /** Also takes {@code language} and {@code batch}. */
        @Override
        public B configure(CarrierConfig config) {
            config.value("language").ifPresent(this::language);
            config.value("batch").ifPresent(value -> {
                try {
                    batch(Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("batch must be a whole number, got '" + value + "'", e);
                }
            });
            return super.configure(config);
        }
    }
}
