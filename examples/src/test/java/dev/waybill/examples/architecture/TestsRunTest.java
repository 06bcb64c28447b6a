package dev.waybill.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class that holds tests is one that {@code mvn verify} runs: Surefire picks classes by name
 * ({@code Test*}, {@code *Test}, {@code *Tests}, {@code *TestCase}), so a jqwik property class named
 * {@code ...Properties} compiled and never ran. An abstract contract that concrete tests extend is
 * allowed under another name.
 */
class TestsRunTest {

    private static final Pattern TESTS = Pattern.compile("@(Test|Property|ParameterizedTest|TestFactory|Example)\\b");
    private static final Pattern RUN_BY_NAME = Pattern.compile("(Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase)\\.java");
    private static final Pattern ABSTRACT = Pattern.compile("\\babstract\\s+class\\b");

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("core/pom.xml")) ? here : here.getParent();
    }

    @Test
    void everyClassWithTestsHasANameSurefireRuns() throws IOException {
        List<String> unrun;
        try (Stream<Path> files = Files.walk(root())) {
            unrun = files
                    .filter(path -> path.toString().contains("/src/test/java/") && path.toString().endsWith(".java"))
                    .filter(path -> !path.toString().contains("/target/"))
                    .filter(path -> !RUN_BY_NAME.matcher(path.getFileName().toString()).matches())
                    .filter(path -> {
                        String source = read(path);
                        return TESTS.matcher(source).find() && !ABSTRACT.matcher(source).find();
                    })
                    .map(path -> root().relativize(path).toString())
                    .sorted()
                    .toList();
        }
        assertThat(unrun).as("classes with tests that Surefire would skip by their name").isEmpty();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
