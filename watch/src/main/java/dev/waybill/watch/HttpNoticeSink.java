package dev.waybill.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link NoticeSink} that POSTs each notice as JSON ({@link NoticeJson}) to the shop's URL, with the
 * notice's id in an {@code Idempotency-Key} header so that the shop's side drops repeats. A notice is
 * delivered when the URL answers 2xx; any other answer, a timeout or a refused connection is retried
 * with a doubling wait, and after the last attempt the sink throws {@link SinkException}: the notice
 * stays unsent and the next tick sends it again under the same id.
 *
 * <pre>{@code
 * NoticeSink sink = HttpNoticeSink.builder(URI.create("https://shop.example/hooks/waybill")).build();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class HttpNoticeSink implements NoticeSink {

    private final URI url;
    private final String shown;
    private final HttpClient client;
    private final int attempts;
    private final Duration backoff;
    private final Duration timeout;
    private final Pollers.Sleeper sleeper;

    private HttpNoticeSink(Builder b) {
        this.url = b.url;
        this.shown = shown(b.url);
        this.attempts = b.attempts;
        this.backoff = b.backoff;
        this.timeout = b.timeout;
        this.sleeper = b.sleeper;
        this.client = HttpClient.newBuilder().connectTimeout(b.timeout).build();
    }

    /**
     * A builder posting to {@code url} ({@code http} or {@code https}); by default 4 attempts, waiting
     * 1 s, 2 s and 4 s between them, each with a 10 s timeout (defaults, not a carrier's or a shop's rule).
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public static Builder builder(URI url) {
        return new Builder(url);
    }

    @Override
    public void accept(StoredNotice notice) {
        byte[] body = NoticeJson.of(notice, false).toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", notice.id())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        String last = null;
        Duration wait = backoff;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    return;
                }
                last = "answered " + status;
            } catch (IOException e) {
                last = "could not be reached (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SinkException("notice " + notice.id() + ": interrupted while posting to " + shown, e);
            }
            if (attempt < attempts) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SinkException("notice " + notice.id() + ": interrupted while waiting to post to "
                            + shown, e);
                }
                wait = wait.multipliedBy(2);
            }
        }
        throw new SinkException("notice " + notice.id() + ": the sink " + shown + " " + last + " after " + attempts
                + " attempts; kept for the next tick", null);
    }

    /** The URL without user info or query, which may carry a token. */
    private static String shown(URI url) {
        String text = url.toString();
        int query = text.indexOf('?');
        if (query >= 0) {
            text = text.substring(0, query) + "?...";
        }
        return url.getRawUserInfo() == null ? text : text.replace(url.getRawUserInfo() + "@", "");
    }

    /** Builds an {@link HttpNoticeSink}. */
    public static final class Builder {
        private final URI url;
        private int attempts = 4;
        private Duration backoff = Duration.ofSeconds(1);
        private Duration timeout = Duration.ofSeconds(10);
        private Pollers.Sleeper sleeper = d -> Thread.sleep(d.toMillis());

        private Builder(URI url) {
            Objects.requireNonNull(url, "url");
            if (!url.isAbsolute() || !("http".equalsIgnoreCase(url.getScheme())
                    || "https".equalsIgnoreCase(url.getScheme())) || url.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL: '" + shown(url) + "'");
            }
            this.url = url;
        }

        /** How many times a notice is posted before the sink gives up until the next tick; at least 1. */
        public Builder attempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
            }
            this.attempts = attempts;
            return this;
        }

        /** The wait after the first failed attempt; doubled after each further one. */
        public Builder backoff(Duration backoff) {
            this.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /** How long one attempt may take, connecting included. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How the sink waits between attempts; {@link Thread#sleep} by default, a virtual clock in tests. */
        public Builder sleeper(Pollers.Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The sink. */
        public HttpNoticeSink build() {
            return new HttpNoticeSink(this);
        }
    }
}
