package dev.waybill.carriers.usps;

import dev.waybill.carriers.adapter.OAuth2Settings;
import dev.waybill.shipment.CountryCode;
import okhttp3.HttpUrl;

/**
 * What {@link UspsTracking} needs: the consumer key and secret of a USPS developer app (the OAuth2
 * client id and secret), the base URL (production or the test environment, TEM) and the HTTP
 * settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the id or secret.
 *
 * <pre>{@code
 * UspsSettings settings = UspsSettings.builder().clientId(System.getenv("WAYBILL_USPS_CLIENT_ID"))
 *         .clientSecret(System.getenv("WAYBILL_USPS_CLIENT_SECRET")).build();
 * }</pre>
 */
public final class UspsSettings extends OAuth2Settings {

    /** Production host; tracking lives under {@code tracking/v3/}, the token endpoint under {@code oauth2/v3/}. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://apis.usps.com/");
    /** USPS's testing environment (TEM). */
    public static final HttpUrl TEST = HttpUrl.get("https://apis-tem.usps.com/");
    /** Last resort for a shipment whose body names no country at all; override with a default lane. */
    public static final CountryCode HOME = CountryCode.of("US");

    private UspsSettings(Builder b) {
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

    @Override
    public String tokenPath() {
        return "oauth2/v3/token";
    }

    /** USPS takes the client id and secret in the form body. */
    @Override
    public ClientAuthentication clientAuthentication() {
        return ClientAuthentication.FORM;
    }

    @Override
    protected String describeOwn() {
        return "tokenPath=" + tokenPath();
    }

    /** Builds {@link UspsSettings}. Not thread-safe. */
    public static final class Builder extends OAuth2Settings.Builder<UspsSettings, Builder> {

        private Builder() {
            super(PRODUCTION);
        }

        private Builder(UspsSettings settings) {
            super(settings);
        }

        @Override
        public UspsSettings build() {
            return new UspsSettings(this);
        }
    }
}
