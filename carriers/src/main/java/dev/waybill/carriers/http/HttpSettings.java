package dev.waybill.carriers.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import okhttp3.OkHttpClient;

/**
 * How adapters talk HTTP: the client, timeouts, retries and batch concurrency. Every number here is
 * a default chosen by Waybill, not a carrier's published limit; change it with the builder.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * HttpSettings http = HttpSettings.builder().maxAttempts(3).readTimeout(Duration.ofSeconds(10)).build();
 * }</pre>
 */
public final class HttpSettings {

    /** Default attempts per call, the first included. */
    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    /** Default connect timeout of a client built by Waybill. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default read timeout of a client built by Waybill. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Default first backoff; doubled each attempt with 50 % jitter. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    /** Default cap on one backoff. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
    /** Default longest {@code Retry-After} honoured in-line; a longer one fails fast for the caller to reschedule. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);
    /** Default number of API calls of one batch in flight at once. */
    public static final int DEFAULT_MAX_CONCURRENCY = 2;
    /** Default overall time of one HTTP call (connect, send, read the whole body) of a client built by Waybill. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    /**
     * Default largest response body read, counted after any gzip is inflated: 4 MiB, a default chosen
     * by Waybill (the largest recorded tracking body in the corpus is a few tens of KiB).
     */
    public static final long DEFAULT_MAX_BODY_SIZE = 4L * 1024 * 1024;

    private static final HttpSettings DEFAULTS = builder().build();

    private final OkHttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final long maxBodySize;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final int maxConcurrency;
    private final Executor executor;
    private final Sleeper sleeper;
    private final Clock clock;

    private HttpSettings(Builder b) {
        this.client = b.client;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.callTimeout = b.callTimeout;
        this.maxBodySize = b.maxBodySize;
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.maxConcurrency = b.maxConcurrency;
        this.executor = b.executor;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
    }

    /** The defaults: a client built by Waybill, 4 attempts, 2 concurrent calls, bodies up to 4 MiB. */
    public static HttpSettings defaults() {
        return DEFAULTS;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.client = client;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.callTimeout = callTimeout;
        b.maxBodySize = maxBodySize;
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.maxBackoff = maxBackoff;
        b.maxRetryAfter = maxRetryAfter;
        b.maxConcurrency = maxConcurrency;
        b.executor = executor;
        b.sleeper = sleeper;
        b.clock = clock;
        return b;
    }

    /**
     * The client to call with: the caller's (with the timeouts applied where set) or a new one with
     * the timeouts or their defaults. Clients derived from one caller's client share its pool. Redirects
     * are never followed, whatever the caller's client does: an API key sent in a custom header would
     * follow a redirect to another host, so a redirect is answered as a {@code CarrierResponseException}.
     */
    public OkHttpClient httpClient() {
        OkHttpClient.Builder derived;
        if (client == null) {
            derived = new OkHttpClient.Builder()
                    .connectTimeout(connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout)
                    .readTimeout(readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout)
                    .callTimeout(callTimeout == null ? DEFAULT_CALL_TIMEOUT : callTimeout);
        } else {
            derived = client.newBuilder();
            if (connectTimeout != null) {
                derived.connectTimeout(connectTimeout);
            }
            if (readTimeout != null) {
                derived.readTimeout(readTimeout);
            }
            if (callTimeout != null) {
                derived.callTimeout(callTimeout);
            }
        }
        return derived.followRedirects(false).followSslRedirects(false).build();
    }

    /** The largest response body read, in bytes after any gzip is inflated; a larger one is refused unread. */
    public long maxBodySize() {
        return maxBodySize;
    }

    /** Attempts per call, the first included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The first backoff between attempts. */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** The longest single backoff. */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** The longest {@code Retry-After} honoured by waiting; a longer one is not retried. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** API calls of one batch in flight at once. */
    public int maxConcurrency() {
        return maxConcurrency;
    }

    /** Runs the calls of a batch; empty for the HTTP client's own dispatcher threads. */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    /** Waits between attempts. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** Reads "now" for HTTP-date {@code Retry-After} values. */
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "HttpSettings{client=" + (client == null ? "default" : "caller's") + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout
                + ", maxBodySize=" + maxBodySize + ", maxAttempts=" + maxAttempts
                + ", maxConcurrency=" + maxConcurrency + "}";
    }

    /** Builds {@link HttpSettings}. Not thread-safe. */
    public static final class Builder {
        private OkHttpClient client;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration callTimeout;
        private long maxBodySize = DEFAULT_MAX_BODY_SIZE;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private Executor executor;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The caller's client (its pool, dispatcher, proxies and interceptors are kept); null for a new one. */
        public Builder client(OkHttpClient client) {
            this.client = client;
            return this;
        }

        /** Connect timeout; default {@link #DEFAULT_CONNECT_TIMEOUT} for a new client, the caller's otherwise. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** Read timeout; default {@link #DEFAULT_READ_TIMEOUT} for a new client, the caller's otherwise. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /**
         * Overall time of one HTTP call, from connecting to the last body byte (a body that trickles in
         * just faster than the read timeout ends here); default {@link #DEFAULT_CALL_TIMEOUT} for a new
         * client, the caller's otherwise.
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /** The largest response body read, in bytes after any gzip is inflated; default {@link #DEFAULT_MAX_BODY_SIZE}. */
        public Builder maxBodySize(long maxBodySize) {
            this.maxBodySize = maxBodySize;
            return this;
        }

        /** Attempts per call, the first included; at least 1. */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The first backoff. */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /** The longest single backoff. */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /** The longest {@code Retry-After} honoured by waiting. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        /** API calls of one batch in flight at once; at least 1. */
        public Builder maxConcurrency(int maxConcurrency) {
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /** Runs batch calls; null (the default) uses the HTTP client's dispatcher threads. */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /** Waits between attempts; tests pass one that returns at once. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** The clock for HTTP-date {@code Retry-After} values. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * The settings.
         *
         * @throws IllegalStateException naming the first invalid value
         */
        public HttpSettings build() {
            requireState(maxAttempts >= 1, "maxAttempts must be at least 1: " + maxAttempts);
            requireState(maxConcurrency >= 1, "maxConcurrency must be at least 1: " + maxConcurrency);
            requirePositive(connectTimeout, "connectTimeout", true);
            requirePositive(readTimeout, "readTimeout", true);
            requirePositive(callTimeout, "callTimeout", true);
            requireState(maxBodySize >= 1, "maxBodySize must be at least 1 byte: " + maxBodySize);
            requirePositive(initialBackoff, "initialBackoff", false);
            requirePositive(maxBackoff, "maxBackoff", false);
            requireState(maxRetryAfter != null && !maxRetryAfter.isNegative(), "maxRetryAfter must be zero or more");
            requireState(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff is shorter than initialBackoff");
            Objects.requireNonNull(sleeper, "sleeper");
            Objects.requireNonNull(clock, "clock");
            return new HttpSettings(this);
        }

        private static void requirePositive(Duration value, String name, boolean nullable) {
            if (value == null) {
                requireState(nullable, name + " is required");
                return;
            }
            requireState(!value.isNegative() && !value.isZero(), name + " must be positive: " + value);
        }

        private static void requireState(boolean ok, String message) {
            if (!ok) {
                throw new IllegalStateException(message);
            }
        }
    }
}
