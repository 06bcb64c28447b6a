package dev.waybill.carriers.fedex;

import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carriers.adapter.OAuth2Settings;
import dev.waybill.shipment.CountryCode;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * What {@link FedexTracking} needs: the API key and secret key of a FedEx developer project (the
 * OAuth2 client id and secret), the base URL (production or sandbox), the {@code x-locale} of
 * FedEx's texts and the HTTP settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the id or secret.
 *
 * <pre>{@code
 * FedexSettings settings = FedexSettings.builder().clientId(System.getenv("WAYBILL_FEDEX_CLIENT_ID"))
 *         .clientSecret(System.getenv("WAYBILL_FEDEX_CLIENT_SECRET")).build();
 * }</pre>
 */
public final class FedexSettings extends OAuth2Settings {

    /** Production host. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://apis.fedex.com/");
    /** Sandbox host. */
    public static final HttpUrl SANDBOX = HttpUrl.get("https://apis-sandbox.fedex.com/");
    /** Last resort for a shipment whose body names no country at all; override with a default lane. */
    public static final CountryCode HOME = CountryCode.of("US");
    /** Default {@code x-locale}. */
    public static final String DEFAULT_LOCALE = "en_US";

    private final String locale;

    private FedexSettings(Builder b) {
        super(b);
        locale = b.locale;
    }

    /** A builder with the production URL and default HTTP settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The {@code x-locale} header ({@code en_US}). */
    public String locale() {
        return locale;
    }

    @Override
    public String tokenPath() {
        return "oauth/token";
    }

    @Override
    public ClientAuthentication clientAuthentication() {
        return ClientAuthentication.FORM;
    }

    @Override
    protected String describeOwn() {
        return "locale=" + locale;
    }

    /** Builds {@link FedexSettings}. Not thread-safe. */
    public static final class Builder extends OAuth2Settings.Builder<FedexSettings, Builder> {
        private String locale = DEFAULT_LOCALE;

        private Builder() {
            super(PRODUCTION);
        }

        private Builder(FedexSettings settings) {
            super(settings);
            locale = settings.locale;
        }

        /** The {@code x-locale} header; default {@value #DEFAULT_LOCALE}. */
        public Builder locale(String locale) {
            this.locale = Objects.requireNonNull(locale, "locale").strip();
            return this;
        }

        /** Also takes {@code locale}. */
        @Override
        public Builder configure(CarrierConfig config) {
            config.value("locale").ifPresent(this::locale);
            return super.configure(config);
        }

        @Override
        public FedexSettings build() {
            return new FedexSettings(this);
        }
    }
}
