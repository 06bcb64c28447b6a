package dev.waybill.carriers.postnl;

import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carriers.adapter.ApiKeySettings;
import dev.waybill.shipment.CountryCode;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * What {@link PostNlTracking} needs: the {@code apikey} of a PostNL developer account, the base URL
 * (production or sandbox), the {@code language} of PostNL's texts and the HTTP settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the key.
 *
 * <pre>{@code
 * PostNlSettings settings = PostNlSettings.builder().apiKey(System.getenv("WAYBILL_POSTNL_API_KEY")).build();
 * }</pre>
 */
public final class PostNlSettings extends ApiKeySettings {

    /** Production host; the status service lives under {@code shipment/v2/status/}. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://api.postnl.nl/");
    /** PostNL's sandbox host. */
    public static final HttpUrl SANDBOX = HttpUrl.get("https://api-sandbox.postnl.nl/");
    /** Last resort for a shipment whose body names no country at all; override with a default lane. */
    public static final CountryCode HOME = CountryCode.of("NL");
    /** Default {@code language} of the texts: English (PostNL also answers NL, DE, FR, CN). */
    public static final String DEFAULT_LANGUAGE = "EN";

    private final String language;

    private PostNlSettings(Builder b) {
        super(b);
        language = b.language;
    }

    /** A builder with the production URL and default HTTP settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The {@code language} query parameter ({@code EN}). */
    public String language() {
        return language;
    }

    @Override
    protected String describeOwn() {
        return "language=" + language;
    }

    /** Builds {@link PostNlSettings}. Not thread-safe. */
    public static final class Builder extends ApiKeySettings.Builder<PostNlSettings, Builder> {
        private String language = DEFAULT_LANGUAGE;

        private Builder() {
            super(PRODUCTION);
        }

        private Builder(PostNlSettings settings) {
            super(settings);
            language = settings.language;
        }

        /** The {@code language} of the texts; default {@value #DEFAULT_LANGUAGE}. */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language").strip().toUpperCase(Locale.ROOT);
            return this;
        }

        /** Also takes {@code language}. */
        @Override
        public Builder configure(CarrierConfig config) {
            config.value("language").ifPresent(this::language);
            return super.configure(config);
        }

        @Override
        public PostNlSettings build() {
            return new PostNlSettings(this);
        }
    }
}
