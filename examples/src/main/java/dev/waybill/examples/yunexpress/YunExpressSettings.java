package dev.waybill.examples.yunexpress;

import dev.waybill.carrier.MissingCredentialsException;
import dev.waybill.carriers.adapter.AdapterSettings;
import dev.waybill.shipment.CountryCode;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * What {@link YunExpressTracking} needs: the Open Platform credentials ({@code appId},
 * {@code appSecret}, {@code sourceKey}), the base URL, a default lane and the HTTP settings (whose
 * clock also stamps the signed {@code date} header and times the access token).
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the secret.
 */
public final class YunExpressSettings extends AdapterSettings {

    /** The Open Platform host. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://openapi.yunexpress.cn/");
    /** Last resort for a shipment whose body names no country; YunExpress ships from China. */
    public static final CountryCode HOME = CountryCode.of("CN");

    private final String appId;
    private final String appSecret;
    private final String sourceKey;

    private YunExpressSettings(Builder b) {
        super(b);
        appId = b.appId;
        appSecret = b.appSecret;
        sourceKey = b.sourceKey;
    }

    /** A builder with the production URL and default HTTP settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The application id; null when only parsing is needed. */
    public String appId() {
        return appId;
    }

    /** The application secret, which signs requests; null when only parsing is needed. */
    public String appSecret() {
        return appSecret;
    }

    /** The source key YunExpress issues with the application; may be null. */
    public String sourceKey() {
        return sourceKey;
    }

    @Override
    protected List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        if (appSecret != null) {
            secrets.add(appSecret);
        }
        if (sourceKey != null) {
            secrets.add(sourceKey);
        }
        return secrets;
    }

    @Override
    protected void requireCredentials(String adapter) {
        if (appId == null || appSecret == null) {
            throw new MissingCredentialsException(adapter + " has no appId/appSecret: set them to track",
                    List.of("appId", "appSecret"));
        }
    }

    @Override
    protected String describe() {
        return "appId=" + appId + ", appSecret=" + redacted(appSecret);
    }

    /** Builds {@link YunExpressSettings}. Not thread-safe. */
    public static final class Builder extends AdapterSettings.Builder<YunExpressSettings, Builder> {
        private String appId;
        private String appSecret;
        private String sourceKey;

        private Builder() {
            super(PRODUCTION);
        }

        private Builder(YunExpressSettings settings) {
            super(settings);
            appId = settings.appId;
            appSecret = settings.appSecret;
            sourceKey = settings.sourceKey;
        }

        /** The application id. */
        public Builder appId(String appId) {
            this.appId = blankToNull(appId);
            return this;
        }

        /** The application secret. */
        public Builder appSecret(String appSecret) {
            this.appSecret = blankToNull(appSecret);
            return this;
        }

        /** The source key. */
        public Builder sourceKey(String sourceKey) {
            this.sourceKey = blankToNull(sourceKey);
            return this;
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
