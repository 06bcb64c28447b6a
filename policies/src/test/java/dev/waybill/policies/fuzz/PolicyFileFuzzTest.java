package dev.waybill.policies.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.waybill.delay.TransitProfiles;
import dev.waybill.liability.ClaimEngine;
import dev.waybill.policies.PolicyFileException;
import dev.waybill.policies.PolicyNode;
import dev.waybill.policies.liability.LiabilityPolicies;
import dev.waybill.policies.message.MessageTemplates;
import dev.waybill.policies.remedy.CompensationPolicies;
import dev.waybill.policies.returns.ShopReturnPolicies;
import dev.waybill.policies.returns.StatutoryReturnRules;
import dev.waybill.policies.transit.TransitPolicies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;

/**
 * Every loader of a policy or profile file on any bytes: it loads the file, or refuses it with a
 * {@link PolicyFileException} naming the file and a JSON path; nothing else escapes. The learned
 * profiles of {@code waybill learn} are read by the profiles loader. Seeds (the bundled files and the
 * README's examples) and findings: {@code src/test/resources/dev/waybill/policies/fuzz/PolicyFileFuzzTestInputs/<method>/}.
 */
class PolicyFileFuzzTest {

    private static final String NAME = "shop-file.json";
    private static final TransitProfiles PROFILES = TransitPolicies.defaultProfiles();
    private static final ClaimEngine CLAIMS = LiabilityPolicies.defaults();
    private static final MessageTemplates TEMPLATES = MessageTemplates.defaults();
    private static final Path FILE = temporaryFile();

    @FuzzTest(maxDuration = "2m")
    void transitProfiles(byte[] file) {
        loadsOrRefuses(file, path -> TransitPolicies.withProfiles(PROFILES, path));
    }

    @FuzzTest(maxDuration = "2m")
    void peakCalendar(byte[] file) {
        loadsOrRefuses(file, TransitPolicies::readPeakCalendar);
    }

    @FuzzTest(maxDuration = "2m")
    void disruptions(byte[] file) {
        loadsOrRefuses(file, TransitPolicies::readDisruptions);
    }

    @FuzzTest(maxDuration = "2m")
    void statutoryReturnRules(byte[] file) {
        loadsOrRefuses(file, StatutoryReturnRules::load);
    }

    @FuzzTest(maxDuration = "2m")
    void shopReturnPolicy(byte[] file) {
        loadsOrRefuses(file, ShopReturnPolicies::load);
    }

    @FuzzTest(maxDuration = "2m")
    void compensationLadder(byte[] file) {
        loadsOrRefuses(file, CompensationPolicies::ladder);
    }

    @FuzzTest(maxDuration = "2m")
    void liabilityOverrides(byte[] file) {
        loadsOrRefuses(file, path -> LiabilityPolicies.withOverrides(CLAIMS, PolicyNode.fromFile(path)));
    }

    @FuzzTest(maxDuration = "2m")
    void messageTemplates(byte[] file) {
        loadsOrRefuses(file, TEMPLATES::overriddenBy);
    }

    @AfterAll
    static void removeFile() throws IOException {
        Files.deleteIfExists(FILE);
    }

    /** Writes {@code bytes} as a shop's file and loads it as the command does. */
    private static void loadsOrRefuses(byte[] bytes, Function<Path, Object> loader) {
        try {
            Files.write(FILE, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            assertThat(loader.apply(FILE)).isNotNull();
        } catch (PolicyFileException e) {
            assertThat(e.file()).isEqualTo(FILE.toString());
            assertThat(e.path()).startsWith("$");
            assertThat(e.getMessage()).startsWith(FILE + ": $");
        }
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempDirectory("policy-fuzz").resolve(NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
