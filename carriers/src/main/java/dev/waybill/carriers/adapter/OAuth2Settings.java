package dev.waybill.carriers.adapter;

import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.MissingCredentialsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * {@link AdapterSettings} for an API that authenticates with OAuth2 client credentials (UPS, FedEx):
 * a client id and secret, exchanged for a bearer token at the carrier's token path. The adapter's
 * HTTP layer fetches the token on first use, caches it until shortly before it expires, shares one
 * fetch among concurrent calls and refreshes it once on a 401. {@link #toString()} shows
 * {@code clientId=██, clientSecret=██} (or {@code none}), never the values.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class OAuth2Settings extends AdapterSettings {

    /** How the client proves itself to the token endpoint. */
    public enum ClientAuthentication {
        /** {@code Authorization: Basic base64(id:secret)} (RFC 6749 {@code client_secret_basic}; UPS). */
        BASIC,
        /** {@code client_id} and {@code client_secret} in the form body ({@code client_secret_post}; FedEx). */
        FORM
    }

    private final String clientId;
    private final String clientSecret;

    /** Settings holding what {@code builder} was given. */
    protected OAuth2Settings(Builder<?, ?> builder) {
        super(builder);
        clientId = builder.clientId;
        clientSecret = builder.clientSecret;
    }

    /** The OAuth2 client id; empty when only parsing is needed. */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** The OAuth2 client secret; empty when only parsing is needed. */
    public Optional<String> clientSecret() {
        return Optional.ofNullable(clientSecret);
    }

    /** The token endpoint's path, resolved against {@link #baseUrl()} ({@code security/v1/oauth/token}). */
    public abstract String tokenPath();

    /** How the client authenticates to the token endpoint. */
    public abstract ClientAuthentication clientAuthentication();

    /** The token endpoint: {@link #tokenPath()} under {@link #baseUrl()}. */
    public final HttpUrl tokenUrl() {
        return baseUrl().newBuilder().addPathSegments(tokenPath()).build();
    }

    @Override
    protected final List<String> secrets() {
        List<String> secrets = new ArrayList<>(2);
        if (clientId != null) {
            secrets.add(clientId);
        }
        if (clientSecret != null) {
            secrets.add(clientSecret);
        }
        return secrets;
    }

    /**
     * Throws when the id or secret is missing, naming both settings ({@code clientId}, {@code clientSecret})
     * for a host to turn into its own terms ({@code waybill track}: variable names).
     */
    @Override
    protected final void requireCredentials(String adapter) {
        if (clientId == null || clientSecret == null) {
            throw new MissingCredentialsException(adapter + " has no clientId/clientSecret: set "
                    + getClass().getSimpleName() + ".clientId and .clientSecret (its OAuth2 client credentials) to track",
                    List.of("clientId", "clientSecret"));
        }
    }

    @Override
    protected final String describe() {
        return "clientId=" + redacted(clientId) + ", clientSecret=" + redacted(clientSecret) + ", " + describeOwn();
    }

    /** The carrier's own settings as {@code name=value} pairs for {@link #toString()}; no secret. */
    protected abstract String describeOwn();

    /**
     * Builds settings with OAuth2 client credentials. Not thread-safe.
     *
     * @param <S> the settings built
     * @param <B> the concrete builder, which every setter answers
     */
    public abstract static class Builder<S extends OAuth2Settings, B extends Builder<S, B>>
            extends AdapterSettings.Builder<S, B> {
        private String clientId;
        private String clientSecret;

        /** A builder with no credentials, whose base URL is {@code production}. */
        protected Builder(HttpUrl production) {
            super(production);
        }

        /** A builder holding what {@code settings} hold. */
        protected Builder(OAuth2Settings settings) {
            super(settings);
            clientId = settings.clientId;
            clientSecret = settings.clientSecret;
        }

        /** The client id; blank counts as none. */
        public B clientId(String clientId) {
            this.clientId = clientId == null || clientId.isBlank() ? null : clientId.strip();
            return self();
        }

        /** The client secret; blank counts as none. */
        public B clientSecret(String clientSecret) {
            this.clientSecret = clientSecret == null || clientSecret.isBlank() ? null : clientSecret.strip();
            return self();
        }

        /** Also takes {@code clientId} and {@code clientSecret}. */
        @Override
        public B configure(CarrierConfig config) {
            config.value("clientId").ifPresent(this::clientId);
            config.value("clientSecret").ifPresent(this::clientSecret);
            return super.configure(config);
        }
    }
}
