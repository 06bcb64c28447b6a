package dev.waybill.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The modules' arrows point one way (examples -> streams -> watch, learn, mcp -> carriers, policies, json -> core;
 * carriers and policies never see each other), in the build files and in the sources: a module
 * that declares, or imports from, a module it must not know fails this test. Read from the
 * repository itself, so a new dependency in any pom or an import in any source is caught.
 */
class ModuleArrowsTest {

    /** What each module may depend on among Waybill's own modules. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "core", Set.of(),
            "json", Set.of("core"),
            "policies", Set.of("core"),
            "carriers", Set.of("core"),
            "watch", Set.of("core", "json", "policies", "carriers"),
            "learn", Set.of("core", "json", "policies"),
            "mcp", Set.of("core", "json", "policies", "carriers"),
            "streams", Set.of("core", "json", "policies", "watch"));

    /** The package each module's sources live under. */
    private static final Map<String, String> PACKAGES = Map.of(
            "core", "dev.waybill.(shipment|delay|liability|returns|remedy|message|source|carrier)\\b|dev\\.waybill\\.Waybill\\b",
            "json", "dev.waybill.json",
            "policies", "dev.waybill.policies",
            "carriers", "dev.waybill.carriers",
            "watch", "dev.waybill.watch",
            "learn", "dev.waybill.learn",
            "mcp", "dev.waybill.mcp",
            "streams", "dev.waybill.streams");

    private static final Pattern DEPENDENCY = Pattern.compile("<artifactId>waybill-([a-z]+)</artifactId>");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.waybill\\.[\\w.]+);", Pattern.MULTILINE);

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("core/pom.xml")) ? here : here.getParent();
    }

    @Test
    void everyModulesBuildFileDependsOnlyOnTheModulesItMayKnow() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> module : ALLOWED.entrySet()) {
            Path pom = root().resolve(module.getKey()).resolve("pom.xml");
            if (!Files.exists(pom)) {
                continue;
            }
            Matcher dependency = DEPENDENCY.matcher(Files.readString(pom));
            while (dependency.find()) {
                String other = dependency.group(1);
                // waybill-testing is test support in test scope, not an arrow between the SDK's modules
                if (!other.equals(module.getKey()) && !other.equals("parent") && !other.equals("bom")
                        && !other.equals("testing")
                        && !module.getValue().contains(other)) {
                    wrong.add(module.getKey() + " depends on " + other);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noModulesSourcesImportFromAModuleItMayNotKnow() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> module : ALLOWED.entrySet()) {
            Path sources = root().resolve(module.getKey()).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            Set<String> forbidden = new TreeSet<>(ALLOWED.keySet());
            forbidden.removeAll(module.getValue());
            forbidden.remove(module.getKey());
            for (Path file : javaFiles(sources)) {
                for (String imported : imports(file)) {
                    for (String other : forbidden) {
                        if (imported.matches("(" + PACKAGES.get(other) + ").*")) {
                            wrong.add(root().relativize(file) + " imports " + imported);
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theRuleCatchesAForbiddenImport() {
        // the check itself: carriers importing policies must be seen
        assertThat("dev.waybill.policies.DefaultPolicies").matches("(" + PACKAGES.get("policies") + ").*");
        assertThat("dev.waybill.carriers.dhl.DhlTracking").doesNotMatch("(" + PACKAGES.get("policies") + ").*");
        assertThat("dev.waybill.Waybill").matches("(" + PACKAGES.get("core") + ").*");
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> imports(Path file) {
        try {
            List<String> found = new ArrayList<>();
            Matcher matcher = IMPORT.matcher(Files.readString(file));
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
