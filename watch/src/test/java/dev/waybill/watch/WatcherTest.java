package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waybill.Waybill;
import dev.waybill.policies.DefaultPolicies;
import dev.waybill.shipment.EventCode;
import dev.waybill.watch.rules.Audience;
import dev.waybill.watch.rules.Field;
import dev.waybill.watch.rules.NoticeKind;
import dev.waybill.watch.rules.Transition;
import dev.waybill.watch.rules.Trigger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatcherTest {

    static final Waybill WAYBILL = DefaultPolicies.waybill().build();

    @TempDir
    Path dir;
    ShipmentStore store;
    final List<StoredNotice> received = new ArrayList<>();

    @BeforeEach
    void open() {
        store = ShipmentStores.open(dir.resolve("shop").toString());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Watcher watcher() {
        return Watcher.builder(store, WAYBILL).sink(received::add).build();
    }

    @Test
    void theFirstTickRecordsTheVerdictAsTransitionsFromIngest() {
        store.merge(Fixtures.pickedUp("o-1"), Instant.parse("2026-11-06T02:00:00Z"));
        Watcher.Tick tick = watcher().tick(Instant.parse("2026-11-07T09:00:00Z"));
        assertThat(tick.looked()).isEqualTo(1);
        assertThat(store.transitions("o-1")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.cause()).isEqualTo(Trigger.INGEST))
                .extracting(Transition::field).contains(Field.STATUS, Field.STAGE);
        assertThat(store.find("o-1").orElseThrow().state().last()).isPresent();
    }

    @Test
    void aCustomsHoldPastTheGraceIsToldOnceInTheBuyersLanguageAndTheSameTickAgainPrintsNothing() {
        Instant held = Instant.parse("2026-11-12T10:00:00Z");
        store.merge(Fixtures.order("o-1")
                .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen"))
                .event(Fixtures.event("2026-11-07T09:00:00+08:00", EventCode.DEPARTED_ORIGIN, "Shenzhen"))
                .event(Fixtures.event("2026-11-08T09:00:00+01:00", EventCode.ARRIVED_DESTINATION, "Frankfurt"))
                .event(Fixtures.held("2026-11-12T11:00:00+01:00")).build(), held);
        Watcher watcher = watcher();
        watcher.tick(held);
        assertThat(received).isEmpty();
        Instant later = Instant.parse("2026-11-14T11:00:00Z");
        Watcher.Tick tick = watcher.tick(later);
        assertThat(tick.sent()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.EXCEPTION);
            assertThat(n.audience()).isEqualTo(Audience.BUYER);
            assertThat(n.language()).hasValue("de");
            assertThat(n.body().orElseThrow()).isNotBlank();
            assertThat(n.verdictJson()).contains("\"exception\":\"CUSTOMS_HOLD\"");
        });
        assertThat(watcher.tick(later).sent()).isEmpty();
        assertThat(store.notices("o-1")).singleElement()
                .satisfies(n -> assertThat(n.sentAt()).hasValue(later));
    }

    @Test
    void aBuyerNoticeDecidedAtNightInBerlinGoesOutAtTheFirstTickAfterEight() {
        Instant night = Instant.parse("2026-11-14T22:30:00Z");   // 23:30 in Berlin
        store.merge(Fixtures.order("o-1")
                .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen"))
                .event(Fixtures.event("2026-11-13T09:00:00+01:00", EventCode.DELIVERY_FAILED, "Berlin")).build(),
                night);
        Watcher watcher = watcher();
        watcher.tick(night);
        assertThat(received).isEmpty();
        assertThat(store.notices("o-1")).isNotEmpty();
        assertThat(watcher.tick(Instant.parse("2026-11-15T06:59:00Z")).sent()).isEmpty();
        assertThat(watcher.tick(Instant.parse("2026-11-15T07:05:00Z")).sent())
                .extracting(StoredNotice::kind).contains(NoticeKind.EXCEPTION);
    }

    @Test
    void aSinkThatFailsGetsTheSameNoticeWithTheSameIdAtTheNextTick() {
        Instant at = Instant.parse("2026-11-14T11:00:00Z");
        store.merge(Fixtures.order("o-1")
                .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen"))
                .event(Fixtures.event("2026-11-13T09:00:00+01:00", EventCode.DELIVERY_FAILED, "Berlin")).build(), at);
        AtomicBoolean down = new AtomicBoolean(true);
        List<String> ids = new ArrayList<>();
        Watcher watcher = Watcher.builder(store, WAYBILL).sink(n -> {
            if (down.get()) {
                throw new IllegalStateException("sink down");
            }
            ids.add(n.id());
        }).build();
        try {
            watcher.tick(at);
        } catch (IllegalStateException expected) {
            // the tick stops; the notice stays in the outbox
        }
        down.set(false);
        watcher.tick(at.plusSeconds(60));
        assertThat(ids).isNotEmpty().isEqualTo(store.notices("o-1").stream().map(StoredNotice::id).toList());
    }

    @Test
    void aDeliveredShipmentIsNoLongerDue() {
        Instant at = Instant.parse("2026-11-14T11:00:00Z");
        store.merge(Fixtures.order("o-1")
                .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen"))
                .event(Fixtures.event("2026-11-13T09:00:00+01:00", EventCode.DELIVERED, "Berlin")).build(), at);
        watcher().tick(at);
        assertThat(watcher().tick(at.plusSeconds(86_400 * 3)).looked()).isZero();
    }

    @Test
    void anEtaChangedNoticeSaysInTheBuyersLanguageWhatWasToldAndWhatIsTrueNow() {
        // picked up in Shenzhen on 6 November in the peak season, promised for 18 November
        Instant at = Instant.parse("2026-11-06T12:00:00Z");
        store.merge(Fixtures.pickedUp("o-1"), at);
        watcher().tick(at);
        StoredNotice moved = store.notices("o-1").stream().filter(n -> n.kind() == NoticeKind.ETA_CHANGED)
                .findFirst().orElseThrow();
        assertThat(moved.language()).hasValue("de");
        assertThat(moved.body().orElseThrow()).contains("Zuletzt hatten wir Ihnen als Liefertermin Mittwoch, 18. November genannt")
                .containsPattern("jetzt ist es voraussichtlich \\S+, (19|2[0-9])\\. November");
    }

    @Test
    void shopNoticesAreWrittenInTheShopsLanguage() {
        // the buyer says it never came: the shop hears of it
        Instant at = Instant.parse("2026-11-14T11:00:00Z");
        store.merge(Fixtures.order("o-1")
                .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen"))
                .event(Fixtures.event("2026-11-12T09:00:00+01:00", EventCode.DELIVERED, "Berlin"))
                .report(dev.waybill.shipment.CustomerReport.of(Instant.parse("2026-11-13T09:00:00Z"),
                        dev.waybill.shipment.ReportType.NOT_RECEIVED)).build(), at);
        Watcher.builder(store, WAYBILL).policy(dev.waybill.watch.rules.NoticePolicy.defaults()
                .withShopLanguage(java.util.Locale.GERMAN)).build().tick(at);
        assertThat(store.notices("o-1")).filteredOn(n -> n.kind() == NoticeKind.NEEDS_PERSON).first()
                .satisfies(n -> {
                    assertThat(n.audience()).isEqualTo(Audience.SHOP);
                    assertThat(n.language()).hasValue("de");
                    assertThat(n.subject()).hasValue("Bitte persönlich übernehmen: o-1");
                    assertThat(n.body().orElseThrow()).startsWith("Der Käufer von o-1 hat ein Problem gemeldet (NOT_RECEIVED)");
                });
    }

    @Test
    void aLostConnectionEndsTheTickInOneLineAndTheNextTickReconnects() throws Exception {
        Instant at = Instant.parse("2026-11-14T11:00:00Z");
        store.merge(Fixtures.pickedUp("o-1"), at);
        // another session shuts the H2 database down: every connection to it is closed under the store
        try (java.sql.Connection other = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("shop").toAbsolutePath());
             java.sql.Statement statement = other.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        Watcher watcher = watcher();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> watcher.tick(at))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("lost the connection to jdbc:h2:file:")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Watcher.Tick tick = watcher.tick(at);
        assertThat(tick.looked()).isEqualTo(1);
        assertThat(store.find("o-1").orElseThrow().state().last()).isPresent();
    }
}
