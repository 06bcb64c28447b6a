package dev.waybill.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * A JUnit 5 extension, registered for every test of a module that has this module on its test class
 * path and {@code junit.jupiter.extensions.autodetection.enabled=true} in its
 * {@code junit-platform.properties}: while a test runs, every log event at DEBUG and above, from any
 * thread, is captured (its formatted message and the messages of its exception chain); when it ends,
 * the test fails if one of them, or the message of an exception the test ends with, holds a
 * {@link Secrets secret}. The failure masks the secret.
 *
 * <p>Needs logback-classic as the SLF4J provider of the tests (this module brings it).
 */
public final class LeakGuard implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LeakGuard.class);

    /** Captures every event it is given; thread-safe. */
    static final class Capture extends AppenderBase<ILoggingEvent> {
        private final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " "
                    + event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            }
            lines.add(line.toString());
        }

        /** The lines captured so far. */
        List<String> lines() {
            return List.copyOf(lines);
        }
    }

    /** What is attached while a test runs. */
    private record Attached(Logger root, Level level, Capture capture) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Attached attached = attach();
        context.getStore(NAMESPACE).put(Attached.class, attached);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Attached attached = context.getStore(NAMESPACE).remove(Attached.class, Attached.class);
        try {
            if (attached != null) {
                detach(attached);
                check(attached.capture().lines());
            }
        } finally {
            Secrets.clear();
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        try {
            Secrets.assertNoneIn(thrown);
        } catch (AssertionError leak) {
            leak.addSuppressed(new AssertionError("the test ended with " + thrown.getClass().getName()
                    + " (its message not shown: it holds a secret)"));
            throw leak;
        }
        throw thrown;
    }

    /** Attaches a capture to the root logger at DEBUG. */
    static Attached attach() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext logback)) {
            throw new IllegalStateException("LeakGuard needs logback-classic as the SLF4J provider of the tests, found "
                    + factory.getClass().getName() + ": remove the other provider from the test class path");
        }
        Logger root = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Capture capture = new Capture();
        capture.setContext(logback);
        capture.setName("waybill-leak-guard");
        capture.start();
        Attached attached = new Attached(root, root.getLevel(), capture);
        root.setLevel(Level.DEBUG);
        root.addAppender(capture);
        return attached;
    }

    private static void detach(Attached attached) {
        attached.root().detachAppender(attached.capture());
        attached.capture().stop();
        attached.root().setLevel(attached.level());
    }

    /**
     * Fails naming every line that holds a secret, masked.
     *
     * @throws AssertionError if any does
     */
    static void check(List<String> lines) {
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            Optional<String> leak = Secrets.findIn(line);
            leak.ifPresent(leaks::add);
        }
        if (!leaks.isEmpty()) {
            throw new AssertionError("a secret reached " + leaks.size() + " log line(s):\n  "
                    + String.join("\n  ", leaks));
        }
    }
}
