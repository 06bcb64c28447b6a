package dev.waybill.carriers.dhl;

import dev.waybill.carriers.adapter.ApiKeySettings;
import dev.waybill.shipment.CountryCode;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * What {@link DhlTracking} needs: the {@code DHL-API-Key} (the portal's consumer key; the consumer
 * secret is not used by this API), the base URL, optional request hints, the push token header and
 * the HTTP settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the key.
 *
 * <pre>{@code
 * DhlSettings settings = DhlSettings.builder().apiKey(System.getenv("DHL_API_KEY")).build();
 * }</pre>
 */
public final class DhlSettings extends ApiKeySettings {

    /** Production base URL; DHL's test host is not open to external customers, per its help centre. */
    public static final HttpUrl PRODUCTION = HttpUrl.get("https://api-eu.dhl.com/");
    /** Last resort for a shipment whose body names no country at all; override with a default lane. */
    public static final CountryCode HOME = CountryCode.of("DE");

    private final String service;
    private final String language;
    private final CountryCode requesterCountryCode;
    private final String webhookHeader;

    private DhlSettings(Builder b) {
        super(b);
        service = b.service;
        language = b.language;
        requesterCountryCode = b.requesterCountryCode;
        webhookHeader = b.webhookHeader;
    }

    /** A builder with the production URL and default HTTP settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The {@code service} hint ({@code express}, {@code parcel-de}, ...); empty lets DHL search all. */
    public Optional<String> service() {
        return Optional.ofNullable(service);
    }

    /** The {@code language} of DHL's texts (ISO 639-1); empty is DHL's default, {@code en}. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The {@code requesterCountryCode} hint; empty when not given. */
    public Optional<CountryCode> requesterCountryCode() {
        return Optional.ofNullable(requesterCountryCode);
    }

    /** The header DHL's push subscription echoes the token in; empty accepts the token in any header. */
    public Optional<String> webhookHeader() {
        return Optional.ofNullable(webhookHeader);
    }

    @Override
    protected String describeOwn() {
        return "service=" + service;
    }

    /** Builds {@link DhlSettings}. Not thread-safe. */
    public static final class Builder extends ApiKeySettings.Builder<DhlSettings, Builder> {
        private String service;
        private String language;
        private CountryCode requesterCountryCode;
        private String webhookHeader;

        private Builder() {
            super(PRODUCTION);
        }

        private Builder(DhlSettings settings) {
            super(settings);
            service = settings.service;
            language = settings.language;
            requesterCountryCode = settings.requesterCountryCode;
            webhookHeader = settings.webhookHeader;
        }

        /** The {@code service} hint. */
        public Builder service(String service) {
            this.service = service;
            return this;
        }

        /** The {@code language} hint. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** The {@code requesterCountryCode} hint. */
        public Builder requesterCountryCode(CountryCode requesterCountryCode) {
            this.requesterCountryCode = requesterCountryCode;
            return this;
        }

        /** The push token header name; null (default) accepts the token in any header. */
        public Builder webhookHeader(String webhookHeader) {
            this.webhookHeader = webhookHeader == null || webhookHeader.isBlank() ? null : webhookHeader.strip();
            return this;
        }

        @Override
        public DhlSettings build() {
            return new DhlSettings(this);
        }
    }
}
