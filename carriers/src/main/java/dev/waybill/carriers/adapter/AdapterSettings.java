package dev.waybill.carriers.adapter;

import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carriers.http.HttpSettings;
import dev.waybill.shipment.CountryCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * What every adapter's settings hold: the base URL, the default lane used when a body names no
 * country, and the {@link HttpSettings}. A carrier's settings extend this (or {@link ApiKeySettings})
 * with what is their own, say which of it is secret and what tracking needs, and their builder
 * extends {@link Builder}. {@link HttpCarrierAdapter} reads them.
 *
 * <p>Immutable and thread-safe. {@link #toString()} reads
 * {@code XxxSettings{baseUrl=..., <describe()>, HttpSettings{...}}}; {@link #describe()} never shows
 * a secret.
 */
public abstract class AdapterSettings {

    private final HttpUrl baseUrl;
    private final CountryCode defaultOrigin;
    private final CountryCode defaultDestination;
    private final HttpSettings http;

    /** Settings holding what {@code builder} was given. */
    protected AdapterSettings(Builder<?, ?> builder) {
        baseUrl = builder.baseUrl;
        defaultOrigin = builder.defaultOrigin;
        defaultDestination = builder.defaultDestination;
        http = builder.http;
    }

    /** The base URL the API's paths are resolved against. */
    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /** The origin used when a body names none; empty when none is configured. */
    public Optional<CountryCode> defaultOrigin() {
        return Optional.ofNullable(defaultOrigin);
    }

    /** The destination used when a body names none; empty when none is configured. */
    public Optional<CountryCode> defaultDestination() {
        return Optional.ofNullable(defaultDestination);
    }

    /** The HTTP settings. */
    public HttpSettings http() {
        return http;
    }

    /**
     * The keys and secrets these settings hold, which the adapter's
     * {@link dev.waybill.carriers.internal.CarrierHttp} blanks out of messages and log lines.
     */
    protected abstract List<String> secrets();

    /**
     * Checks that the credentials tracking needs are present.
     *
     * @param adapter the adapter's class name, for the message
     * @throws dev.waybill.carrier.MissingCredentialsException naming what to set when they are not
     */
    protected abstract void requireCredentials(String adapter);

    /**
     * The settings of the subclass as {@code name=value} pairs for {@link #toString()}, with every
     * secret shown through {@link #redacted(String)}.
     */
    protected abstract String describe();

    /** How {@link #toString()} shows a secret: {@code none} when unset, else a mask. */
    protected static String redacted(String secret) {
        return secret == null ? "none" : "██";
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "{baseUrl=" + baseUrl + ", " + describe() + ", " + http + "}";
    }

    /**
     * Builds a carrier's settings: the base URL (starting at the carrier's production URL), the
     * default lane and the HTTP settings. Not thread-safe.
     *
     * @param <S> the settings built
     * @param <B> the concrete builder, which every setter answers
     */
    public abstract static class Builder<S extends AdapterSettings, B extends Builder<S, B>> {
        private HttpUrl baseUrl;
        private CountryCode defaultOrigin;
        private CountryCode defaultDestination;
        private HttpSettings http = HttpSettings.defaults();

        /** A builder whose base URL is {@code production} and whose HTTP settings are the defaults. */
        protected Builder(HttpUrl production) {
            this.baseUrl = Objects.requireNonNull(production, "production");
        }

        /** A builder holding what {@code settings} hold. */
        protected Builder(AdapterSettings settings) {
            baseUrl = settings.baseUrl;
            defaultOrigin = settings.defaultOrigin;
            defaultDestination = settings.defaultDestination;
            http = settings.http;
        }

        /** The base URL; default the carrier's {@code PRODUCTION}. */
        public B baseUrl(HttpUrl baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return self();
        }

        /** The base URL as text. */
        public B baseUrl(String baseUrl) {
            return baseUrl(HttpUrl.get(baseUrl));
        }

        /** The origin used when a body names none; null for none. */
        public B defaultOrigin(CountryCode defaultOrigin) {
            this.defaultOrigin = defaultOrigin;
            return self();
        }

        /** The destination used when a body names none; null for none. */
        public B defaultDestination(CountryCode defaultDestination) {
            this.defaultDestination = defaultDestination;
            return self();
        }

        /** The HTTP settings. */
        public B http(HttpSettings http) {
            this.http = Objects.requireNonNull(http, "http");
            return self();
        }

        /**
         * Takes the values {@code config} holds of {@code baseUrl}, {@code defaultOrigin} and
         * {@code defaultDestination}, and of what a subclass's settings add (an API key, a version);
         * a carrier's provider reads its own values on top.
         *
         * @throws IllegalArgumentException if the URL or a country code does not read
         */
        public B configure(CarrierConfig config) {
            config.value("baseUrl").ifPresent(this::baseUrl);
            config.value("defaultOrigin").map(CountryCode::parse).ifPresent(this::defaultOrigin);
            config.value("defaultDestination").map(CountryCode::parse).ifPresent(this::defaultDestination);
            return self();
        }

        /** The settings. */
        public abstract S build();

        /** This builder as its concrete type; {@code B} is always the class that extends this one. */
        @SuppressWarnings("unchecked")
        protected final B self() {
            return (B) this;
        }
    }
}
