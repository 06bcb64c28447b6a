package dev.waybill.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code waybill streams} at start-up: the brokers not reached and bad flags are one line and exit 1. */
class StreamsCommandTest {

    @Test
    void brokersThatDoNotAnswerAreOneLineAndExitOneWithinTheWait() {
        long start = System.nanoTime();
        CommandRun run = CommandRun.waybill("streams", "--bootstrap-servers", "127.0.0.1:1");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr().strip()).startsWith("waybill streams: cannot start on 127.0.0.1:1: ")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(System.nanoTime() - start).as("bounded by the start-up wait, not a hang")
                .isLessThan(StreamsCommand.WAIT.multipliedBy(4).toNanos());
    }

    @Test
    void aPunctuationThatIsNotADurationIsAUsageError() {
        CommandRun run = CommandRun.waybill("streams", "--bootstrap-servers", "127.0.0.1:1", "--punctuate", "1m");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr().strip())
                .isEqualTo("waybill streams: --punctuate: not an ISO-8601 duration (PT1M, PT30S): '1m'");
    }

    @Test
    void withoutBrokersItSaysWhichFlagIsMissing() {
        CommandRun run = CommandRun.waybill("streams");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr().strip()).isEqualTo("waybill streams: --bootstrap-servers is required");
    }
}
