package dev.waybill.carriers.testing;

import dev.waybill.carriers.http.HttpSettings;
import java.time.Duration;

/** HTTP settings for tests: zero-sleep retries recorded by {@code sleeper}, short timeouts, one call at a time. */
public final class TestHttp {

    private TestHttp() {
    }

    /** Four attempts, waits recorded and skipped, 2 s read timeout, sequential calls. */
    public static HttpSettings settings(RecordingSleeper sleeper) {
        return HttpSettings.builder()
                .sleeper(sleeper)
                .initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofSeconds(2))
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2))
                .maxConcurrency(1)
                .build();
    }
}
