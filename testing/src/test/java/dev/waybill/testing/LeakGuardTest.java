package dev.waybill.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guard proved on sample tests run through the JUnit launcher: each sample that leaks a secret
 * into a log line or an exception message fails, with the secret masked; a clean one passes.
 */
class LeakGuardTest {

    private static final String KEY = "sample-api-key-5e6f";
    private static final Logger LOG = LoggerFactory.getLogger("dev.waybill.sample");

    @ExtendWith(LeakGuard.class)
    static class DebugLineSample {
        @Test
        void logsTheKeyAtDebug() {
            Secrets.register(KEY);
            LOG.debug("calling https://api.example/track with key {}", KEY);
        }
    }

    @ExtendWith(LeakGuard.class)
    static class OtherThreadSample {
        @Test
        void logsTheKeyOnAnotherThread() throws InterruptedException {
            Secrets.register(KEY);
            Thread thread = new Thread(() -> LOG.info("dispatcher sends {}", KEY));
            thread.start();
            thread.join();
        }
    }

    @ExtendWith(LeakGuard.class)
    static class ExceptionChainSample {
        @Test
        void logsAnExceptionWhoseCauseHoldsTheKey() {
            Secrets.register(KEY);
            LOG.warn("call failed", new IllegalStateException("wrapped", new IOException("401 for key " + KEY)));
        }
    }

    @ExtendWith(LeakGuard.class)
    static class ThrownSample {
        @Test
        void endsWithAnExceptionHoldingTheKey() {
            Secrets.register(KEY);
            throw new IllegalArgumentException("refused key " + KEY);
        }
    }

    @ExtendWith(LeakGuard.class)
    static class EmailSample {
        @Test
        void logsABuyersEmailAddress() {
            LOG.debug("notice for buyer jane.doe@shop-customer.example sent");
        }
    }

    @ExtendWith(LeakGuard.class)
    static class WellKnownKeySample {
        @Test
        void logsAWellKnownTestKeyWithoutRegisteringIt() {
            LOG.debug("DHL-API-Key: test-dhl-key-0001");
        }
    }

    @ExtendWith(LeakGuard.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class CleanSample {
        @Test
        @Order(1)
        void registersAKeyAndLogsOnlyItsHost() {
            Secrets.register(KEY);
            LOG.debug("carrier=dhl GET https://api.example/track -> 200");
        }

        @Test
        @Order(2)
        void logsTheFormerTestsKeyWhichIsForgottenByNow() {
            LOG.debug("not a secret any more: {}", KEY);
        }
    }

    private static TestExecutionSummary run(Class<?> sample) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(sample))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false").build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }

    private static Throwable onlyFailure(Class<?> sample) {
        TestExecutionSummary summary = run(sample);
        assertThat(summary.getTestsStartedCount()).isEqualTo(1);
        List<TestExecutionSummary.Failure> failures = summary.getFailures();
        assertThat(failures).hasSize(1);
        return failures.get(0).getException();
    }

    @Test
    void aKeyInADebugLineFailsTheTestWithTheKeyMasked() {
        Throwable failure = onlyFailure(DebugLineSample.class);

        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessageContaining("a secret reached 1 log line(s)")
                .hasMessageContaining("with key <secret>")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void aKeyLoggedOnAnotherThreadFailsTheTest() {
        assertThat(onlyFailure(OtherThreadSample.class)).hasMessageContaining("dispatcher sends <secret>");
    }

    @Test
    void aKeyInTheCauseOfALoggedExceptionFailsTheTest() {
        assertThat(onlyFailure(ExceptionChainSample.class)).hasMessageContaining("401 for key <secret>")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void aTestEndingWithAnExceptionThatHoldsTheKeyFailsOnTheLeakNotOnTheException() {
        Throwable failure = onlyFailure(ThrownSample.class);

        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessage("a secret reached an exception message: IllegalArgumentException: refused key <secret>");
        assertThat(failure.getSuppressed()).singleElement().asString().doesNotContain(KEY);
    }

    @Test
    void aBuyersEmailAddressInALogLineFailsTheTest() {
        assertThat(onlyFailure(EmailSample.class)).hasMessageContaining("notice for buyer <e-mail> sent");
    }

    @Test
    void aWellKnownTestKeyFailsTheTestWithoutBeingRegistered() {
        assertThat(onlyFailure(WellKnownKeySample.class)).hasMessageContaining("DHL-API-Key: <secret>");
    }

    @Test
    void cleanTestsPassAndWhatATestRegisteredIsForgottenWhenItEnds() {
        TestExecutionSummary summary = run(CleanSample.class);

        assertThat(summary.getTestsStartedCount()).isEqualTo(2);
        assertThat(summary.getFailures()).isEmpty();
    }

    @Test
    void assertNoneInReadsTheWholeCauseChainAndSuppressedExceptions() {
        Secrets.register(KEY);
        RuntimeException clean = new RuntimeException("outer", new IOException("inner"));
        RuntimeException leaking = new RuntimeException("outer");
        leaking.addSuppressed(new IOException("closing with " + KEY));
        try {
            Secrets.assertNoneIn(clean);
            assertThatThrownBy(() -> Secrets.assertNoneIn(leaking)).hasMessageContaining("closing with <secret>");
        } finally {
            Secrets.clear();
        }
    }
}
