package dev.waybill.carriers.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.carriers.mapping.CarrierJson;
import dev.waybill.carriers.adapter.OAuth2Settings.ClientAuthentication;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One adapter's OAuth2 client-credentials token: fetched on first use, cached until
 * {@link #MARGIN} before its {@code expires_in} runs out, one fetch shared by concurrent callers
 * (they wait on this object's lock and find the token the first one fetched), and dropped by
 * {@link #invalidate(String)} when the API answers 401 to it. The client secret and the token are
 * never logged; {@link CarrierHttp} blanks both out of messages.
 *
 * <p>Thread-safe.
 */
public final class OAuth2Tokens {

    /** How long before the carrier's expiry a token is replaced; at most half its lifetime. */
    public static final Duration MARGIN = Duration.ofSeconds(60);
    /** Lifetime assumed when the token response has no readable {@code expires_in}. */
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(30);
    private static final ObjectMapper JSON = new ObjectMapper(CarrierJson.factory());

    private final HttpUrl tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final ClientAuthentication authentication;
    private final Clock clock;

    private String token;
    private Instant renewAt = Instant.MIN;

    private OAuth2Tokens(HttpUrl tokenUrl, String clientId, String clientSecret, ClientAuthentication authentication,
                         Clock clock) {
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Tokens from {@code tokenUrl} for the client {@code clientId}, expiry read on {@code clock}. */
    public static OAuth2Tokens of(HttpUrl tokenUrl, String clientId, String clientSecret,
                                  ClientAuthentication authentication, Clock clock) {
        return new OAuth2Tokens(tokenUrl, clientId, clientSecret, authentication, clock);
    }

    /** The token endpoint. */
    public HttpUrl tokenUrl() {
        return tokenUrl;
    }

    /** What a token fetch answered: a token, or the status and body of a refusal. */
    record Fetched(String token, int status, byte[] body, Response response) {
    }

    /**
     * The cached token, or a fresh one fetched with {@code client}.
     *
     * @return the token, or a refusal for {@link CarrierHttp} to turn into the exception tree
     * @param maxBodySize the largest answer read
     * @throws BoundedBody.TooLarge when the answer is larger than {@code maxBodySize}
     * @throws IOException when the token endpoint does not answer
     */
    synchronized Fetched token(OkHttpClient client, long maxBodySize) throws IOException {
        if (token != null && clock.instant().isBefore(renewAt)) {
            return new Fetched(token, 200, null, null);
        }
        token = null;
        Request.Builder request = new Request.Builder().url(tokenUrl).header("Accept", "application/json");
        FormBody.Builder form = new FormBody.Builder().add("grant_type", "client_credentials");
        if (authentication == ClientAuthentication.BASIC) {
            request.header("Authorization", Credentials.basic(clientId, clientSecret));
        } else {
            form.add("client_id", clientId).add("client_secret", clientSecret);
        }
        Instant asked = clock.instant();
        try (Response response = client.newCall(request.post(form.build()).build()).execute()) {
            byte[] body = BoundedBody.read(response.body(), maxBodySize);
            String accessToken = null;
            Duration lifetime = DEFAULT_LIFETIME;
            if (response.isSuccessful()) {
                try {
                    JsonNode json = JSON.readTree(body);
                    JsonNode value = json == null ? null : json.get("access_token");
                    accessToken = value == null || value.asText().isBlank() ? null : value.asText();
                    JsonNode expiresIn = json == null ? null : json.get("expires_in");
                    long seconds = expiresIn == null ? 0 : expiresIn.asLong(0);
                    if (seconds > 0) {
                        lifetime = Duration.ofSeconds(seconds);
                    }
                } catch (IOException unreadable) {
                    accessToken = null;
                }
                if (accessToken == null) {
                    return new Fetched(null, response.code(), new byte[0], response);
                }
                Duration margin = MARGIN.compareTo(lifetime.dividedBy(2)) < 0 ? MARGIN : lifetime.dividedBy(2);
                token = accessToken;
                renewAt = asked.plus(lifetime).minus(margin);
                return new Fetched(token, response.code(), null, response);
            }
            return new Fetched(null, response.code(), body, response);
        }
    }

    /** Drops {@code rejected} if it is still the cached token, so the next call fetches a new one. */
    synchronized void invalidate(String rejected) {
        if (rejected != null && rejected.equals(token)) {
            token = null;
        }
    }

    /** The cached token, for redaction; null when none. */
    synchronized String current() {
        return token;
    }

    @Override
    public String toString() {
        return "OAuth2Tokens{tokenUrl=" + tokenUrl + ", " + authentication + "}";
    }
}
