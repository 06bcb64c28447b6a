package dev.waybill.carriers.internal;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads a response body to the end, never holding more than a limit: a declared
 * {@code Content-Length} over the limit is refused before reading, and a body without one (chunked,
 * or gzip that OkHttp inflates on the fly) is refused as soon as one byte more than the limit has
 * arrived. Stateless.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    /** The body is larger than the limit; nothing past the limit was kept. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the body is larger than the limit of " + limit + " bytes (HttpSettings.maxBodySize)");
        }
    }

    /**
     * The bytes of {@code body}, empty when there is none.
     *
     * @throws TooLarge if it holds more than {@code limit} bytes
     * @throws IOException if the connection fails while reading
     */
    static byte[] read(ResponseBody body, long limit) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        if (body.contentLength() > limit) {
            throw new TooLarge(limit);
        }
        BufferedSource source = body.source();
        if (source.request(limit + 1)) {
            throw new TooLarge(limit);
        }
        return source.readByteArray();
    }
}
