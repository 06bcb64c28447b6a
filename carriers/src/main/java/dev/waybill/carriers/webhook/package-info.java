/**
 * The primitives of webhook verification: HMAC-SHA256 and SHA-256 over the raw body bytes, a
 * constant-time comparison ({@link java.security.MessageDigest#isEqual(byte[], byte[])}) and the
 * header look-up that turns absence into a {@link dev.waybill.carrier.WebhookSignatureException}.
 * Each adapter package composes them into its carrier's scheme.
 */
package dev.waybill.carriers.webhook;
