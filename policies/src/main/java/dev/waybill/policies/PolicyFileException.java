package dev.waybill.policies;

import java.util.Objects;

/**
 * A policy file (bundled resource or a shop's own file) that cannot be used: names the file, the
 * JSON path inside it and the problem, for example
 * {@code shop-policy.json: $.windows[2].days: must be at least 14 (the statutory period)}.
 */
public final class PolicyFileException extends RuntimeException {

    private final String file;
    private final String path;

    /**
     * @param file    the file or resource name
     * @param path    the JSON path of the bad value, {@code $} for the whole document
     * @param problem what is wrong
     */
    public PolicyFileException(String file, String path, String problem) {
        super(file + ": " + path + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The file or resource name. */
    public String file() {
        return file;
    }

    /** The JSON path of the bad value. */
    public String path() {
        return path;
    }
}
