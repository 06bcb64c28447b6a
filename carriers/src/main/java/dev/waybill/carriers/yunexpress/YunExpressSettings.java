package dev.waybill.carriers.yunexpress;

import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carrier.MissingCredentialsException;
import dev.waybill.carriers.adapter.AdapterSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * What {@link YunExpressTracking} needs: the customer code and API secret of a YunExpress OMS account
 * (sent as HTTP Basic {@code base64(customerCode&apiSecret)}, {@link YunExpressCredentials}), the base URL
 * and the HTTP settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the secret.
 *
 * <pre>{@code
 * YunExpressSettings settings = YunExpressSettings.builder()
 *         .customerCode(System.getenv("WAYBILL_YUNEXPRESS_CUSTOMER_CODE"))
 *         .apiSecret(System.getenv("WAYBILL_YUNEXPRESS_API_SECRET")).build();
 * }</pre>
 */
public final class YunExpressSettings extends AdapterSettings {

    /**
     * The OMS API host, as the open-source clients that call it name it (plain HTTP: set an HTTPS
     * proxy or URL with {@code baseUrl} where YunExpress gives one to the account).
     */
    public static final HttpUrl PRODUCTION = HttpUrl.get("http://oms.api.yunexpress.com/");

    private final String customerCode;
    private final String apiSecret;

    private YunExpressSettings(Builder builder) {
        super(builder);
        customerCode = builder.customerCode;
        apiSecret = builder.apiSecret;
    }

    /** A builder with the production URL and no credentials. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The customer code of the account; empty when only parsing is needed. */
    public Optional<String> customerCode() {
        return Optional.ofNullable(customerCode);
    }

    /** The API secret of the account; empty when only parsing is needed. */
    public Optional<String> apiSecret() {
        return Optional.ofNullable(apiSecret);
    }

    /** The secret and the Basic credential made from it: neither may reach a message or a log line. */
    @Override
    protected List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        if (apiSecret != null) {
            secrets.add(apiSecret);
            if (customerCode != null) {
                secrets.add(YunExpressCredentials.token(customerCode, apiSecret));
            }
        }
        return secrets;
    }

    /** Throws {@code "YunExpressTracking has no customerCode/apiSecret: set them to track"} without both. */
    @Override
    protected void requireCredentials(String adapter) {
        if (customerCode == null || apiSecret == null) {
            throw new MissingCredentialsException(adapter + " has no customerCode/apiSecret: set them to track",
                    List.of("customerCode", "apiSecret"));
        }
    }

    @Override
    protected String describe() {
        return "customerCode=" + customerCode + ", apiSecret=" + redacted(apiSecret);
    }

    /** Builds {@link YunExpressSettings}. Not thread-safe. */
    public static final class Builder extends AdapterSettings.Builder<YunExpressSettings, Builder> {
        private String customerCode;
        private String apiSecret;

        private Builder() {
            super(PRODUCTION);
        }

        private Builder(YunExpressSettings settings) {
            super(settings);
            customerCode = settings.customerCode;
            apiSecret = settings.apiSecret;
        }

        /** The customer code; blank counts as none. */
        public Builder customerCode(String customerCode) {
            this.customerCode = blankToNull(customerCode);
            return this;
        }

        /** The API secret; blank counts as none. */
        public Builder apiSecret(String apiSecret) {
            this.apiSecret = blankToNull(apiSecret);
            return this;
        }

        /** Also takes {@code customerCode} and {@code apiSecret}. */
        @Override
        public Builder configure(CarrierConfig config) {
            config.value("customerCode").ifPresent(this::customerCode);
            config.value("apiSecret").ifPresent(this::apiSecret);
            return super.configure(config);
        }

        @Override
        public YunExpressSettings build() {
            return new YunExpressSettings(this);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
