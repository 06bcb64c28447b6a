package dev.waybill.examples.yunexpress;

import dev.waybill.carriers.webhook.Signatures;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * YunExpress Open Platform request signatures: header {@code sign} is the base64 HMAC-SHA256, keyed
 * with the application secret, of the request's {@code body}, {@code date} (the {@code date} header,
 * epoch milliseconds), {@code method} and {@code uri} (path without query) joined as
 * {@code key=value} pairs sorted by key with {@code &}.
 *
 * <p>Unverified point (research section 6): sources disagree whether a GET signs an empty
 * {@code body=}. This follows the two open-source clients found, which leave {@code body} out when
 * there is none; {@link #content} is the one place to change if YunExpress says otherwise.
 */
public final class YunExpressSignature {

    private YunExpressSignature() {
    }

    /** The string to sign; {@code body} null or empty leaves the pair out. */
    static String content(String method, String uri, String body, long dateMillis) {
        Map<String, String> pairs = new TreeMap<>();
        if (body != null && !body.isEmpty()) {
            pairs.put("body", body);
        }
        pairs.put("date", Long.toString(dateMillis));
        pairs.put("method", method);
        pairs.put("uri", uri);
        return pairs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    /** The {@code sign} header for a request. */
    public static String sign(String method, String uri, String body, long dateMillis, String appSecret) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        return Base64.getEncoder().encodeToString(Signatures.hmacSha256(
                Signatures.utf8(Signatures.requireSecret(appSecret)),
                Signatures.utf8(content(method, uri, body, dateMillis))));
    }
}
