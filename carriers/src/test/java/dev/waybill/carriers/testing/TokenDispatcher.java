package dev.waybill.carriers.testing;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer dispatcher for an OAuth2 API: requests to the token path get a fresh token
 * ({@code token-1}, {@code token-2}, ...), every other request the next enqueued response (404 when
 * none is left), and both are recorded.
 */
public final class TokenDispatcher extends Dispatcher {

    private final String tokenPath;
    private final AtomicInteger tokens = new AtomicInteger();
    private final Queue<MockResponse> api = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> apiRequests = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> tokenRequests = new CopyOnWriteArrayList<>();

    /** Answers tokens at {@code tokenPath} (for example {@code /security/v1/oauth/token}). */
    public TokenDispatcher(String tokenPath) {
        this.tokenPath = tokenPath;
    }

    /** Queues the answer to the next API request. */
    public TokenDispatcher enqueue(MockResponse response) {
        api.add(response);
        return this;
    }

    /** The token requests received. */
    public List<RecordedRequest> tokenRequests() {
        return tokenRequests;
    }

    /** The API requests received. */
    public List<RecordedRequest> apiRequests() {
        return apiRequests;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (request.getPath() != null && request.getPath().startsWith(tokenPath)) {
            tokenRequests.add(request);
            return new MockResponse().setHeader("Content-Type", "application/json").setBody(
                    "{\"token_type\":\"Bearer\",\"access_token\":\"token-" + tokens.incrementAndGet()
                            + "\",\"expires_in\":\"14399\",\"status\":\"approved\"}");
        }
        apiRequests.add(request);
        MockResponse next = api.poll();
        return next == null ? new MockResponse().setResponseCode(404) : next;
    }
}
