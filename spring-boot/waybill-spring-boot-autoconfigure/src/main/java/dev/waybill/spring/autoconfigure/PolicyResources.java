package dev.waybill.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads a shop's policy file named by a property as a Spring resource location ({@code classpath:},
 * {@code file:}, a bare path), with the loader that reads such a file from a path. A problem is reported
 * as {@code <property>: <location>: <JSON path>: <problem>}, in the words of the application's own
 * properties, whether the file lies on disk or inside a jar.
 */
final class PolicyResources {

    /** Reads a policy from a file on disk. */
    @FunctionalInterface
    interface Loader<T> {
        /** The policy in {@code file}. */
        T load(Path file) throws IOException;
    }

    private final ResourceLoader resources;

    PolicyResources(ResourceLoader resources) {
        this.resources = resources;
    }

    /**
     * The policy at {@code location}, given by {@code property}, or {@code otherwise} when no location is given.
     *
     * @throws IllegalArgumentException naming the property, the location and the problem
     */
    <T> T loadOr(String property, String location, Supplier<T> otherwise, Loader<T> loader) {
        return location == null || location.isBlank() ? otherwise.get() : load(property, location, loader);
    }

    /**
     * The policy at {@code location}, given by {@code property}.
     *
     * @throws IllegalArgumentException naming the property, the location and the problem
     */
    <T> T load(String property, String location, Loader<T> loader) {
        Resource resource = resources.getResource(location.strip());
        if (!resource.exists()) {
            throw new IllegalArgumentException(property + ": " + location + ": not found");
        }
        Path temporary = null;
        try {
            Path file;
            if (resource.isFile()) {
                file = resource.getFile().toPath();
            } else {
                temporary = Files.createTempDirectory("waybill-policy");
                String name = resource.getFilename() == null ? "policy.json" : resource.getFilename();
                file = temporary.resolve(name);
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try {
                return loader.load(file);
            } catch (RuntimeException e) {   // PolicyFileException, the notice policy's IllegalArgumentException
                String problem = e.getMessage() == null ? "invalid" : e.getMessage().replace(file.toString(), location);
                throw new IllegalArgumentException(property + ": " + (problem.startsWith(location) ? problem
                        : location + ": " + problem), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(property + ": " + location + ": cannot read: " + e.getMessage(), e);
        } finally {
            delete(temporary);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            directory.toFile().deleteOnExit();
        }
    }
}
