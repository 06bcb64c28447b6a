package dev.waybill.carriers.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;

/** Small edits of bytes (a body, a token) chosen by the fuzzer: a byte flipped, inserted or dropped, one to eight times. */
final class ByteEdits {

    private ByteEdits() {
    }

    /** {@code original} after the edits {@code data} chooses; may come back equal to it. */
    static byte[] apply(byte[] original, FuzzedDataProvider data) {
        byte[] body = original.clone();
        int edits = data.consumeInt(1, 8);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            int at = data.consumeInt(0, body.length);
            byte value = data.consumeByte();
            body = switch (data.consumeInt(0, 2)) {
                case 0 -> flip(body, Math.min(at, body.length - 1), value);
                case 1 -> insert(body, at, value);
                default -> drop(body, Math.min(at, body.length - 1));
            };
        }
        return body;
    }

    private static byte[] flip(byte[] body, int at, byte mask) {
        byte[] copy = body.clone();
        copy[at] ^= mask == 0 ? 1 : mask;
        return copy;
    }

    private static byte[] insert(byte[] body, int at, byte value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 1);
        out.write(body, 0, at);
        out.write(value);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static byte[] drop(byte[] body, int at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        out.write(body, 0, at);
        out.write(body, at + 1, body.length - at - 1);
        return out.toByteArray();
    }
}
