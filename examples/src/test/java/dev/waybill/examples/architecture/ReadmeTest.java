package dev.waybill.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README is a newcomer's path: every sample file it names is in the repository, and every
 * command line of it that depends on today passes {@code --now} (but a watch loop, which ticks on
 * the wall clock until stopped), so it answers the same on any day.
 */
class ReadmeTest {

    /** Commands whose answer depends on the clock. */
    private static final Set<String> CLOCKED = Set.of("assess", "message", "report", "ingest", "watch");

    private static final Pattern SAMPLE = Pattern.compile("examples/data/[\\w.-]+");
    private static final Pattern COMMAND = Pattern.compile("^\\./waybill +(\\w+)(.*)$", Pattern.MULTILINE);

    private static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    private static String readme() throws IOException {
        return Files.readString(root().resolve("README.md"));
    }

    @Test
    void everySampleFileTheReadmeNamesExists() throws IOException {
        Matcher sample = SAMPLE.matcher(readme());
        List<String> named = new ArrayList<>();
        while (sample.find()) {
            named.add(sample.group());
        }
        assertThat(named).isNotEmpty().allSatisfy(path -> assertThat(root().resolve(path)).exists());
    }

    @Test
    void theEmbeddingSnippetIsCodeTheBuildCompiles() throws IOException {
        String readme = readme();
        int start = readme.indexOf("```java", readme.indexOf("## Embedding"));
        String snippet = readme.substring(start + "```java".length(), readme.indexOf("```", start + 7));
        String recipe = Files.readString(root().resolve(
                "examples/src/main/java/dev/waybill/examples/recipes/EmbedWaybill.java"));
        List<String> missing = new ArrayList<>();
        for (String line : snippet.split("\n")) {
            if (!line.isBlank() && !recipe.contains(line.strip())) {
                missing.add(line.strip());
            }
        }
        assertThat(missing).as("README lines not in EmbedWaybill.java").isEmpty();
    }

    @Test
    void everyCommandLineThatDependsOnTodayPassesNow() throws IOException {
        Matcher command = COMMAND.matcher(readme());
        List<String> withoutNow = new ArrayList<>();
        while (command.find()) {
            String name = command.group(1);
            String line = command.group(2);
            boolean loop = name.equals("watch") && !line.contains("--once");   // ticks on the wall clock until stopped
            if (CLOCKED.contains(name) && !line.contains("--now") && !line.contains("--help") && !loop) {
                withoutNow.add(command.group());
            }
        }
        assertThat(withoutNow).isEmpty();
    }
}
