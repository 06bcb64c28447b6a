package dev.waybill.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no log line and no exception message may carry: the keys, secrets and tokens a test
 * {@linkplain #register registers}, the well-known test keys and buyer contacts of the modules' tests
 * (listed in {@code known-secrets.txt} beside this class), and any e-mail address. {@link LeakGuard}
 * checks every log event of every test against them; a test checks an exception it caught with
 * {@link #assertNoneIn(Throwable)}.
 *
 * <p>Thread-safe; what a test registers is forgotten when it ends.
 *
 * <pre>{@code
 * Secrets.register(API_KEY, "buyer@example.com", "+4915112345678");
 * }</pre>
 */
public final class Secrets {

    /** A value shorter than this could be anything in a log line; it is not checked. */
    static final int SHORTEST = 4;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Set<String> KNOWN = load("known-secrets.txt");
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

    private Secrets() {
    }

    /**
     * Registers {@code values} (keys, secrets, tokens, buyer e-mail addresses or phone numbers) for the
     * running test; nulls and values shorter than four characters are ignored.
     */
    public static void register(String... values) {
        for (String value : values) {
            if (value != null && value.length() >= SHORTEST) {
                REGISTERED.add(value);
            }
        }
    }

    /** The well-known test secrets and everything registered by the running test. */
    public static Set<String> all() {
        Set<String> all = new LinkedHashSet<>(KNOWN);
        all.addAll(REGISTERED);
        return all;
    }

    /**
     * {@code text} with every secret and e-mail address in it replaced by {@code <secret>}, or empty
     * when it holds none: what a failure may print without leaking it again.
     */
    public static Optional<String> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String masked = text;
        for (String secret : all()) {
            masked = masked.replace(secret, "<secret>");
        }
        Matcher email = EMAIL.matcher(masked);
        masked = email.replaceAll("<e-mail>");
        return masked.equals(text) ? Optional.empty() : Optional.of(masked);
    }

    /**
     * Fails if the message of {@code thrown}, or of any exception in its cause chain or suppressed by it,
     * holds a secret.
     *
     * @throws AssertionError naming the exception, its secrets masked
     */
    public static void assertNoneIn(Throwable thrown) {
        for (String message : messages(thrown)) {
            Optional<String> leak = findIn(message);
            if (leak.isPresent()) {
                throw new AssertionError("a secret reached an exception message: " + leak.get());
            }
        }
    }

    /** The messages of {@code thrown}, its causes and what they suppressed, each prefixed with its class. */
    static List<String> messages(Throwable thrown) {
        List<String> messages = new ArrayList<>();
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        collect(thrown, messages, seen);
        return messages;
    }

    private static void collect(Throwable thrown, List<String> messages, Set<Throwable> seen) {
        if (thrown == null || !seen.add(thrown)) {
            return;
        }
        messages.add(thrown.getClass().getSimpleName() + ": " + thrown.getMessage());
        collect(thrown.getCause(), messages, seen);
        for (Throwable suppressed : thrown.getSuppressed()) {
            collect(suppressed, messages, seen);
        }
    }

    /** Forgets what the running test registered. */
    static void clear() {
        REGISTERED.clear();
    }

    private static Set<String> load(String resource) {
        Set<String> values = new LinkedHashSet<>();
        try (InputStream in = Objects.requireNonNull(Secrets.class.getResourceAsStream(resource), resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String value = line.strip();
                if (!value.isEmpty() && !value.startsWith("#") && value.length() >= SHORTEST) {
                    values.add(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(values);
    }
}
