package dev.waybill.carriers.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test payloads from {@code src/test/resources}. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The bytes of resource {@code path}, for example {@code dhl/tracking_ok.json}. */
    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of resource {@code path}. */
    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
