package dev.waybill.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Standard input kept for a second pass over the input ({@code backtest --split} learns in the first
 * and scores in the second): what the first pass reads is copied, as it is read, to a temporary file
 * (in {@code java.io.tmpdir}), which the second pass reads in place of {@code -}; the file is deleted
 * when this is closed. Nothing is held in memory. Not thread-safe.
 */
final class StdinCopy implements AutoCloseable {

    private final Console console;
    private final Path copy;
    private final OutputStream out;

    private StdinCopy(Console console, Path copy, OutputStream out) {
        this.copy = copy;
        this.out = out;
        this.console = new Console(new FilterInputStream(console.in()) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    out.write(b);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    out.write(buffer, offset, n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                return read(new byte[(int) Math.min(n, 8192)]);
            }
        }, console.out(), console.err(), console.clock(), console.terminal());
    }

    /**
     * A copy of {@code console}'s standard input when {@code files} name it ({@code -}), else none.
     *
     * @throws UsageException if the temporary file cannot be created
     */
    static StdinCopy of(List<String> files, Console console) throws UsageException {
        if (!files.contains("-")) {
            return new StdinCopy(console, null, OutputStream.nullOutputStream());
        }
        try {
            Path copy = Files.createTempFile("waybill-stdin-", ".json");
            return new StdinCopy(console, copy, Files.newOutputStream(copy));
        } catch (IOException e) {
            throw new UsageException("cannot keep standard input for a second pass: " + e.getMessage(), e);
        }
    }

    /** The console of the first pass: its standard input is copied as it is read. */
    Console console() {
        return console;
    }

    /**
     * The files of the second pass, {@code -} replaced by the copy (standard input read to its end
     * first, so that the copy is whole).
     *
     * @throws UsageException if standard input or the copy cannot be read or written
     */
    List<String> again(List<String> files) throws UsageException {
        if (copy == null) {
            return files;
        }
        try {
            console.in().transferTo(OutputStream.nullOutputStream());
            out.close();
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("cannot keep standard input for a second pass: " + e.getMessage(), e);
        }
        String name = copy.toString();
        return files.stream().map(file -> file.equals("-") ? name : file).toList();
    }

    /** Deletes the copy. */
    @Override
    public void close() {
        if (copy == null) {
            return;
        }
        try {
            out.close();
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            copy.toFile().deleteOnExit();
        }
    }
}
