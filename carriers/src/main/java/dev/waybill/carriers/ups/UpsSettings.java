package dev.waybill.carriers.ups;

import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carriers.adapter.OAuth2Settings;
import dev.waybill.shipment.CountryCode;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * What {@link UpsTracking} needs: the OAuth2 client id and secret of a UPS developer app, the base
 * URL (production or the CIE test host), the {@code transactionSrc} header value, the locale of
 * UPS's texts and the HTTP settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the id or secret.
 *
 * <pre>{@code
 * UpsSettings settings = UpsSettings.builder().clientId(System.getenv("WAYBILL_UPS_CLIENT_ID"))
 *         .clientSecret(System.getenv("WAYBILL_UPS_CLIENT_SECRET")).build();
 * }</pre>
 */
public final class UpsSettings extends OAuth2Settings {

    /** Production host; the API lives under {@code api/}, the token endpoint under {@code security/}. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://onlinetools.ups.com/");
    /** UPS's customer integration environment (CIE). */
    public static final HttpUrl TEST = HttpUrl.get("https://wwwcie.ups.com/");
    /** Last resort for a shipment whose body names no country at all; override with a default lane. */
    public static final CountryCode HOME = CountryCode.of("US");
    /** Default {@code transactionSrc} header: who is calling. */
    public static final String DEFAULT_TRANSACTION_SOURCE = "waybill";
    /** Default {@code locale} of the texts. */
    public static final String DEFAULT_LOCALE = "en_US";

    private final String transactionSource;
    private final String locale;

    private UpsSettings(Builder b) {
        super(b);
        transactionSource = b.transactionSource;
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

    /** The {@code transactionSrc} header value. */
    public String transactionSource() {
        return transactionSource;
    }

    /** The {@code locale} query parameter ({@code en_US}). */
    public String locale() {
        return locale;
    }

    @Override
    public String tokenPath() {
        return "security/v1/oauth/token";
    }

    @Override
    public ClientAuthentication clientAuthentication() {
        return ClientAuthentication.BASIC;
    }

    @Override
    protected String describeOwn() {
        return "transactionSrc=" + transactionSource + ", locale=" + locale;
    }

    /** Builds {@link UpsSettings}. Not thread-safe. */
    public static final class Builder extends OAuth2Settings.Builder<UpsSettings, Builder> {
        private String transactionSource = DEFAULT_TRANSACTION_SOURCE;
        private String locale = DEFAULT_LOCALE;

        private Builder() {
            super(PRODUCTION);
        }

        private Builder(UpsSettings settings) {
            super(settings);
            transactionSource = settings.transactionSource;
            locale = settings.locale;
        }

        /** The {@code transactionSrc} header value; default {@value #DEFAULT_TRANSACTION_SOURCE}. */
        public Builder transactionSource(String transactionSource) {
            this.transactionSource = Objects.requireNonNull(transactionSource, "transactionSource").strip();
            return this;
        }

        /** The {@code locale} of the texts; default {@value #DEFAULT_LOCALE}. */
        public Builder locale(String locale) {
            this.locale = Objects.requireNonNull(locale, "locale").strip();
            return this;
        }

        /** Also takes {@code transactionSrc} and {@code locale}. */
        @Override
        public Builder configure(CarrierConfig config) {
            config.value("transactionSrc").ifPresent(this::transactionSource);
            config.value("locale").ifPresent(this::locale);
            return super.configure(config);
        }

        @Override
        public UpsSettings build() {
            return new UpsSettings(this);
        }
    }
}
