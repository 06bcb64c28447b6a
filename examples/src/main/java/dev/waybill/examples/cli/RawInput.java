package dev.waybill.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input file ({@code -} is standard input) as raw bytes, exactly as they are: signatures are over them. */
final class RawInput {

    private RawInput() {
    }

    /**
     * The bytes of {@code file}.
     *
     * @throws UsageException if it cannot be read
     */
    static byte[] read(String file, InputStream stdin) throws UsageException {
        try {
            if (file.equals("-")) {
                return stdin.readAllBytes();
            }
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new UsageException("cannot read " + file + ": is a directory");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
