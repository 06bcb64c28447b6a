package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The default lease owner names this process: every watcher built here leases under it (so a watcher
 * rebuilt after a crash in the same process takes its leases back), and it carries the process id and a
 * tag drawn once, so that watchers in two processes on one database never share a name.
 */
class ProcessOwnerTest {

    @Test
    void theDefaultOwnerNamesThisProcessAndStaysTheSameInIt() {
        String owner = Watcher.processOwner();

        assertThat(owner).matches("watcher-" + ProcessHandle.current().pid() + "-[0-9a-f]{8}");
        assertThat(Watcher.processOwner()).isEqualTo(owner);
    }
}
