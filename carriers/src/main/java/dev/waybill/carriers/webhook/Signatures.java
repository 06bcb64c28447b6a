package dev.waybill.carriers.webhook;

import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.carrier.WebhookSignatureException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signature primitives over raw bytes. Stateless and thread-safe.
 */
public final class Signatures {

    private Signatures() {
    }

    /** HMAC-SHA256 of {@code message} keyed with {@code key}. */
    public static byte[] hmacSha256(byte[] key, byte[] message) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        if (key.length == 0) {
            throw new IllegalArgumentException("the HMAC key is empty");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * Base64 of the HMAC-SHA256 of {@code rawBody} keyed with {@code secret} as UTF-8: the scheme of
     * AfterShip's {@code aftership-hmac-sha256} and FedEx's {@code fdx-signature}.
     *
     * @throws IllegalArgumentException when the secret is null or blank
     */
    public static String base64HmacSha256(byte[] rawBody, String secret) {
        Objects.requireNonNull(rawBody, "rawBody");
        return Base64.getEncoder().encodeToString(hmacSha256(utf8(requireSecret(secret)), rawBody));
    }

    /**
     * Checks that header {@code header} carries {@link #base64HmacSha256(byte[], String)} of the body, in
     * constant time.
     *
     * @throws WebhookSignatureException naming the header when it is missing or does not match
     */
    public static void requireBase64HmacSha256(String carrier, String header, byte[] rawBody, WebhookHeaders headers,
                                               String secret) {
        String given = requireHeader(carrier, headers, header);
        if (!constantTimeEquals(base64HmacSha256(rawBody, secret), given)) {
            throw new WebhookSignatureException(carrier, header + " does not match the body and secret");
        }
    }

    /** SHA-256 of {@code parts} concatenated. */
    public static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** Lower-case hexadecimal. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** UTF-8 bytes of {@code text}. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** True when {@code expected} and {@code actual} are equal, compared in constant time. */
    public static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(utf8(expected), utf8(actual));
    }

    /**
     * The value of header {@code name} (case-insensitive), trimmed.
     *
     * @throws WebhookSignatureException naming the header when it is absent or blank
     */
    public static String requireHeader(String carrier, WebhookHeaders headers, String name) {
        return headers.first(name).map(String::strip).filter(v -> !v.isEmpty())
                .orElseThrow(() -> new WebhookSignatureException(carrier, "missing signature header " + name));
    }

    /**
     * Checks a secret is usable.
     *
     * @throws IllegalArgumentException when it is null or blank
     */
    public static String requireSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the webhook secret is empty");
        }
        return secret;
    }
}
