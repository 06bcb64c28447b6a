package dev.waybill.carriers.internal;

import dev.waybill.carrier.CarrierAuthenticationException;
import dev.waybill.carrier.CarrierConnectionException;
import dev.waybill.carrier.CarrierException;
import dev.waybill.carrier.CarrierRateLimitException;
import dev.waybill.carrier.CarrierRequestException;
import dev.waybill.carrier.CarrierResponseException;
import dev.waybill.carrier.CarrierServerException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.waybill.carriers.http.CarrierCalls;
import dev.waybill.carriers.http.CarrierError;
import dev.waybill.carriers.http.HttpReply;
import dev.waybill.carriers.http.HttpSettings;

/**
 * Runs an adapter's HTTP calls: one resilience4j {@link Retry}, built once from
 * {@link CarrierException#isRetryable()}, retries connection failures, timeouts, 5xx and 429 (waiting
 * what {@code Retry-After} asks, up to {@link HttpSettings#maxRetryAfter()}, else exponential backoff
 * with jitter) and never another 4xx. Statuses become the {@link CarrierException} tree; any of the
 * adapter's secrets that a carrier echoes is blanked out of messages and log lines.
 *
 * <p>Logs at debug level: method, scheme, host and path only (query strings can carry keys or
 * numbers), status, size and the carrier's correlation id. Immutable and thread-safe.
 */
public final class CarrierHttp implements CarrierCalls {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierHttp.class);
    private static final int MAX_MESSAGE = 300;
    private static final String USER_AGENT = "waybill-carriers/0.1";

    private final String carrier;
    private final OkHttpClient client;
    private final HttpSettings settings;
    private final List<String> secrets;
    private final Retry retry;
    private final OAuth2Tokens tokens;

    private CarrierHttp(String carrier, HttpSettings settings, Collection<String> secrets, OAuth2Tokens tokens) {
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        this.tokens = tokens;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = settings.httpClient();
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 4).toList();
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5,
                settings.maxBackoff());
        RetryConfig config = RetryConfig.<HttpReply>custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(this::worthRetrying)
                .intervalBiFunction((attempt, outcome) -> {
                    Duration wait = outcome.isLeft() && outcome.getLeft() instanceof CarrierRateLimitException limited
                            && limited.retryAfter().isPresent()
                            ? limited.retryAfter().get() : Duration.ofMillis(backoff.apply(attempt));
                    pause(wait, attempt);
                    return 0L;
                })
                .build();
        this.retry = Retry.of(carrier, config);
    }

    /**
     * The HTTP layer of adapter {@code carrier}.
     *
     * @param secrets the adapter's keys and secrets, blanked out of anything logged or thrown
     */
    public static CarrierHttp create(String carrier, HttpSettings settings, Collection<String> secrets) {
        return new CarrierHttp(carrier, settings, secrets, null);
    }

    /**
     * The HTTP layer of an adapter whose API takes an OAuth2 bearer token: every call carries
     * {@code Authorization: Bearer} with the token {@code tokens} caches, and a 401 drops that token,
     * fetches a new one and sends the call once more (outside the retry count).
     *
     * @param secrets the adapter's client id and secret, blanked out of anything logged or thrown
     */
    public static CarrierHttp create(String carrier, HttpSettings settings, Collection<String> secrets,
                                     OAuth2Tokens tokens) {
        return new CarrierHttp(carrier, settings, secrets, Objects.requireNonNull(tokens, "tokens"));
    }

    /** The adapter name this layer reports in errors. */
    @Override
    public String carrier() {
        return carrier;
    }

    /**
     * Sends {@code request} under the retry policy and answers the 2xx reply.
     *
     * @param errors reads the carrier's code and message from an error body
     * @throws CarrierException for a non-2xx status or no response, after the retries allowed
     */
    @Override
    public HttpReply call(Request request, CarrierError.Reader errors) {
        return call(request, errors, status -> false);
    }

    /**
     * Like {@link #call(Request, CarrierError.Reader)}, but answers instead of throwing for the
     * non-2xx statuses {@code accepted} takes (DHL's 404 "no result found" is an outcome, not a failure).
     */
    @Override
    public HttpReply call(Request request, CarrierError.Reader errors, IntPredicate accepted) {
        Request signed = request.header("User-Agent") == null
                ? request.newBuilder().header("User-Agent", USER_AGENT).build() : request;
        Supplier<HttpReply> once = () -> once(signed, errors, accepted);
        return retry.executeSupplier(once);
    }

    /**
     * Runs {@code tasks} with at most {@link HttpSettings#maxConcurrency()} in flight, on the settings'
     * executor or the HTTP client's dispatcher threads, and answers their results in task order. With
     * one task, or a concurrency of one, everything runs on the calling thread.
     */
    @Override
    public <T> List<T> inParallel(List<? extends Supplier<T>> tasks) {
        int limit = settings.maxConcurrency();
        if (tasks.size() <= 1 || limit == 1) {
            List<T> results = new ArrayList<>(tasks.size());
            tasks.forEach(task -> results.add(task.get()));
            return results;
        }
        Executor executor = settings.executor().orElseGet(() -> client.dispatcher().executorService());
        Semaphore permits = new Semaphore(limit);
        List<CompletableFuture<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Supplier<T> task : tasks) {
                permits.acquire();
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return task.get();
                    } finally {
                        permits.release();
                    }
                }, executor));
            }
            List<T> results = new ArrayList<>(tasks.size());
            for (CompletableFuture<T> future : futures) {
                results.add(future.join());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new CarrierConnectionException(carrier, "interrupted while tracking a batch", e);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** {@code text} with every secret of this adapter blanked out; null stays null. */
    @Override
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, "██");
        }
        String token = tokens == null ? null : tokens.current();
        if (token != null && token.length() >= 4) {
            redacted = redacted.replace(token, "██");
        }
        return redacted;
    }

    private boolean worthRetrying(Throwable failure) {
        if (!(failure instanceof CarrierException carrierFailure) || !carrierFailure.isRetryable()) {
            return false;
        }
        if (failure instanceof CarrierRateLimitException limited && limited.retryAfter().isPresent()) {
            return limited.retryAfter().get().compareTo(settings.maxRetryAfter()) <= 0;
        }
        return true;
    }

    private void pause(Duration wait, int attempt) {
        LOG.debug("carrier={} retrying after attempt {} in {} ms", carrier, attempt, wait.toMillis());
        try {
            settings.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CarrierConnectionException(carrier, "interrupted while waiting to retry", e);
        }
    }

    private HttpReply once(Request request, CarrierError.Reader errors, IntPredicate accepted) {
        if (tokens == null) {
            return exchange(request, errors, accepted);
        }
        String bearer = bearer(errors);
        try {
            return exchange(withBearer(request, bearer), errors, accepted.and(status -> status != 401));
        } catch (CarrierAuthenticationException refused) {
            if (refused.status().orElse(0) != 401) {
                throw refused;
            }
            LOG.debug("carrier={} token refused (401): fetching a new one and sending again", carrier);
            tokens.invalidate(bearer);
            return exchange(withBearer(request, bearer(errors)), errors, accepted);
        }
    }

    private static Request withBearer(Request request, String bearer) {
        return request.newBuilder().header("Authorization", "Bearer " + bearer).build();
    }

    /** The cached or a fresh token; a refusal of the token endpoint becomes the exception tree. */
    private String bearer(CarrierError.Reader errors) {
        String target = describe(new Request.Builder().url(tokens.tokenUrl()).build()).replaceFirst("^GET", "POST");
        OAuth2Tokens.Fetched fetched;
        try {
            fetched = tokens.token(client, settings.maxBodySize());
        } catch (BoundedBody.TooLarge e) {
            LOG.debug("carrier={} {} -> body over {} bytes, not read", carrier, target, settings.maxBodySize());
            throw new CarrierResponseException(carrier, 0, null, "the token endpoint's " + e.getMessage(), null);
        } catch (IOException e) {
            LOG.debug("carrier={} {} -> no response: {}", carrier, target, e.getClass().getSimpleName());
            throw new CarrierConnectionException(carrier, "no response from " + target + ": " + inWords(e), e);
        }
        if (fetched.response() != null) {
            LOG.debug("carrier={} {} -> {} (token {})", carrier, target, fetched.status(),
                    fetched.token() == null ? "refused" : "fetched");
        }
        if (fetched.token() != null) {
            return fetched.token();
        }
        if (fetched.status() >= 200 && fetched.status() < 300) {
            throw new CarrierResponseException(carrier, fetched.status(), null,
                    "the token endpoint answered without an access_token", null);
        }
        CarrierException failure = failure(fetched.status(), fetched.response(), fetched.body(), errors);
        if (failure instanceof CarrierRequestException) {
            // a 400 from the token endpoint (invalid_client, unauthorized_client) is a credentials problem
            return throwAuthentication(failure);
        }
        throw failure;
    }

    private String throwAuthentication(CarrierException failure) {
        throw new CarrierAuthenticationException(carrier, failure.status().orElse(0),
                failure.carrierCode().orElse(null), "token request refused: " + failure.problem(), null);
    }

    private HttpReply exchange(Request request, CarrierError.Reader errors, IntPredicate accepted) {
        String target = describe(request);
        long started = System.nanoTime();
        int status = 0;
        try (Response response = client.newCall(request).execute()) {
            status = response.code();
            byte[] body = BoundedBody.read(response.body(), settings.maxBodySize());
            LOG.debug("carrier={} {} -> {} ({} bytes, {} ms, correlation-id {})", carrier, target, status,
                    body.length, (System.nanoTime() - started) / 1_000_000, correlationId(response));
            if (response.isSuccessful() || accepted.test(status)) {
                refuseMarkup(status, response);
                return new HttpReply(status, body);
            }
            throw failure(status, response, body, errors);
        } catch (BoundedBody.TooLarge e) {
            LOG.debug("carrier={} {} -> {} (body over {} bytes, not read)", carrier, target, status,
                    settings.maxBodySize());
            throw new CarrierResponseException(carrier, status, null, e.getMessage(), null);
        } catch (IOException e) {
            LOG.debug("carrier={} {} -> no response: {}", carrier, target, e.getClass().getSimpleName());
            throw new CarrierConnectionException(carrier, "no response from " + target + ": " + inWords(e), e);
        }
    }

    /**
     * What went wrong on the connection, in words ({@code host not found (api.example.com)}), not the
     * exception's class name; the exception's own text, redacted and clipped, in brackets.
     */
    private String inWords(IOException e) {
        String what;
        if (e instanceof java.net.UnknownHostException) {
            what = "host not found";
        } else if (e instanceof java.net.ConnectException) {
            what = "connection refused";
        } else if (e instanceof java.io.InterruptedIOException) {         // a read, connect or call timeout
            what = "timed out";
        } else if (e instanceof javax.net.ssl.SSLException) {
            what = "secure connection failed";
        } else {
            what = "connection failed";
        }
        return e.getMessage() == null ? what : what + " (" + clip(redact(e.getMessage())) + ")";
    }

    /**
     * An HTML page where the API answers data is a proxy's, a captive portal's or a login page: refused
     * in words rather than handed to the adapter's reader. Other content types are left to the reader,
     * which refuses what it cannot read (a carrier that labels its JSON {@code text/plain} still works).
     */
    private void refuseMarkup(int status, Response response) {
        String type = response.header("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).contains("html")) {
            throw new CarrierResponseException(carrier, status, null, "answered a page of type "
                    + clip(type) + " instead of the API's answer (a proxy or login page?)", null);
        }
    }

    private CarrierException failure(int status, Response response, byte[] body, CarrierError.Reader errors) {
        if (status >= 300 && status < 400) {
            HttpUrl location = response.header("Location") == null ? null
                    : response.request().url().resolve(response.header("Location"));
            return new CarrierResponseException(carrier, status, null, "redirected (HTTP " + status + ")"
                    + (location == null ? "" : " to " + location.host()) + ", not followed: Waybill sends a key only"
                    + " to the base URL it was given; set the base URL to the carrier's new address", null);
        }
        CarrierError error;
        try {
            error = errors.read(status, body);
        } catch (RuntimeException unreadable) {
            error = CarrierError.NONE;
        }
        String problem = error.message().map(message -> clip(redact(message)))
                .orElseGet(() -> "HTTP " + status + " " + response.message());
        String code = error.code().map(given -> clip(redact(given))).orElse(null);
        if (status == 401 || status == 403) {
            return new CarrierAuthenticationException(carrier, status, code, problem, null);
        }
        if (status == 429) {
            return new CarrierRateLimitException(carrier, status, code, problem,
                    RetryAfter.from(response.headers(), settings.clock()));
        }
        if (status >= 500) {
            return new CarrierServerException(carrier, status, code, problem, null);
        }
        if (status >= 400) {
            return new CarrierRequestException(carrier, status, code, problem, null);
        }
        return new CarrierResponseException(carrier, status, code, "unexpected " + problem, null);
    }

    private static String correlationId(Response response) {
        String id = response.header("correlation-id");
        if (id == null) {
            id = response.header("x-ep-request-uuid");
        }
        if (id == null) {
            id = response.header("x-request-id");
        }
        return id == null ? "-" : id;
    }

    private static String describe(Request request) {
        HttpUrl url = request.url();
        return request.method() + " " + url.scheme() + "://" + url.host() + ":" + url.port() + url.encodedPath();
    }

    private static String clip(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…";
    }

    @Override
    public String toString() {
        return "CarrierHttp{carrier=" + carrier + ", " + settings + "}";
    }
}
