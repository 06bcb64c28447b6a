package dev.waybill.carriers.yanwen;

import dev.waybill.carrier.CarrierConfig;
import dev.waybill.carriers.adapter.ApiKeySettings;
import okhttp3.HttpUrl;

/**
 * What {@link YanwenTracking} needs: the tracking token of a Yanwen account (sent as the
 * {@code Authorization} header), the base URL, how many numbers go in one call, and the HTTP settings.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the token.
 *
 * <pre>{@code
 * YanwenSettings settings = YanwenSettings.builder().apiKey(System.getenv("WAYBILL_YANWEN_API_KEY")).build();
 * }</pre>
 */
public final class YanwenSettings extends ApiKeySettings {

    /** The tracking host named by karrio's Yanwen connector and the research notes (plain HTTP). */
    public static final HttpUrl PRODUCTION = HttpUrl.get("http://trackapi.yanwentech.com/");
    /**
     * Default numbers per call ({@code nums=A,B,...}): a judgement taken from an open-source client that
     * refuses more than 30; Yanwen publishes no limit in the sources consulted.
     */
    public static final int DEFAULT_BATCH = 30;

    private final int batch;

    private YanwenSettings(Builder builder) {
        super(builder);
        batch = builder.batch;
    }

    /** A builder with the production URL, no token and {@value #DEFAULT_BATCH} numbers per call. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Numbers per call. */
    public int batch() {
        return batch;
    }

    @Override
    protected String describeOwn() {
        return "batch=" + batch;
    }

    /** Builds {@link YanwenSettings}. Not thread-safe. */
    public static final class Builder extends ApiKeySettings.Builder<YanwenSettings, Builder> {
        private int batch = DEFAULT_BATCH;

        private Builder() {
            super(PRODUCTION);
        }

        private Builder(YanwenSettings settings) {
            super(settings);
            batch = settings.batch;
        }

        /**
         * Numbers per call.
         *
         * @throws IllegalArgumentException if not between 1 and 100
         */
        public Builder batch(int batch) {
            if (batch < 1 || batch > 100) {
                throw new IllegalArgumentException("Yanwen batch must be between 1 and 100, got " + batch);
            }
            this.batch = batch;
            return this;
        }

        /** Also takes {@code batch}. */
        @Override
        public Builder configure(CarrierConfig config) {
            config.value("batch").ifPresent(value -> {
                try {
                    batch(Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Yanwen batch must be a whole number, got '" + value + "'", e);
                }
            });
            return super.configure(config);
        }

        @Override
        public YanwenSettings build() {
            return new YanwenSettings(this);
        }
    }
}
