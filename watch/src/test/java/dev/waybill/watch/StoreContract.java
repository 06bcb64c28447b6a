package dev.waybill.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waybill.carrier.WebhookHeaders;
import dev.waybill.shipment.CarrierStatus;
import dev.waybill.shipment.EventCode;
import dev.waybill.shipment.Reason;
import dev.waybill.shipment.TextReading;
import dev.waybill.shipment.TimeBasis;
import java.time.OffsetDateTime;
import dev.waybill.shipment.Shipment;
import dev.waybill.watch.rules.Audience;
import dev.waybill.watch.rules.Decision;
import dev.waybill.watch.rules.Field;
import dev.waybill.watch.rules.Notice;
import dev.waybill.watch.rules.NoticeKind;
import dev.waybill.watch.rules.NoticePolicy;
import dev.waybill.watch.rules.Rules;
import dev.waybill.watch.rules.Snapshot;
import dev.waybill.watch.rules.Transition;
import dev.waybill.watch.rules.Trigger;
import dev.waybill.delay.Cause;
import dev.waybill.delay.ExceptionType;
import dev.waybill.delay.Status;
import dev.waybill.shipment.CountryCode;
import dev.waybill.shipment.Stage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What every {@link ShipmentStore} does, run on H2 and on PostgreSQL by the subclasses. */
abstract class StoreContract {

    static final Instant T0 = Instant.parse("2026-11-14T09:00:00Z");

    /** A fresh, empty store. */
    abstract ShipmentStore store();

    @Test
    void aNewShipmentIsStoredWithItsEvents() {
        try (ShipmentStore store = store()) {
            Shipment shipment = Fixtures.order("o-1")
                    .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen"))
                    .event(Fixtures.held("2026-11-12T11:00:00+01:00")).build();
            assertThat(store.merge(shipment, T0)).isEqualTo(new MergeResult("o-1", 2, 0));
            Shipment stored = store.find("o-1").orElseThrow().shipment();
            assertThat(stored).isEqualTo(shipment);
        }
    }

    @Test
    void theCarriersStatusAndTheEventsReadingsAreKeptAndANewStatusReplacesTheOldWhole() {
        try (ShipmentStore store = store()) {
            Shipment held = Fixtures.order("o-1")
                    .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen").toBuilder()
                            .timeBasis(TimeBasis.ZONE_OF_LOCATION)
                            .reading(TextReading.of("zh.picked-up", TextReading.Certainty.MEDIUM)).build())
                    .carrierStatus(CarrierStatus.of(CarrierStatus.Progress.CUSTOMS_HOLD,
                            OffsetDateTime.parse("2026-11-12T11:00:00+01:00"), "DHL status 'transit'")
                            .withReason(Reason.DOCUMENTS)).build();
            store.merge(held, T0);
            assertThat(store.find("o-1").orElseThrow().shipment()).isEqualTo(held);
            CarrierStatus delivered = CarrierStatus.of(CarrierStatus.Progress.DELIVERED, null, "DHL status 'delivered'");
            store.merge(Fixtures.order("o-1").carrierStatus(delivered).build(), T0.plusSeconds(60));
            assertThat(store.find("o-1").orElseThrow().shipment().carrierStatus()).hasValue(delivered);
            store.merge(Fixtures.order("o-1").build(), T0.plusSeconds(120));    // says nothing of the status
            assertThat(store.find("o-1").orElseThrow().shipment().carrierStatus()).hasValue(delivered);
        }
    }

    @Test
    void mergingManyInOneTransactionCountsEachShipmentsEventsAndMakesThemAllDue() {
        try (ShipmentStore store = store()) {
            store.merge(Fixtures.pickedUp("o-1"), T0);
            List<MergeResult> results = store.mergeAll(List.of(
                    Fixtures.order("o-1")
                            .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen"))
                            .event(Fixtures.event("2026-11-08T10:00:00+08:00", EventCode.DEPARTED_ORIGIN, "Shenzhen"))
                            .build(),
                    Fixtures.pickedUp("o-2"),
                    Fixtures.order("o-3").build()), T0.plusSeconds(60));
            assertThat(results).containsExactly(new MergeResult("o-1", 1, 1), new MergeResult("o-2", 1, 0),
                    new MergeResult("o-3", 0, 0));
            assertThat(store.find("o-1").orElseThrow().shipment().events()).hasSize(2);
            assertThat(store.leaseDue(T0.plusSeconds(120), "w", Duration.ofMinutes(1), 10))
                    .containsExactlyInAnyOrder("o-1", "o-2", "o-3");
        }
    }

    @Test
    void mergingAddsNewEventsIgnoresDuplicatesAndTakesNewValues() {
        try (ShipmentStore store = store()) {
            store.merge(Fixtures.pickedUp("o-1"), T0);
            // the same pickup written in UTC is the same instant: a duplicate
            Shipment again = Fixtures.order("o-1").promisedBy(LocalDate.parse("2026-11-20"))
                    .event(Fixtures.event("2026-11-06T01:00:00Z", EventCode.PICKED_UP, "Shenzhen"))
                    .event(Fixtures.event("2026-11-08T10:00:00+08:00", EventCode.DEPARTED_ORIGIN, "Shenzhen"))
                    .event(Fixtures.event("2026-11-08T10:00:00+08:00", EventCode.DEPARTED_ORIGIN, "Shenzhen"))
                    .build();
            assertThat(store.merge(again, T0.plusSeconds(60))).isEqualTo(new MergeResult("o-1", 1, 1));
            Shipment stored = store.find("o-1").orElseThrow().shipment();
            assertThat(stored.events()).extracting(e -> e.code())
                    .containsExactly(EventCode.PICKED_UP, EventCode.DEPARTED_ORIGIN);
            assertThat(stored.promisedBy()).hasValue(LocalDate.parse("2026-11-20"));
            assertThat(stored.trackingNumber()).hasValue("LP00123456789CN");
        }
    }

    @Test
    void anEventAtTheSameInstantInAnotherPlaceIsNotADuplicate() {
        try (ShipmentStore store = store()) {
            store.merge(Fixtures.pickedUp("o-1"), T0);
            Shipment other = Fixtures.order("o-1")
                    .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Dongguan")).build();
            assertThat(store.merge(other, T0)).isEqualTo(new MergeResult("o-1", 1, 0));
        }
    }

    @Test
    void aBatchMergesEachShipmentInOrderAsMergeDoes() {
        try (ShipmentStore store = store()) {
            Shipment departed = Fixtures.order("o-1")
                    .event(Fixtures.event("2026-11-06T01:00:00Z", EventCode.PICKED_UP, "Shenzhen"))
                    .event(Fixtures.event("2026-11-08T10:00:00+08:00", EventCode.DEPARTED_ORIGIN, "Shenzhen"))
                    .build();
            assertThat(store.mergeAll(List.of(Fixtures.pickedUp("o-1"), Fixtures.pickedUp("o-2"), departed), T0))
                    .containsExactly(new MergeResult("o-1", 1, 0), new MergeResult("o-2", 1, 0),
                            new MergeResult("o-1", 1, 1));
            assertThat(store.find("o-1").orElseThrow().shipment().events()).extracting(e -> e.code())
                    .containsExactly(EventCode.PICKED_UP, EventCode.DEPARTED_ORIGIN);
            assertThat(store.find("o-2")).isPresent();
        }
    }

    @Test
    void aBatchWithAShipmentTheStoreRefusesStoresNoneOfIt() {
        try (ShipmentStore store = store()) {
            Shipment tooLong = Fixtures.pickedUp("o-" + "9".repeat(250));   // ids are at most 200 characters
            assertThatThrownBy(() -> store.mergeAll(List.of(Fixtures.pickedUp("o-1"), tooLong), T0))
                    .isInstanceOf(StoreException.class);
            assertThat(store.find("o-1")).isEmpty();
            assertThat(store.merge(Fixtures.pickedUp("o-1"), T0)).isEqualTo(new MergeResult("o-1", 1, 0));
        }
    }

    @Test
    void anIngestedShipmentIsDueAtOnceAndLeasedToOneOwnerAtATime() {
        try (ShipmentStore store = store()) {
            store.merge(Fixtures.pickedUp("o-1"), T0);
            store.merge(Fixtures.pickedUp("o-2"), T0.plusSeconds(1));
            Instant earlier = T0.minus(Duration.ofDays(30));
            assertThat(store.leaseDue(earlier, "a", Duration.ofMinutes(5), 1)).containsExactly("o-1");
            assertThat(store.leaseDue(earlier, "b", Duration.ofMinutes(5), 10)).containsExactly("o-2");
            assertThat(store.leaseDue(earlier.plusSeconds(2), "c", Duration.ofMinutes(5), 10)).isEmpty();
            // a lease that ran out is taken over
            assertThat(store.leaseDue(earlier.plus(Duration.ofMinutes(6)), "c", Duration.ofMinutes(5), 10))
                    .containsExactly("o-1", "o-2");
        }
    }

    @Test
    void aLeaseTakesTheLongestDueFirstAndTheRecordReleasesIt() {
        try (ShipmentStore store = store()) {
            // stored in the order o-1, o-2, o-3; due again in the order o-3, o-1, o-2
            Map<String, Outcome> looks = new LinkedHashMap<>();
            Map<String, Integer> dueInHours = Map.of("o-1", 2, "o-2", 3, "o-3", 1);
            for (String id : List.of("o-1", "o-2", "o-3")) {
                store.merge(Fixtures.pickedUp(id), T0);
            }
            for (String id : List.of("o-1", "o-2", "o-3")) {
                looks.put(id, firstLook(store, id, T0.plus(Duration.ofHours(dueInHours.get(id)))));
            }
            store.recordAll(looks);
            Instant later = T0.plus(Duration.ofHours(4));
            assertThat(store.leaseDue(later, "a", Duration.ofMinutes(5), 2)).containsExactly("o-3", "o-1");
            assertThat(store.leaseBatch(later, "b", Duration.ofMinutes(5), 10).shipments()).containsOnlyKeys("o-2");
            store.recordAll(Map.of("o-3", firstLook(store, "o-3", later.plusSeconds(1))));
            // recorded: o-3's lease is released and another owner takes it when due; o-1 stays leased to a
            assertThat(store.leaseDue(later.plusSeconds(1), "c", Duration.ofMinutes(5), 10)).containsExactly("o-3");
        }
    }

    @Test
    void moreLooksThanOneStatementTakesAreAllRecorded() {
        try (ShipmentStore store = store()) {
            List<Shipment> many = new ArrayList<>();
            for (int i = 0; i < 501; i++) {
                many.add(Fixtures.pickedUp("o-" + i));
            }
            store.mergeAll(many, T0);
            LeasedBatch leased = store.leaseBatch(T0, "a", Duration.ofMinutes(5), 600);
            assertThat(leased.shipments()).hasSize(501);
            Map<String, Outcome> looks = new LinkedHashMap<>();
            for (String id : leased.shipments().keySet()) {
                looks.put(id, firstLook(store, id, T0.plus(Duration.ofHours(1))));
            }
            store.recordAll(looks);
            assertThat(store.leaseDue(T0.plusSeconds(1), "b", Duration.ofMinutes(5), 600)).isEmpty();
            assertThat(store.leaseDue(T0.plus(Duration.ofHours(1)), "b", Duration.ofMinutes(5), 600)).hasSize(501);
        }
    }

    /** The first look at stored shipment {@code id}: on track, looked at again at {@code next}. */
    private static Outcome firstLook(ShipmentStore store, String id, Instant next) {
        Snapshot onTrack = new Snapshot(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE, Cause.NONE,
                LocalDate.parse("2026-11-17"), LocalDate.parse("2026-11-18"), null, false, CountryCode.of("DE"), null);
        WatchedShipment seen = store.find(id).orElseThrow();
        Decision first = Rules.decide(id, seen.state(), onTrack, Trigger.INGEST, T0, NoticePolicy.defaults());
        return new Outcome(T0, first, List.of(), "{}", next, seen.merges());
    }

    @Test
    void anOutcomeIsRecordedWholeAndItsNoticeOnlyOnce() {
        try (ShipmentStore store = store()) {
            store.merge(Fixtures.pickedUp("o-1"), T0);
            Snapshot lost = new Snapshot(Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Cause.CARRIER, null,
                    LocalDate.parse("2026-11-18"), LocalDate.parse("2026-12-20"), false, CountryCode.of("DE"), null);
            WatchedShipment seen = store.find("o-1").orElseThrow();
            Decision d = Rules.decide("o-1", seen.state(), lost, Trigger.TIME, T0, NoticePolicy.defaults());
            Notice n = d.notices().get(0);
            StoredNotice text = new StoredNotice(n.id(), "o-1", Audience.BUYER, NoticeKind.LOST, T0, n.sendAfter(),
                    "de", "email", "Ihre Sendung", "Leider ...", "{\"id\":\"o-1\"}", null);
            Outcome outcome = new Outcome(T0, d, List.of(text), "{\"id\":\"o-1\"}", T0.plus(Duration.ofDays(1)),
                    seen.merges());
            store.record("o-1", outcome);
            store.record("o-1", outcome);

            WatchedShipment watched = store.find("o-1").orElseThrow();
            assertThat(watched.state().last()).hasValue(lost);
            assertThat(watched.state().decided(NoticeKind.LOST, n.causeKey())).isTrue();
            assertThat(store.transitions("o-1")).extracting(Transition::field).contains(Field.STATUS, Field.EXCEPTION)
                    .hasSize(d.transitions().size());
            assertThat(store.notices("o-1")).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo(n.id());
                assertThat(s.body()).hasValue("Leider ...");
                assertThat(s.sentAt()).isEmpty();
            });
            assertThat(store.unsent(T0)).hasSize(1);
            store.markSent(n.id(), T0.plusSeconds(5));
            store.markSent(n.id(), T0.plusSeconds(9));
            assertThat(store.unsent(T0.plusSeconds(10))).isEmpty();
            assertThat(store.notices(null)).singleElement()
                    .satisfies(s -> assertThat(s.sentAt()).hasValue(T0.plusSeconds(5)));
            assertThat(store.leaseDue(T0.plusSeconds(60), "a", Duration.ofMinutes(5), 10)).isEmpty();
            assertThat(store.leaseDue(T0.plus(Duration.ofDays(1)), "a", Duration.ofMinutes(5), 10))
                    .containsExactly("o-1");
        }
    }

    @Test
    void whatTheBuyerWasToldIsKeptBetweenLooksSoAnEtaThatFlipsBackIsNotToldAgain() {
        try (ShipmentStore store = store()) {
            store.merge(Fixtures.pickedUp("o-1"), T0);          // promised for the 18th
            String[] etas = {"2026-11-18", "2026-11-20", "2026-11-18", "2026-11-20", "2026-11-21"};
            int[] told = {0, 1, 0, 0, 1};
            String[] toldAfter = {null, "2026-11-20", "2026-11-20", "2026-11-20", "2026-11-21"};
            for (int i = 0; i < etas.length; i++) {
                Instant at = T0.plus(Duration.ofDays(i));
                Snapshot now = new Snapshot(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE, Cause.NONE,
                        LocalDate.parse(etas[i]), LocalDate.parse("2026-11-18"), null, false, CountryCode.of("DE"),
                        null);
                WatchedShipment seen = store.find("o-1").orElseThrow();
                // each move is news from the carrier (a date that only time moves is told at most once a week)
                Decision d = Rules.decide("o-1", seen.state(), now, Trigger.POLL, at, NoticePolicy.defaults());
                List<StoredNotice> texts = d.notices().stream().map(n -> new StoredNotice(n.id(), "o-1",
                        n.audience(), n.kind(), at, n.sendAfter(), "de", "email", "s", "b", "{}", null)).toList();
                store.record("o-1", new Outcome(at, d, texts, "{}", at.plus(Duration.ofDays(1)), seen.merges()));
                assertThat(d.notices()).as("step %d, likely %s", i, etas[i]).hasSize(told[i]);
                assertThat(store.find("o-1").orElseThrow().state().toldEta()).as("told after step %d", i)
                        .isEqualTo(Optional.ofNullable(toldAfter[i]).map(LocalDate::parse));
            }
            assertThat(store.notices("o-1")).extracting(StoredNotice::kind)
                    .containsExactly(NoticeKind.ETA_CHANGED, NoticeKind.ETA_CHANGED);
        }
    }

    @Test
    void aLeasedBatchIsReadWholeInDueOrderAndLeasedToOneOwner() {
        try (ShipmentStore store = store()) {
            store.merge(Fixtures.order("o-1")
                    .event(Fixtures.event("2026-11-06T09:00:00.125+08:00", EventCode.PICKED_UP, "Shenzhen"))
                    .event(Fixtures.held("2026-11-12T11:00:00+01:00"))
                    .report(dev.waybill.shipment.CustomerReport.of(T0, dev.waybill.shipment.ReportType.NOT_RECEIVED))
                    .build(), T0);
            Snapshot lost = new Snapshot(Status.LOST, Stage.LINEHAUL, ExceptionType.LOST, Cause.CARRIER, null,
                    LocalDate.parse("2026-11-18"), null, false, CountryCode.of("DE"), null);
            WatchedShipment seen = store.find("o-1").orElseThrow();
            Decision d = Rules.decide("o-1", seen.state(), lost, Trigger.TIME, T0, NoticePolicy.defaults());
            List<StoredNotice> texts = d.notices().stream().map(n -> new StoredNotice(n.id(), "o-1", n.audience(),
                    n.kind(), T0, n.sendAfter(), "de", "email", "s", "b", "{}", null)).toList();
            store.record("o-1", new Outcome(T0, d, texts, "{}", T0.plusSeconds(10), seen.merges()));
            store.merge(Fixtures.pickedUp("o-2"), T0);
            store.webhookReceived("o-2", T0.plusSeconds(5));
            store.merge(Fixtures.pickedUp("o-3"), T0);
            Instant later = T0.plusSeconds(60);

            LeasedBatch first = store.leaseBatch(later, "a", Duration.ofMinutes(5), 2);
            assertThat(first.shipments()).containsOnlyKeys("o-2", "o-3");   // merged: due at once, before o-1
            LeasedBatch second = store.leaseBatch(later, "a", Duration.ofMinutes(5), 10);
            assertThat(second.shipments().keySet()).containsExactly("o-2", "o-3", "o-1");
            for (String id : List.of("o-1", "o-2", "o-3")) {
                assertThat(second.shipments().get(id)).isEqualTo(store.find(id).orElseThrow());
            }
            assertThat(second.shipments().get("o-1").state().last()).hasValue(lost);
            assertThat(second.shipments().get("o-1").state().ledger()).hasSize(d.notices().size()).isNotEmpty();
            assertThat(second.webhooks()).containsExactlyEntriesOf(java.util.Map.of("o-2", T0.plusSeconds(5)));
            assertThat(store.leaseBatch(later, "b", Duration.ofMinutes(5), 10).shipments()).isEmpty();
        }
    }

    @Test
    void aLookThatChangedNothingKeepsTheStoredVerdictAndMovesOnlyItsSchedule() {
        try (ShipmentStore store = store()) {
            store.merge(Fixtures.pickedUp("o-1"), T0);
            Snapshot onTrack = new Snapshot(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE, Cause.NONE,
                    LocalDate.parse("2026-11-17"), LocalDate.parse("2026-11-18"), null, false, CountryCode.of("DE"),
                    null);
            WatchedShipment seen = store.find("o-1").orElseThrow();
            Decision first = Rules.decide("o-1", seen.state(), onTrack, Trigger.INGEST, T0, NoticePolicy.defaults());
            store.record("o-1", new Outcome(T0, first, List.of(), "{\"first\":true}", T0.plusSeconds(10),
                    seen.merges()));
            Decision same = Rules.decide("o-1", store.find("o-1").orElseThrow().state(), onTrack, Trigger.TIME,
                    T0.plusSeconds(10), NoticePolicy.defaults());
            assertThat(same.changesNothing(first.after())).isTrue();
            store.record("o-1", new Outcome(T0.plusSeconds(10), same, List.of(), null, T0.plus(Duration.ofHours(3)),
                    seen.merges()));
            assertThat(store.find("o-1").orElseThrow().state()).isEqualTo(first.after());
            assertThat(store.leaseDue(T0.plus(Duration.ofHours(2)), "a", Duration.ofMinutes(5), 10)).isEmpty();
            assertThat(store.leaseDue(T0.plus(Duration.ofHours(3)), "a", Duration.ofMinutes(5), 10))
                    .containsExactly("o-1");
            assertThatThrownBy(() -> new Outcome(T0, first, List.of(), Optional.empty(), Optional.empty(), seen.merges()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** A look at {@code seen} at {@code at} that finds it on track and looks again at {@code next}. */
    private static Outcome onTrack(WatchedShipment seen, Instant at, Instant next) {
        Snapshot onTrack = new Snapshot(Status.ON_TRACK, Stage.LINEHAUL, ExceptionType.NONE, Cause.NONE,
                LocalDate.parse("2026-11-17"), LocalDate.parse("2026-11-18"), null, false, CountryCode.of("DE"), null);
        Decision d = Rules.decide(seen.shipment().id(), seen.state(), onTrack, Trigger.TIME, at, NoticePolicy.defaults());
        return new Outcome(at, d, List.of(), "{}", next, seen.merges());
    }

    @Test
    void aMergeAfterATickReadAShipmentLeavesItDueAtOnceWhateverTheTicksRecordSays() {
        try (ShipmentStore store = store()) {
            for (String id : List.of("o-1", "o-2", "o-3")) {
                store.merge(Fixtures.pickedUp(id), T0);
            }
            LeasedBatch batch = store.leaseBatch(T0, "a", Duration.ofMinutes(5), 10);
            assertThat(batch.shipments()).containsOnlyKeys("o-1", "o-2", "o-3");
            // elsewhere (an ingest, a webhook, another watcher), after the tick read them: customs holds o-1 and o-2
            store.mergeAll(List.of(Fixtures.order("o-1").event(Fixtures.held("2026-11-14T08:00:00+01:00")).build(),
                    Fixtures.order("o-2").event(Fixtures.held("2026-11-14T08:00:00+01:00")).build()),
                    T0.plusSeconds(1));
            Instant seaLeg = T0.plus(Duration.ofDays(3));
            store.recordAll(Map.of("o-1", onTrack(batch.shipments().get("o-1"), T0, seaLeg),
                    "o-2", onTrack(batch.shipments().get("o-2"), T0, null),        // the tick would stop watching
                    "o-3", onTrack(batch.shipments().get("o-3"), T0, seaLeg)));

            // the record released the leases: another watcher takes the merged two at once, with the hold
            LeasedBatch next = store.leaseBatch(T0.plusSeconds(2), "b", Duration.ofMinutes(5), 10);
            assertThat(next.shipments()).containsOnlyKeys("o-1", "o-2");
            for (WatchedShipment watched : next.shipments().values()) {
                assertThat(watched.shipment().events()).extracting(e -> e.code()).contains(EventCode.IMPORT_HELD);
            }
            store.recordAll(Map.of("o-1", onTrack(next.shipments().get("o-1"), T0.plusSeconds(2), seaLeg),
                    "o-2", onTrack(next.shipments().get("o-2"), T0.plusSeconds(2), seaLeg)));
            assertThat(store.leaseDue(T0.plusSeconds(3), "c", Duration.ofMinutes(5), 10)).isEmpty();
            assertThat(store.leaseDue(seaLeg, "c", Duration.ofMinutes(5), 10))
                    .containsExactlyInAnyOrder("o-1", "o-2", "o-3");
        }
    }

    @Test
    void aTicksOwnMergeReadBackOrAMergeThatAddsNothingLetsItsRecordMoveTheSchedule() {
        try (ShipmentStore store = store()) {
            store.merge(Fixtures.pickedUp("o-1"), T0);
            store.merge(Fixtures.pickedUp("o-2"), T0);
            LeasedBatch batch = store.leaseBatch(T0, "a", Duration.ofMinutes(5), 10);
            // the tick's poll: o-1 gains an event and is read back; o-2's carrier shows only what is stored
            assertThat(store.mergeAll(List.of(Fixtures.order("o-1")
                            .event(Fixtures.event("2026-11-08T10:00:00+08:00", EventCode.DEPARTED_ORIGIN, "Shenzhen"))
                            .build(), Fixtures.pickedUp("o-2")), T0))
                    .containsExactly(new MergeResult("o-1", 1, 0), new MergeResult("o-2", 0, 1));
            WatchedShipment readBack = store.find("o-1").orElseThrow();
            Instant later = T0.plus(Duration.ofHours(12));
            store.recordAll(Map.of("o-1", onTrack(readBack, T0, later),
                    "o-2", onTrack(batch.shipments().get("o-2"), T0, later)));
            assertThat(store.leaseDue(T0.plusSeconds(1), "b", Duration.ofMinutes(5), 10)).isEmpty();
            assertThat(store.leaseDue(later, "b", Duration.ofMinutes(5), 10)).containsExactlyInAnyOrder("o-1", "o-2");
        }
    }

    @Test
    void aWebhookTakenByAnotherWatcherWhileATickDecidesIsLookedAtByTheNextTickAndThenNoMore() {
        try (ShipmentStore store = store()) {
            Instant at = Instant.parse("2026-11-08T10:00:00Z");
            store.merge(Fixtures.order("o-1")
                    .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen"))
                    .event(Fixtures.event("2026-11-07T09:00:00+08:00", EventCode.DEPARTED_ORIGIN, "Shenzhen"))
                    .build(), at);
            Watcher other = Watcher.builder(store, WebhookIntakeTest.WAYBILL).owner("b").build();
            List<Watcher.Accepted> accepted = new ArrayList<>();
            // between the tick's decision and its record, the other watcher takes a push of a customs hold
            Watcher ticking = onceBetweenDecisionAndRecord(store, "a", () -> accepted.add(other.accept("cainiao",
                    WebhookHeaders.of(Map.of("X-Signature", List.of("s3cret"))),
                    "LP00123456789CN IMPORT_HELD 2026-11-08T09:30:00+01:00".getBytes(StandardCharsets.UTF_8),
                    "s3cret", at.plusSeconds(1))));
            assertThat(ticking.tick(at).looked()).isEqualTo(1);
            assertThat(accepted).singleElement().satisfies(a -> assertThat(a.shipments()).containsExactly("o-1"));
            String held = ExceptionType.CUSTOMS_HOLD.name();
            assertThat(store.transitions("o-1")).extracting(Transition::to).doesNotContain(Optional.of(held));

            assertThat(ticking.tick(at.plusSeconds(60)).looked()).isEqualTo(1);
            assertThat(store.transitions("o-1")).filteredOn(t -> t.to().equals(Optional.of(held))).singleElement()
                    .satisfies(t -> assertThat(t.field()).isEqualTo(Field.EXCEPTION));
            assertThat(ticking.tick(at.plusSeconds(120)).looked()).isZero();
        }
    }

    @Test
    void aLookWhoseLeaseRanOutAndWasTakenByAnotherWatcherIsNotRecorded() {
        try (ShipmentStore store = store()) {
            Instant at = Instant.parse("2026-11-08T10:00:00Z");
            store.merge(Fixtures.pickedUp("o-1"), at);
            Watcher other = Watcher.builder(store, WebhookIntakeTest.WAYBILL).owner("b").build();
            Instant afterTheLease = at.plus(Duration.ofMinutes(6));      // a's lease lasts the default 5 minutes
            // a's look outlasts its lease; b takes the shipment, looks and records first
            Watcher slow = onceBetweenDecisionAndRecord(store, "a",
                    () -> assertThat(other.tick(afterTheLease).looked()).isEqualTo(1));

            assertThat(slow.tick(at).looked()).isEqualTo(1);

            assertThat(store.transitions("o-1")).filteredOn(t -> t.field() == Field.STATUS).singleElement()
                    .satisfies(t -> assertThat(t.at()).isEqualTo(afterTheLease));
            assertThat(store.transitions("o-1")).allSatisfy(t -> assertThat(t.at()).isEqualTo(afterTheLease));
            assertThat(other.tick(afterTheLease.plusSeconds(1)).looked()).as("b's record set the next look").isZero();
        }
    }

    /** A watcher leasing as {@code owner} that runs {@code meanwhile} once, after its first decision, before its record. */
    private static Watcher onceBetweenDecisionAndRecord(ShipmentStore store, String owner, Runnable meanwhile) {
        AtomicBoolean done = new AtomicBoolean();
        return Watcher.builder(store, WebhookIntakeTest.WAYBILL).owner(owner).checkpoint((step, id) -> {
            if (step == Watcher.Step.DECIDED && !done.getAndSet(true)) {
                meanwhile.run();
            }
        }).build();
    }

    @Test
    void aTicksOwnPollThatAddsEventsDoesNotKeepTheShipmentDue() {
        try (ShipmentStore store = store()) {
            Instant at = Instant.parse("2026-11-08T10:00:00Z");
            store.merge(Fixtures.pickedUp("o-1"), at);
            Poller carrier = shipment -> Optional.of(Fixtures.order(shipment.id())
                    .event(Fixtures.event("2026-11-06T09:00:00+08:00", EventCode.PICKED_UP, "Shenzhen"))
                    .event(Fixtures.event("2026-11-07T09:00:00+08:00", EventCode.DEPARTED_ORIGIN, "Shenzhen"))
                    .build());
            Watcher watcher = Watcher.builder(store, WatcherTest.WAYBILL).poller(carrier).build();
            assertThat(watcher.tick(at).looked()).isEqualTo(1);
            assertThat(store.find("o-1").orElseThrow().shipment().events()).hasSize(2);
            assertThat(watcher.tick(at.plusSeconds(60)).looked()).isZero();
        }
    }

    @Test
    void anUnknownShipmentIsEmpty() {
        try (ShipmentStore store = store()) {
            assertThat(store.find("nope")).isEmpty();
            assertThat(store.notices("nope")).isEmpty();
        }
    }
}
