package dev.waybill.watch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waybill.watch.NoticePolicies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/**
 * The notice policy loader ({@code waybill watch --policy FILE}) on any bytes: it loads the policy,
 * or refuses it with the documented {@link IllegalArgumentException} whose message starts with the
 * file and a JSON path; nothing else escapes. Seeds and findings:
 * {@code src/test/resources/dev/waybill/watch/fuzz/NoticePolicyFuzzTestInputs/noticePolicy/}.
 */
class NoticePolicyFuzzTest {

    private static final Path FILE = temporaryFile();

    @FuzzTest(maxDuration = "2m")
    void noticePolicy(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        try {
            assertThat(NoticePolicies.load(FILE)).isNotNull();
        } catch (IllegalArgumentException e) {
            assertThat(e.getClass()).isEqualTo(IllegalArgumentException.class);
            assertThat(e.getMessage()).startsWith(FILE + ": ");
        }
    }

    @AfterAll
    static void removeFile() throws IOException {
        Files.deleteIfExists(FILE);
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempDirectory("notice-policy-fuzz").resolve("notice-policy.json");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
