package dev.waybill.carriers.http;

import java.util.Objects;

/**
 * A response read to the end: the status and the raw body bytes.
 *
 * <p>Immutable in practice; the body array is not copied, do not change it.
 *
 * @param status the HTTP status
 * @param body   the raw body, empty when there was none
 */
public record HttpReply(int status, byte[] body) {

    /** Validates the parts. */
    public HttpReply {
        Objects.requireNonNull(body, "body");
    }

    /** True for 2xx. */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}
