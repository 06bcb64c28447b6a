package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Waybill;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.EventCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two watchers on one PostgreSQL database split the work and never both send a notice. */
class TwoWatchersOnPostgresTest {

    private static final Waybill WAYBILL = DefaultPolicies.waybill().build();

    @Test
    void twoWatchersOnOneDatabaseSendEachNoticeOnceBetweenThem() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Instant at = Instant.parse("2026-11-14T11:00:00Z");
            try (ShipmentStore setup = ShipmentStores.open(url)) {
                for (int i = 0; i < 40; i++) {
                    setup.merge(Fixtures.order("o-" + i)
                            .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen"))
                            .event(Fixtures.event("2026-11-13T09:00:00+01:00", EventCode.DELIVERY_FAILED, "Berlin"))
                            .build(), at);
                }
            }
            List<String> sent = Collections.synchronizedList(new ArrayList<>());
            List<Integer> looked = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Void>> watchers = new ArrayList<>();
            for (String owner : List.of("a", "b")) {
                watchers.add(() -> {
                    try (ShipmentStore store = ShipmentStores.open(url)) {
                        Watcher watcher = Watcher.builder(store, WAYBILL).owner(owner).batch(5)
                                .lease(Duration.ofMinutes(5)).sink(n -> sent.add(n.id())).build();
                        looked.add(watcher.tick(at).looked());
                        looked.add(watcher.tick(at.plusSeconds(1)).looked());
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(watchers)) {
                f.get();
            }
            pool.shutdown();
            assertThat(looked.stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
            try (ShipmentStore store = ShipmentStores.open(url)) {
                List<String> ledger = store.notices(null).stream().map(StoredNotice::id).toList();
                assertThat(ledger).hasSizeGreaterThanOrEqualTo(40);
                assertThat(sent).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ledger);
                assertThat(store.unsent(at.plusSeconds(2))).isEmpty();
            }
        }
    }
}
