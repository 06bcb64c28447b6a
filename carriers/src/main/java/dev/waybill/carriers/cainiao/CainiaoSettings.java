package dev.waybill.carriers.cainiao;

import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carriers.adapter.AdapterSettings;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * What {@link CainiaoTracking} needs: the base URL, the language of Cainiao's texts, how many numbers
 * go in one call, and the HTTP settings. The public tracking endpoint takes no key, so there is no
 * secret to hold.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CainiaoTracking cainiao = CainiaoTracking.of(CainiaoSettings.builder().language("en-US").build());
 * }</pre>
 */
public final class CainiaoSettings extends AdapterSettings {

    /** The public tracking host. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://global.cainiao.com/");
    /** Default {@code lang} of the texts. */
    public static final String DEFAULT_LANGUAGE = "en-US";
    /**
     * Default numbers per call: a judgement, not a published limit (the endpoint is unofficial and
     * documents none); lower it if Cainiao refuses long lists.
     */
    public static final int DEFAULT_BATCH = 10;

    private final String language;
    private final int batch;

    private CainiaoSettings(Builder b) {
        super(b);
        language = b.language;
        batch = b.batch;
    }

    /** A builder with the production URL and default HTTP settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The {@code lang} query parameter ({@code en-US}). */
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

    /** Nothing to check: the endpoint takes no key. */
    @Override
    protected void requireCredentials(String adapter) {
        // the public endpoint needs no credentials
    }

    @Override
    protected String describe() {
        return "lang=" + language + ", batch=" + batch;
    }

    /** Builds {@link CainiaoSettings}. Not thread-safe. */
    public static final class Builder extends AdapterSettings.Builder<CainiaoSettings, Builder> {
        private String language = DEFAULT_LANGUAGE;
        private int batch = DEFAULT_BATCH;

        private Builder() {
            super(PRODUCTION);
        }

        private Builder(CainiaoSettings settings) {
            super(settings);
            language = settings.language;
            batch = settings.batch;
        }

        /** The {@code lang} of the texts; default {@value #DEFAULT_LANGUAGE}. */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language").strip();
            return this;
        }

        /**
         * Numbers per call; default {@value #DEFAULT_BATCH}.
         *
         * @throws IllegalArgumentException if not between 1 and 100
         */
        public Builder batch(int batch) {
            if (batch < 1 || batch > 100) {
                throw new IllegalArgumentException("batch must be between 1 and 100, got " + batch);
            }
            this.batch = batch;
            return this;
        }

        /** Also takes {@code lang} and {@code batch}. */
        @Override
        public Builder configure(CarrierConfig config) {
            config.value("lang").ifPresent(this::language);
            config.value("batch").ifPresent(value -> {
                try {
                    batch(Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("batch must be a whole number, got '" + value + "'", e);
                }
            });
            return super.configure(config);
        }

        @Override
        public CainiaoSettings build() {
            return new CainiaoSettings(this);
        }
    }
}
